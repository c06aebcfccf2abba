using System.Text.Json.Serialization;

namespace EduDpa.Domain.Annexes;

/// <summary>A contact person as the annexes ask for one: name and function, e-mail and telephone.</summary>
public sealed record ContactPerson(string? Name, string? Function, string? Email, string? Phone)
{
    [JsonIgnore]
    public bool IsEmpty => Name is null && Function is null && Email is null && Phone is null;
}
