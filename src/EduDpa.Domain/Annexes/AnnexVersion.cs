using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// One version of a product's privacy or security annex. A product has at most one draft per kind (no
/// number), which its supplier edits freely; publishing gives it the next number and the date, and from then
/// on it never changes: editing again starts a new draft. A version with errors in its findings cannot be
/// published.
/// </summary>
public sealed class AnnexVersion : IVersioned
{
    private AnnexVersion() { }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }

    /// <summary>The supplier or distributor that owns the product.</summary>
    public Guid SupplierId { get; private set; }

    public AnnexKind Kind { get; private set; }

    /// <summary>The annex as JSON (<see cref="AnnexJson"/>); a published version holds its number, date and general information.</summary>
    public string Content { get; private set; } = string.Empty;

    /// <summary>Null while a draft.</summary>
    public int? Number { get; private set; }

    /// <summary>The version date (Europe/Amsterdam) of a published version.</summary>
    public DateOnly? PublishedOn { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The product's name when it was published, for the annex's title.</summary>
    public string? ProductName { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsDraft => Number is null;

    public static AnnexVersion StartDraft(Guid productId, Guid supplierId, AnnexKind kind, string content, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), ProductId = productId, SupplierId = supplierId, Kind = kind, Content = content, UpdatedAt = now, Version = 1 };

    public void ReplaceDraft(string content, DateTimeOffset now)
    {
        EnsureDraft();
        Content = content;
        UpdatedAt = now;
        Version++;
    }

    /// <param name="content">The annex as it is published: with its number, date and (for Bijlage 1) general information.</param>
    /// <param name="findings">The conformity check of exactly that content.</param>
    public void Publish(int number, DateOnly date, string productName, string content, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        EnsureDraft();
        if (findings.HasErrors())
        {
            throw new DomainRuleViolation(nameof(Content), AnnexCodes.HasErrors);
        }
        Number = number;
        PublishedOn = date;
        PublishedAt = now;
        ProductName = productName;
        Content = content;
        UpdatedAt = now;
        Version++;
    }

    public PrivacyAnnex PrivacyAnnex() => Kind == AnnexKind.Privacy
        ? AnnexJson.Deserialize<PrivacyAnnex>(Content)
        : throw new InvalidOperationException("This is not a privacy annex.");

    public SecurityAnnex SecurityAnnex() => Kind == AnnexKind.Security
        ? AnnexJson.Deserialize<SecurityAnnex>(Content)
        : throw new InvalidOperationException("This is not a security annex.");

    private void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new DomainRuleViolation(nameof(Number), AnnexCodes.Published);
        }
    }
}

public static class AnnexCodes
{
    /// <summary>A published version never changes.</summary>
    public const string Published = "annex-published";

    /// <summary>The conformity check found errors.</summary>
    public const string HasErrors = "annex-has-errors";
}
