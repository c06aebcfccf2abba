using System.Data.Common;
using System.Globalization;
using System.Text;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Account;
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
using Npgsql;

namespace EduDpa.Benchmarks;

/// <summary>
/// A throw-away database for a benchmark: a SQLite temp file, or a PostgreSQL database of its own on the server in
/// EDUDPA_TEST_POSTGRES (dropped after); the application's contexts on it; and the raw multi-row INSERT the
/// benchmarks use as their yardstick, with values stored the way EF Core stores them.
/// </summary>
public sealed class BenchDatabase(string provider)
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    private string _connectionString = string.Empty;
    private string? _postgresDatabase;

    public static IEnumerable<string> Providers =>
        Environment.GetEnvironmentVariable("EDUDPA_TEST_POSTGRES") is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];

    public bool IsPostgres => provider == "Postgres";

    /// <summary>The connection string of the created database, for an application host on it.</summary>
    public string ConnectionString => _connectionString;

    public IServiceProvider Services { get; } = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .Configure<IdentityOptions>(options => EduDpaDbContext.ConfigureIdentityStores(options.Stores))
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new("App:PublicUrl", "https://edudpa.example")]).Build())
        .AddSingleton<PublicUrl>()
        .BuildServiceProvider();

    public async Task CreateAsync()
    {
        if (IsPostgres)
        {
            _postgresDatabase = $"edudpa_bench_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("EDUDPA_TEST_POSTGRES")))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
            _connectionString = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("EDUDPA_TEST_POSTGRES")) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _connectionString = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("edudpa-bench-").FullName, "bench.db")}";
        }
        await using var db = Context(TenantContext.System());
        await db.Database.MigrateAsync();
    }

    public EduDpaDbContext Context(TenantContext tenant) => IsPostgres
        ? new PostgresEduDpaDbContext(new DbContextOptionsBuilder<PostgresEduDpaDbContext>().UseNpgsql(_connectionString).UseApplicationServiceProvider(Services).Options, tenant, new AuditChainLock(), TimeProvider.System)
        : new SqliteEduDpaDbContext(new DbContextOptionsBuilder<SqliteEduDpaDbContext>().UseSqlite(_connectionString).UseApplicationServiceProvider(Services).Options, tenant, new AuditChainLock(), TimeProvider.System);

    public object Time(DateTimeOffset value) => IsPostgres ? value.ToUniversalTime() : SqliteTime.ConvertToProvider(value)!;

    /// <summary>As EF Core stores a Guid: uuid on PostgreSQL, upper-case text on SQLite.</summary>
    public object Id(Guid value) => IsPostgres ? value : value.ToString().ToUpperInvariant();

    public object ProductIds(Guid productId) => IsPostgres ? new[] { productId } : $"[\"{productId.ToString().ToUpperInvariant()}\"]";

    /// <summary>One prepared multi-row INSERT of <paramref name="rows"/> rows; <paramref name="fill"/> adds row's values in column order.</summary>
    public static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, int rows, Action<int, Action<object>> fill)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                sql.Append(column == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"@p{row}_{column}");
            }
            sql.Append(')');
            var index = 0;
            var current = row;
            fill(row, value =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{current}_{index++}";
                parameter.Value = value;
                command.Parameters.Add(parameter);
            });
        }
        command.CommandText = sql.ToString();
        await command.PrepareAsync();
        return await command.ExecuteNonQueryAsync();
    }

    public static OrganisationDetails Details(OrganisationInput input, DateOnly today) =>
        OrganisationDetails.TryCreate(input, today, out var details, out var errors) ? details! : throw new InvalidOperationException(string.Join(", ", errors.ByField.Keys));

    public static User NewUser(string email) => new()
    {
        Id = Guid.CreateVersion7(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, DisplayName = email, SecurityStamp = Guid.NewGuid().ToString("N"),
    };

    /// <summary>Closes the pools and drops the PostgreSQL database (called from the benchmark's GlobalCleanup).</summary>
    public void Drop()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("EDUDPA_TEST_POSTGRES"));
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
