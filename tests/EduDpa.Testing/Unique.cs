using System.Globalization;

namespace EduDpa.Testing;

/// <summary>
/// Identifiers no other test uses, so that tests share a database without colliding. Numbers start
/// at 7… and BRIN codes end in Z…, which the demo data never uses.
/// </summary>
public static class Unique
{
    private static int _counter = Random.Shared.Next(1_000, 100_000);

    private static int Next() => Interlocked.Increment(ref _counter);

    public static string Kvk() => "7" + (Next() % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);

    public static string BevoegdGezag() => "7" + (Next() % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Two digits and two letters; 67,600 distinct codes, unique within a test run.</summary>
    public static string Brin()
    {
        var n = Next() % 67_600;
        return $"{n / 676:D2}{(char)('A' + ((n / 26) % 26))}{(char)('A' + (n % 26))}";
    }

    public static string Email(string who = "persoon") => $"{who}-{Next()}@test.example";

    public static string Name(string prefix) => $"{prefix} {Next()}";
}
