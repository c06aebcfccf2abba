using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduDpa.Web.Infrastructure.Data.Configurations;

/// <summary>
/// Properties stored as one JSON text column: records the domain reads and writes whole, never queried inside.
/// The records are immutable with value equality, so change tracking compares them as values instead of
/// serialising them on every comparison (which a save of a thousand agreements would feel).
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>An immutable record (or null).</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property
            .HasConversion(v => Serialize(v), v => Deserialize<T>(v), new ValueComparer<T>(
                (x, y) => EqualityComparer<T>.Default.Equals(x, y), v => v == null ? 0 : v.GetHashCode(), v => v))
            .HasColumnType("text");

    /// <summary>A list of immutable records: equal when the items are, copied when snapshotted.</summary>
    public static PropertyBuilder<List<T>> HasJsonListConversion<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasConversion(v => Serialize(v), v => Deserialize<List<T>>(v), new ValueComparer<List<T>>(
                (x, y) => x == null ? y == null : y != null && x.SequenceEqual(y), v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), v => v.ToList()))
            .HasColumnType("text");

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
