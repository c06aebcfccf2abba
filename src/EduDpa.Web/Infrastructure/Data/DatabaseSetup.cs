using EduDpa.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> = <c>Sqlite</c> (default) or
/// <c>Postgres</c>, connection string <c>ConnectionStrings:EduDpa</c>. Without a connection string,
/// SQLite uses <c>edudpa.db</c> in the data directory. Every EF Core interceptor a capability registers as
/// <see cref="IInterceptor"/> (a singleton) joins every context, e.g. the public pages' cache eviction.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "EduDpa";

    public static void AddEduDpaDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        builder.Services.AddSingleton<AuditChainLock>();

        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDirectory = DataDirectory.Resolve(builder.Configuration, builder.Environment);
                connectionString = $"Data Source={Path.Combine(dataDirectory, "edudpa.db")}";
            }
            builder.Services.AddDbContext<EduDpaDbContext, SqliteEduDpaDbContext>((services, options) => options.UseSqlite(connectionString).AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:EduDpa is not set.");
            }
            builder.Services.AddDbContext<EduDpaDbContext, PostgresEduDpaDbContext>((services, options) => options.UseNpgsql(connectionString).AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or Postgres.");
        }
    }
}

/// <summary>Where the embedded database and the development mail folder live: <c>Storage:DataDirectory</c>, default <c>data</c> under the content root.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataDirectory"] ?? "data";
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(path);
        return path;
    }
}
