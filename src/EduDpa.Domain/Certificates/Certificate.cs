using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Certificates;

/// <summary>
/// A certification or third-party statement (TPM) that a supplier holds for one of its products: what it is
/// (ISO 27001, NEN 7510, ROSA, SOC 2 type II or another, named), its scope, who issued it, the days it is valid,
/// and the PDF itself (a <see cref="StoredDocument"/>). Model art. 7.7 d lets the parties rely on such a statement
/// instead of a new audit, so the boards with an agreement covering the product read it too. A newer certificate
/// supersedes an older one of the same kind; the supplier may withdraw one, with a reason. Nothing is deleted.
/// </summary>
public sealed class Certificate : IVersioned
{
    public const int NameMaxLength = 200;
    public const int ScopeMaxLength = 2000;
    public const int IssuerMaxLength = 200;
    public const int ReasonMaxLength = 2000;

    /// <summary>A valid certificate that ends within this many days is marked as expiring soon.</summary>
    public const int ExpiringSoonDays = 90;

    /// <summary>The supplier is reminded this many days before the last valid day (Amsterdam days), once each.</summary>
    public static readonly IReadOnlyList<int> ReminderDays = [90, 30, 0];

    private Certificate() { }

    public Guid Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public Guid ProductId { get; private set; }
    public CertificateKind Kind { get; private set; }

    /// <summary>The name of a certificate of kind <see cref="CertificateKind.Other"/>; null for the others.</summary>
    public string? OtherName { get; private set; }

    public string Scope { get; private set; } = string.Empty;
    public string Issuer { get; private set; } = string.Empty;
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day it is valid.</summary>
    public DateOnly ValidTo { get; private set; }

    public Guid DocumentId { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public Guid AddedByUserId { get; private set; }
    public string AddedByName { get; private set; } = string.Empty;

    public Guid? SupersedesId { get; private set; }
    public Guid? SupersededById { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnByName { get; private set; }
    public string? WithdrawalReason { get; private set; }

    public int Version { get; private set; }

    /// <summary>Neither superseded nor withdrawn: the one that counts for its kind and product.</summary>
    public bool IsCurrent => WithdrawnAt is null && SupersededById is null;

    /// <summary>The moment it stops being valid: the end of <see cref="ValidTo"/> in Amsterdam.</summary>
    public DateTimeOffset ExpiresAt => Deadlines.CertificateExpires(ValidTo);

    public int DaysLeft(DateOnly today) => ValidTo.DayNumber - today.DayNumber;

    public CertificateStatus StatusOn(DateOnly today) =>
        WithdrawnAt is not null ? CertificateStatus.Withdrawn
        : SupersededById is not null ? CertificateStatus.Superseded
        : today > ValidTo ? CertificateStatus.Expired
        : today < ValidFrom ? CertificateStatus.NotYetValid
        : DaysLeft(today) <= ExpiringSoonDays ? CertificateStatus.ExpiresSoon
        : CertificateStatus.Valid;

    /// <summary>
    /// The reminder due on <paramref name="today"/>: the most specific of <see cref="ReminderDays"/> that has been reached
    /// (20 days left: the 30-day one; on or after the last day: the 0-day one), or null before 90 days and for a
    /// certificate that is no longer current. Whether it was already sent is the outbox's business.
    /// </summary>
    public int? ReminderDue(DateOnly today)
    {
        if (!IsCurrent)
        {
            return null;
        }
        var left = DaysLeft(today);
        var reached = ReminderDays.Where(days => left <= days).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }

    /// <summary>
    /// The supplier adds a certificate for one of its products, with the PDF; when it <paramref name="replaces"/> a current
    /// one of the same kind and product, that one is superseded in the same step. Every failed guard is reported at once.
    /// </summary>
    public static (Certificate Certificate, StoredDocument Document) Add(Guid supplierId, Guid productId, CertificateInput input, FileUpload? file, long maxBytes,
        Certificate? replaces, Actor who, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var kind = Choice.Parse<CertificateKind>(input.Kind, "Kind", required: true, errors);
        var otherName = kind == CertificateKind.Other ? Text.Required(input.OtherName, "OtherName", NameMaxLength, errors) : null;
        var scope = Text.Required(input.Scope, "Scope", ScopeMaxLength, errors);
        var issuer = Text.Required(input.Issuer, "Issuer", IssuerMaxLength, errors);
        if (input.ValidFrom is null)
        {
            errors.Add("ValidFrom", ValidationCodes.Required);
        }
        if (input.ValidTo is null)
        {
            errors.Add("ValidTo", ValidationCodes.Required);
        }
        else if (input.ValidFrom is { } from && input.ValidTo < from)
        {
            errors.Add("ValidTo", CertificateCodes.ValidityOrder);
        }
        if (replaces is not null)
        {
            if (!replaces.IsCurrent)
            {
                errors.Add("Replaces", CertificateCodes.NotCurrent);
            }
            else if (replaces.ProductId != productId || replaces.SupplierId != supplierId)
            {
                errors.Add("Replaces", CertificateCodes.OtherProduct);
            }
            else if (kind is not null && replaces.Kind != kind)
            {
                errors.Add("Replaces", CertificateCodes.OtherKind);
            }
        }
        var document = StoredDocument.Pdf("Document", file, maxBytes, who, now, errors);
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
        var certificate = new Certificate
        {
            Id = Guid.CreateVersion7(), SupplierId = supplierId, ProductId = productId, Kind = kind!.Value, OtherName = otherName, Scope = scope, Issuer = issuer,
            ValidFrom = input.ValidFrom!.Value, ValidTo = input.ValidTo!.Value, DocumentId = document!.Id,
            AddedAt = now, AddedByUserId = who.UserId, AddedByName = who.Name, SupersedesId = replaces?.Id, Version = 1,
        };
        if (replaces is not null)
        {
            replaces.SupersededById = certificate.Id;
            replaces.SupersededAt = now;
            replaces.Version++;
        }
        return (certificate, document);
    }

    /// <summary>The supplier withdraws a certificate (issued in error, revoked by the issuer), with a reason. Boards no longer see it.</summary>
    public void Withdraw(string? reason, Actor who, DateTimeOffset now)
    {
        if (WithdrawnAt is not null)
        {
            throw new DomainRuleViolation("State", CertificateCodes.NotCurrent);
        }
        var errors = new ValidationErrors();
        var why = Text.Required(reason, "Reason", ReasonMaxLength, errors);
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
        WithdrawnAt = now;
        WithdrawnByName = who.Name;
        WithdrawalReason = why;
        Version++;
    }
}
