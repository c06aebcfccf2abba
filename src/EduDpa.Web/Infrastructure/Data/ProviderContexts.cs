using EduDpa.Web.Infrastructure.Auditing;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>The embedded default. Owns the migrations in Infrastructure/Data/Migrations/Sqlite.</summary>
public sealed class SqliteEduDpaDbContext(DbContextOptions<SqliteEduDpaDbContext> options, TenantContext tenant, AuditChainLock auditLock, TimeProvider clock)
    : EduDpaDbContext(options, tenant, auditLock, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type; as text, DateTimeOffset cannot be compared or ordered in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>For production and CI. Owns the migrations in Infrastructure/Data/Migrations/Postgres.</summary>
public sealed class PostgresEduDpaDbContext(DbContextOptions<PostgresEduDpaDbContext> options, TenantContext tenant, AuditChainLock auditLock, TimeProvider clock)
    : EduDpaDbContext(options, tenant, auditLock, clock);

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the application.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEduDpaDbContext>
{
    public SqliteEduDpaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEduDpaDbContext>().UseSqlite("Data Source=design-time.db").UseApplicationServiceProvider(DesignTime.Services).Options,
            TenantContext.System(), new AuditChainLock(), TimeProvider.System);
}

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEduDpaDbContext>
{
    public PostgresEduDpaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEduDpaDbContext>().UseNpgsql("Host=localhost;Database=edudpa_design").UseApplicationServiceProvider(DesignTime.Services).Options,
            TenantContext.System(), new AuditChainLock(), TimeProvider.System);
}

/// <summary>What the model needs from the application's services when there is no application: Identity's store options.</summary>
internal static class DesignTime
{
    public static readonly IServiceProvider Services = new ServiceCollection()
        .Configure<IdentityOptions>(options => EduDpaDbContext.ConfigureIdentityStores(options.Stores))
        .BuildServiceProvider();
}
