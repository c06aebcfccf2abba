using System.Data.Common;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Features.Offers;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Auditing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace EduDpa.Benchmarks;

/// <summary>
/// Offering one product to 1,000 convenant-member boards (each with a reviewer) through <see cref="BulkOffer"/> with a
/// real DbContext (goal: at most twice the raw insert), against a raw bulk insert of the same rows: 1,000 Agreements
/// rows and 1,000 outbox rows with prepared multi-row INSERTs in one transaction. The service also writes the 1,000
/// audit lines its SaveChanges appends; the raw insert does not. On SQLite (a temp file) and, when
/// EDUDPA_TEST_POSTGRES is set, on PostgreSQL. Each iteration offers a new product, so every iteration inserts the same
/// number of rows.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class BulkOfferBenchmark
{
    public const int Boards = 1_000;
    private const int RowsPerStatement = 100;

    private readonly List<Guid> _boardIds = [];
    private readonly List<Guid> _reviewerIds = [];
    private BenchDatabase _database = null!;
    private Organisation _supplier = null!;
    private Guid _productId;
    private Guid _supplierUser;

    public static IEnumerable<string> Providers => BenchDatabase.Providers;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    private bool IsPostgres => Provider == "Postgres";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = new BenchDatabase(Provider);
        await _database.CreateAsync();
        await using var db = Context(TenantContext.System());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _supplier = Organisation.Create(Details(new OrganisationInput
        {
            Kind = OrganisationKind.Supplier, Name = "Benchmark Leverancier B.V.", KvkNumber = "59000000", Street = "Straat 1", Postcode = "1234 AB", City = "Utrecht",
        }, today));
        db.Organisations.Add(_supplier);
        var supplierUser = NewUser("redacteur@leverancier.example");
        _supplierUser = supplierUser.Id;
        db.Users.Add(supplierUser);
        db.Memberships.Add(Membership.Create(supplierUser.Id, _supplier.Id, OrganisationRoles.Editor, DateTimeOffset.UtcNow));
        for (var i = 0; i < Boards; i++)
        {
            var board = Organisation.Create(Details(new OrganisationInput
            {
                Kind = OrganisationKind.SchoolBoard, Name = $"Stichting Benchmark {i:D4}", KvkNumber = (58_000_000 + i).ToString(CultureInfo.InvariantCulture), BevoegdGezagNumber = (10_000 + i).ToString(CultureInfo.InvariantCulture),
                Street = "Schoolstraat 1", Postcode = "1234 AB", City = "Utrecht", ConvenantMember = true, ConvenantMemberSince = new DateOnly(2024, 1, 1),
            }, today));
            var reviewer = NewUser($"beoordelaar{i}@bestuur.example");
            db.Organisations.Add(board);
            db.Users.Add(reviewer);
            db.Memberships.Add(Membership.Create(reviewer.Id, board.Id, OrganisationRoles.Reviewer, DateTimeOffset.UtcNow));
            _boardIds.Add(board.Id);
            _reviewerIds.Add(reviewer.Id);
        }
        await db.SaveChangesAsync();
    }

    [IterationSetup]
    public void NewProduct() => NewProductAsync().GetAwaiter().GetResult();

    private async Task NewProductAsync()
    {
        await using var db = Context(TenantContext.System());
        var product = Product.Create(_supplier.Id, new ProductDetails($"Product {Guid.NewGuid():N}", "Benchmarkproduct"));
        db.Products.Add(product);
        await db.SaveChangesAsync();
        _productId = product.Id;
    }

    [Benchmark(Description = "BulkOffer.OfferAsync, 1,000 boards (EF Core, audit, outbox)")]
    public async Task<int> BulkOfferService()
    {
        var tenant = new TenantContext();
        tenant.Set(_supplierUser, "redacteur@leverancier.example", PlatformRoles.None,
            [new MemberOrganisation(_supplier.Id, _supplier.Name, _supplier.Kind, OrganisationRoles.Editor)], _supplier.Id);
        await using var db = Context(tenant);
        var mails = new OfferMails(_database.Services.GetRequiredService<PublicUrl>(), _database.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        var offers = new BulkOffer(db, tenant, TimeProvider.System, mails);
        var result = await offers.OfferAsync(_productId, new BulkOfferRequest
        {
            Target = "members", RepresentativeName = "L. Leverancier", RepresentativeFunction = "directeur", ContractDescription = "de digitale rekenmethode", ReturnTermDays = 30,
        }, CancellationToken.None);
        return result.Value!.Offered.Count == Boards ? Boards : throw new InvalidOperationException($"Offered {result.Value.Offered.Count}, expected {Boards}.");
    }

    [Benchmark(Baseline = true, Description = "Raw multi-row INSERT of the same Agreements and outbox rows")]
    public async Task<int> RawInsert()
    {
        await using var db = Context(TenantContext.System());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        var agreementIds = _boardIds.Select(_ => Guid.CreateVersion7()).ToList();
        var written = 0;
        for (var start = 0; start < Boards; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, Boards - start);
            written += await BenchDatabase.InsertAsync(connection, transaction, "Agreements", AgreementColumns, count, (row, add) =>
            {
                var i = start + row;
                add(Id(agreementIds[i])); add("model-verwerkersovereenkomst-4.0"); add(Id(_boardIds[i])); add(Id(_supplier.Id)); add("Processor"); add("Offered");
                add(Time(now)); add(true); add(IsPostgres ? Array.Empty<Guid>() : "[]"); add(ProductIds(_productId)); add(2); add("de digitale rekenmethode"); add(30);
                add("L. Leverancier"); add("directeur"); add(Time(now)); add(Time(now)); add("[]"); add("[]");
            });
            written += await BenchDatabase.InsertAsync(connection, transaction, "OutgoingMails", MailColumns, count, (row, add) =>
            {
                var i = start + row;
                add(Id(Guid.CreateVersion7())); add($"offer:{agreementIds[i]}:{_reviewerIds[i]}"); add($"beoordelaar{i}@bestuur.example");
                add("Aanbod verwerkersovereenkomst: product van Benchmark Leverancier B.V.");
                add($"Goedendag,\n\nBenchmark Leverancier B.V. biedt Stichting Benchmark {i:D4} een verwerkersovereenkomst aan.\n\nhttps://edudpa.example/agreements/{agreementIds[i]}\n");
                add(Time(now)); add(0);
            });
        }
        await transaction.CommitAsync();
        return written;
    }

    private static readonly string[] AgreementColumns =
    [
        "Id", "ModelId", "BoardId", "ProcessorId", "InitiatedBy", "State", "CreatedAt", "CoversAllSchools", "SchoolIds", "ProductIds", "Version",
        "ContractDescription", "ReturnTermDays", "ProcessorRepresentativeName", "ProcessorRepresentativeFunction", "OfferedAt", "StateChangedAt", "AnnexChoices", "Signatures",
    ];

    private static readonly string[] MailColumns = ["Id", "IdempotencyKey", "To", "Subject", "Body", "CreatedAt", "Attempts"];

    private object Time(DateTimeOffset value) => _database.Time(value);

    private object Id(Guid value) => _database.Id(value);

    private object ProductIds(Guid productId) => _database.ProductIds(productId);

    private EduDpaDbContext Context(TenantContext tenant) => _database.Context(tenant);

    private static OrganisationDetails Details(OrganisationInput input, DateOnly today) => BenchDatabase.Details(input, today);

    private static User NewUser(string email) => BenchDatabase.NewUser(email);

    [GlobalCleanup]
    public void Cleanup() => _database.Drop();
}
