namespace EduDpa.Testing;

public enum TestDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// What the machine offers the tests, read from the environment that .ci/run sets:
/// <c>EDUDPA_TEST_POSTGRES</c> (a connection string to a server where the tests may create databases)
/// and <c>EDUDPA_TEST_CHROMIUM</c> (the path of a Chromium executable).
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString => Read("EDUDPA_TEST_POSTGRES");

    public static string? ChromiumPath => Read("EDUDPA_TEST_CHROMIUM");

    public const string NoPostgres = "PostgreSQL not configured: set EDUDPA_TEST_POSTGRES to a server connection string (.ci/run does).";

    public const string NoChromium = "Chromium not configured: set EDUDPA_TEST_CHROMIUM to the browser's path, e.g. /usr/bin/chromium (.ci/run does).";

    private static string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
