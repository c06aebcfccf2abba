using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Changes;

/// <summary>
/// A change a supplier made to a product's annex after agreements covering it were signed: a newly published
/// version, announced to every signed agreement that covers the product through one <see cref="ChangeNotice"/>
/// each. Under art. 11.2 (sub-processors) the boards have six weeks to object and silence applies it; under
/// art. 14.3 (a significant change) it applies to an agreement only once its board accepts it; a minor change
/// applies at once and the boards are informed.
/// </summary>
public sealed class AnnexChange
{
    public const int ReasonMaxLength = 4000;

    private AnnexChange() { }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string ProductName { get; private set; } = string.Empty;
    public AnnexKind AnnexKind { get; private set; }
    public AnnexChangeKind Kind { get; private set; }

    /// <summary>The published version the change starts from (null when there was none).</summary>
    public int? FromNumber { get; private set; }

    /// <summary>The published version that holds the change.</summary>
    public int ToNumber { get; private set; }

    /// <summary>Art. 11.2: what happens to section H.</summary>
    public SubProcessorEdit? Edit { get; private set; }

    /// <summary>What the new version changes, item by item.</summary>
    public AnnexDifference Difference { get; private set; } = AnnexDifference.None;

    /// <summary>Art. 11.2: why; art. 14.3: the consequences, in plain language; a minor change: an optional note.</summary>
    public string? Explanation { get; private set; }

    /// <summary>When the supplier intends the change to take effect.</summary>
    public DateOnly? IntendedDate { get; private set; }

    public DateTimeOffset AnnouncedAt { get; private set; }
    public Guid AnnouncedByUserId { get; private set; }
    public string AnnouncedByName { get; private set; } = string.Empty;

    /// <summary>Art. 11.2: the end of the objection period; art. 14.3: the end of the intended date; a minor change: none.</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    /// <summary>How many agreements received a notice.</summary>
    public int NoticeCount { get; private set; }

    /// <summary>
    /// Art. 11.2: a sub-processor change to be announced. The intended date may not fall before the objection
    /// period ends, or the boards could not object in time.
    /// </summary>
    public static AnnexChange AnnounceSubProcessors(
        Guid productId, Guid supplierId, string productName, int fromNumber, int toNumber, SubProcessorEdit edit, AnnexDifference difference,
        string? reason, DateOnly? intendedDate, Actor who, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var why = CheckAnnouncement(reason, intendedDate, now, errors);
        ThrowIfAny(errors);
        return new AnnexChange
        {
            Id = Guid.CreateVersion7(), ProductId = productId, SupplierId = supplierId, ProductName = productName, AnnexKind = AnnexKind.Privacy,
            Kind = AnnexChangeKind.SubProcessors, FromNumber = fromNumber, ToNumber = toNumber, Edit = edit, Difference = difference, Explanation = why,
            IntendedDate = intendedDate, AnnouncedAt = now, AnnouncedByUserId = who.UserId, AnnouncedByName = who.Name, RespondBy = Deadlines.ObjectionPeriodEnds(now).ToUniversalTime(),
        };
    }

    /// <summary>The reason and intended date of an art. 11.2 announcement, checked with the rest of a form's input.</summary>
    public static string CheckAnnouncement(string? reason, DateOnly? intendedDate, DateTimeOffset now, ValidationErrors errors)
    {
        var why = Text.Required(reason, "Reason", ReasonMaxLength, errors);
        if (intendedDate is null)
        {
            errors.Add("IntendedDate", ValidationCodes.Required);
        }
        else if (intendedDate < EarliestIntendedDate(now))
        {
            errors.Add("IntendedDate", ChangeCodes.TooSoon);
        }
        return why;
    }

    /// <summary>The first day a sub-processor change announced now may take effect: the day after the objection period.</summary>
    public static DateOnly EarliestIntendedDate(DateTimeOffset now) => Deadlines.DateIn(Deadlines.ObjectionPeriodEnds(now));

    /// <summary>
    /// A version published from the editor while signed agreements cover the product: significant when the
    /// difference says so (then the consequences in plain language and the intended date are required), else minor.
    /// </summary>
    public static AnnexChange FromPublication(
        Guid productId, Guid supplierId, string productName, AnnexKind annexKind, int? fromNumber, int toNumber, AnnexDifference difference,
        string? explanation, DateOnly? intendedDate, Actor who, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var significant = difference.IsSignificant;
        string? text;
        if (significant)
        {
            text = Text.Clean(explanation);
            if (text is null)
            {
                errors.Add("Explanation", ChangeCodes.ExplanationRequired);
            }
            else if (text.Length > ReasonMaxLength)
            {
                errors.Add("Explanation", ValidationCodes.TooLong);
            }
            if (intendedDate is null)
            {
                errors.Add("IntendedDate", ValidationCodes.Required);
            }
            else if (intendedDate < Deadlines.DateIn(now))
            {
                errors.Add("IntendedDate", ChangeCodes.TooSoon);
            }
        }
        else
        {
            text = Text.Optional(explanation, "Explanation", ReasonMaxLength, errors);
        }
        ThrowIfAny(errors);
        return new AnnexChange
        {
            Id = Guid.CreateVersion7(), ProductId = productId, SupplierId = supplierId, ProductName = productName, AnnexKind = annexKind,
            Kind = significant ? AnnexChangeKind.Significant : AnnexChangeKind.Minor, FromNumber = fromNumber, ToNumber = toNumber,
            Difference = difference, Explanation = text, IntendedDate = significant ? intendedDate : null,
            AnnouncedAt = now, AnnouncedByUserId = who.UserId, AnnouncedByName = who.Name,
            RespondBy = significant ? Deadlines.EndOf(intendedDate!.Value).ToUniversalTime() : null,
        };
    }

    /// <summary>The notice for one signed agreement covering the product (the bulk path inserts the same rows in one statement).</summary>
    public ChangeNotice NoticeFor(ProcessingAgreement agreement) => ChangeNotice.For(this, agreement.Id, agreement.BoardId);

    public void CountNotices(int count) => NoticeCount = count;

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}
