using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Benchmarks;

/// <summary>
/// One sub-processor change announced to 20,000 signed agreements covering the product (200 boards with 100
/// agreements each): <see cref="ChangeRecording.SaveWithNoticesAsync"/>, the announcing request's own step (count the
/// agreements, save the change with its audit line, insert the notices in one INSERT … SELECT, one transaction),
/// against a raw prepared multi-row INSERT of the same change row and the same 20,000 notice rows, whose values the
/// raw insert is handed ready-made. Goal: at most twice the raw insert and under 3 s. Every iteration starts without
/// notices, so both insert the same rows into the same table.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class ChangeFanOutBenchmark
{
    public const int Boards = 200;
    public const int AgreementsPerBoard = 100;
    public const int Agreements = Boards * AgreementsPerBoard;
    private const int RowsPerStatement = 100;

    private static readonly string[] AgreementColumns =
    [
        "Id", "ModelId", "BoardId", "ProcessorId", "InitiatedBy", "State", "CreatedAt", "CoversAllSchools", "SchoolIds", "ProductIds", "Version",
        "ContractDescription", "ReturnTermDays", "ProcessorRepresentativeName", "ProcessorRepresentativeFunction", "OfferedAt", "StateChangedAt", "AnnexChoices", "Signatures",
    ];

    private static readonly string[] ChangeColumns =
        ["Id", "ProductId", "SupplierId", "ProductName", "AnnexKind", "Kind", "FromNumber", "ToNumber", "Difference", "Explanation", "IntendedDate", "AnnouncedAt", "AnnouncedByUserId", "AnnouncedByName", "RespondBy", "NoticeCount"];

    private static readonly string[] NoticeColumns =
        ["ChangeId", "AgreementId", "BoardId", "ProcessorId", "ProductId", "Kind", "AnnexKind", "ToNumber", "NoticeGivenAt", "RespondBy", "State", "Version"];

    private readonly List<(Guid Agreement, Guid Board)> _agreements = [];
    private BenchDatabase _database = null!;
    private Organisation _supplier = null!;
    private Guid _productId;

    public static IEnumerable<string> Providers => BenchDatabase.Providers;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = new BenchDatabase(Provider);
        await _database.CreateAsync();
        await using var db = _database.Context(TenantContext.System());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _supplier = Organisation.Create(BenchDatabase.Details(new OrganisationInput
        {
            Kind = OrganisationKind.Supplier, Name = "Benchmark Leverancier B.V.", KvkNumber = "59000000", Street = "Straat 1", Postcode = "1234 AB", City = "Utrecht",
        }, today));
        db.Organisations.Add(_supplier);
        var product = Product.Create(_supplier.Id, new ProductDetails("Benchmarkproduct", "Een product met 20.000 overeenkomsten"));
        db.Products.Add(product);
        _productId = product.Id;
        var boards = Enumerable.Range(0, Boards).Select(i => Organisation.Create(BenchDatabase.Details(new OrganisationInput
        {
            Kind = OrganisationKind.SchoolBoard, Name = $"Stichting Benchmark {i:D4}", KvkNumber = (58_000_000 + i).ToString(CultureInfo.InvariantCulture),
            BevoegdGezagNumber = (10_000 + i).ToString(CultureInfo.InvariantCulture), Street = "Schoolstraat 1", Postcode = "1234 AB", City = "Utrecht",
        }, today))).ToList();
        db.Organisations.AddRange(boards);
        await db.SaveChangesAsync();

        // The signed agreements go in raw: 20,000 audited inserts would only slow the set-up.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        _agreements.AddRange(boards.SelectMany(b => Enumerable.Range(0, AgreementsPerBoard).Select(_ => (Guid.CreateVersion7(), b.Id))));
        for (var start = 0; start < Agreements; start += RowsPerStatement / 2)
        {
            var count = Math.Min(RowsPerStatement / 2, Agreements - start);
            await BenchDatabase.InsertAsync(connection, transaction, "Agreements", AgreementColumns, count, (row, add) =>
            {
                var (agreement, board) = _agreements[start + row];
                add(_database.Id(agreement)); add("model-verwerkersovereenkomst-4.0"); add(_database.Id(board)); add(_database.Id(_supplier.Id)); add("Processor");
                add(nameof(AgreementState.SignedByBoth)); add(_database.Time(now)); add(true); add(_database.IsPostgres ? Array.Empty<Guid>() : "[]"); add(_database.ProductIds(_productId));
                add(6); add("de digitale rekenmethode"); add(30); add("L. Leverancier"); add("directeur"); add(_database.Time(now)); add(_database.Time(now)); add("[]"); add("[]");
            });
        }
        await transaction.CommitAsync();
    }

    [IterationSetup]
    public void WithoutNotices()
    {
        using var db = _database.Context(TenantContext.System());
        db.Database.ExecuteSqlRaw("DELETE FROM \"ChangeNotices\"");
        db.Database.ExecuteSqlRaw("DELETE FROM \"AnnexChanges\"");
    }

    private AnnexChange NewChange()
    {
        var edit = new SubProcessorEdit(SubProcessorAction.Add, null, new SubProcessor("Analyse Voorbeeld B.V.", "Analyse", ["F1-pupil-1"], "NL", "NL"), []);
        return AnnexChange.AnnounceSubProcessors(_productId, _supplier.Id, "Benchmarkproduct", 1, 2, edit, AnnexDifference.None with { AddedSubProcessors = [edit.New!] },
            "Benchmark", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60), new Actor(Guid.NewGuid(), "L. Leverancier"), DateTimeOffset.UtcNow);
    }

    [Benchmark(Description = "ChangeRecording.SaveWithNoticesAsync, 20,000 agreements (count, audited change, INSERT … SELECT)")]
    public async Task<int> FanOut()
    {
        var tenant = new TenantContext();
        tenant.Set(Guid.NewGuid(), "redacteur@leverancier.example", PlatformRoles.None,
            [new MemberOrganisation(_supplier.Id, _supplier.Name, _supplier.Kind, OrganisationRoles.Editor)], _supplier.Id);
        await using var db = _database.Context(tenant);
        var change = NewChange();
        await ChangeRecording.SaveWithNoticesAsync(db, change, null, CancellationToken.None);
        return change.NoticeCount == Agreements ? Agreements : throw new InvalidOperationException($"Counted {change.NoticeCount}, expected {Agreements}.");
    }

    [Benchmark(Baseline = true, Description = "Raw multi-row INSERT of the same change and 20,000 notice rows")]
    public async Task<int> RawInsert()
    {
        await using var db = _database.Context(TenantContext.System());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var change = NewChange();
        var written = await BenchDatabase.InsertAsync(connection, transaction, "AnnexChanges", ChangeColumns, 1, (_, add) =>
        {
            add(_database.Id(change.Id)); add(_database.Id(_productId)); add(_database.Id(_supplier.Id)); add(change.ProductName); add("Privacy"); add("SubProcessors");
            add(1); add(2); add("{}"); add(change.Explanation!); add(change.IntendedDate!.Value); add(_database.Time(change.AnnouncedAt)); add(_database.Id(change.AnnouncedByUserId));
            add(change.AnnouncedByName); add(_database.Time(change.RespondBy!.Value)); add(Agreements);
        });
        for (var start = 0; start < Agreements; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, Agreements - start);
            written += await BenchDatabase.InsertAsync(connection, transaction, "ChangeNotices", NoticeColumns, count, (row, add) =>
            {
                var (agreement, board) = _agreements[start + row];
                add(_database.Id(change.Id)); add(_database.Id(agreement)); add(_database.Id(board)); add(_database.Id(_supplier.Id)); add(_database.Id(_productId));
                add("SubProcessors"); add("Privacy"); add(2); add(_database.Time(change.AnnouncedAt)); add(_database.Time(change.RespondBy!.Value)); add("Open"); add(1);
            });
        }
        await transaction.CommitAsync();
        return written;
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Drop();
}
