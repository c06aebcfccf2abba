using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Breaches;

/// <summary>
/// A data breach or security incident under one signed agreement (model art. 8, Bijlage 2 C), recorded by
/// either party. The board decides within 72 hours of becoming aware whether to notify the Autoriteit
/// Persoonsgegevens (AVG art. 33) and whether to inform the data subjects (art. 34); both parties add updates;
/// closing records the corrective measures. Each step is a guarded method.
/// </summary>
public sealed class DataBreach : IVersioned
{
    public const int ShortText = 200;
    public const int LongText = 4000;

    private DataBreach() { }

    public Guid Id { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }

    /// <summary>Set when the processor recorded the breach for a product: every board's breach of that one incident shares it.</summary>
    public Guid? IncidentId { get; private set; }

    /// <summary>The product the processor recorded the breach for, if it did.</summary>
    public Guid? ProductId { get; private set; }

    public PartyRole RecordedBy { get; private set; }
    public Guid RecordedByUserId { get; private set; }
    public string RecordedByName { get; private set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; private set; }

    public BreachKind Kind { get; private set; }
    public DateTimeOffset DiscoveredAt { get; private set; }

    /// <summary>When the board became aware: its 72 hours run from here.</summary>
    public DateTimeOffset BecameAwareAt { get; private set; }

    public DateTimeOffset? PeriodFrom { get; private set; }
    public DateTimeOffset? PeriodTo { get; private set; }
    public string Summary { get; private set; } = string.Empty;
    public BreachNature Nature { get; private set; }
    public string? Cause { get; private set; }
    public string? HowDiscovered { get; private set; }
    public string? MeasuresTaken { get; private set; }
    public Protection Encrypted { get; private set; } = Protection.Unknown;
    public int? Pupils { get; private set; }
    public int? Parents { get; private set; }
    public int? Staff { get; private set; }
    public string? Consequences { get; private set; }
    public string? PersonalData { get; private set; }
    public bool SpecialCategories { get; private set; }
    public bool? HighRisk { get; private set; }

    public AuthorityDecision? Authority { get; private set; }
    public DataSubjectsDecision? DataSubjects { get; private set; }
    public List<BreachUpdate> Updates { get; private set; } = [];
    public BreachClosure? Closure { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Closure is null;

    /// <summary>AVG art. 33: 72 hours after the board became aware.</summary>
    public DateTimeOffset DecisionDue => Deadlines.BreachDecisionDue(BecameAwareAt);

    /// <summary>The decision on notifying the authority was recorded after the 72 hours.</summary>
    public bool AuthorityDecisionLate => Authority is { } decision && decision.DecidedAt > DecisionDue;

    public bool DataSubjectsDecisionLate => DataSubjects is { } decision && decision.DecidedAt > DecisionDue;

    /// <summary>
    /// Records a breach against a signed agreement (signed by both or terminating). The board's own record is aware
    /// from <see cref="BreachFacts.BecameAwareAt"/> or now; one recorded by the processor from now, the moment the board is notified.
    /// </summary>
    public static DataBreach Record(ProcessingAgreement agreement, PartyRole actor, Actor who, BreachFacts facts, DateTimeOffset now)
    {
        if (!Applies(agreement))
        {
            throw new DomainRuleViolation("AgreementId", BreachCodes.AgreementNotSigned);
        }
        var errors = new ValidationErrors();
        var breach = Build(agreement, actor, who, facts, now, errors);
        ThrowIfAny(errors);
        return breach;
    }

    /// <summary>
    /// The processor records one breach for one of its products: it becomes one breach per agreement signed by both (or
    /// terminating) that covers the product, one per board, sharing an incident id. Each board has its own 72 hours and its
    /// own decisions, and sees only its own breach.
    /// </summary>
    public static IReadOnlyList<DataBreach> RecordForProduct(Guid productId, IEnumerable<ProcessingAgreement> processorAgreements, Actor who, BreachFacts facts, DateTimeOffset now)
    {
        var covering = processorAgreements.Where(a => Applies(a) && a.ProductIds.Contains(productId)).ToList();
        if (covering.Select(a => a.ProcessorId).Distinct().Count() > 1)
        {
            throw new ArgumentException("The agreements belong to more than one processor.", nameof(processorAgreements));
        }
        var errors = new ValidationErrors();
        if (covering.Count == 0)
        {
            errors.Add("ProductId", BreachCodes.NoSignedAgreement);
            Build(null, PartyRole.Processor, who, facts, now, errors); // the facts are checked all the same, so every mistake shows at once
            ThrowIfAny(errors);
        }
        var incident = Guid.CreateVersion7();
        var breaches = covering.Select(a => Build(a, PartyRole.Processor, who, facts, now, errors)).ToList();
        ThrowIfAny(errors);
        foreach (var breach in breaches)
        {
            breach.IncidentId = incident;
            breach.ProductId = productId;
        }
        return breaches;
    }

    /// <summary>A breach is recorded under an agreement signed by both parties that still applies.</summary>
    public static bool Applies(ProcessingAgreement agreement) => agreement.State is AgreementState.SignedByBoth or AgreementState.Terminating;

    /// <summary>The breach with the facts checked; each problem goes into <paramref name="errors"/> (the same problem once, however many agreements).</summary>
    private static DataBreach Build(ProcessingAgreement? agreement, PartyRole actor, Actor who, BreachFacts facts, DateTimeOffset now, ValidationErrors errors)
    {
        if (facts.Kind is null)
        {
            errors.Add("Kind", ValidationCodes.Required);
        }
        if (facts.DiscoveredAt is null)
        {
            errors.Add("DiscoveredAt", ValidationCodes.Required);
        }
        else if (facts.DiscoveredAt > now)
        {
            errors.Add("DiscoveredAt", ValidationCodes.DateInFuture);
        }
        var aware = actor == PartyRole.Controller ? facts.BecameAwareAt ?? now : now;
        if (aware > now)
        {
            errors.Add("BecameAwareAt", ValidationCodes.DateInFuture);
        }
        else if (facts.DiscoveredAt is { } discovered && aware < discovered)
        {
            errors.Add("BecameAwareAt", BreachCodes.BeforeDiscovery);
        }
        if (facts.PeriodFrom is { } from && facts.PeriodTo is { } to && to < from)
        {
            errors.Add("PeriodTo", BreachCodes.PeriodOrder);
        }
        if (facts.Kind == BreachKind.DataBreach && facts.Nature == BreachNature.None)
        {
            errors.Add("Nature", BreachCodes.NatureRequired);
        }
        if ((facts.Nature & ~(BreachNature.Reading | BreachNature.Copying | BreachNature.Altering | BreachNature.Deleting | BreachNature.Theft)) != 0)
        {
            errors.Add("Nature", ValidationCodes.UnknownValue);
        }
        Count(facts.Pupils, "Pupils", errors);
        Count(facts.Parents, "Parents", errors);
        Count(facts.Staff, "Staff", errors);
        return new DataBreach
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement?.Id ?? Guid.Empty, BoardId = agreement?.BoardId ?? Guid.Empty, ProcessorId = agreement?.ProcessorId ?? Guid.Empty,
            RecordedBy = actor, RecordedByUserId = who.UserId, RecordedByName = who.Name, RecordedAt = now,
            Kind = facts.Kind ?? BreachKind.DataBreach, DiscoveredAt = facts.DiscoveredAt ?? now, BecameAwareAt = aware,
            PeriodFrom = facts.PeriodFrom, PeriodTo = facts.PeriodTo,
            Summary = Text.Required(facts.Summary, "Summary", LongText, errors),
            Nature = facts.Nature,
            Cause = Text.Optional(facts.Cause, "Cause", LongText, errors),
            HowDiscovered = Text.Optional(facts.HowDiscovered, "HowDiscovered", LongText, errors),
            MeasuresTaken = Text.Optional(facts.MeasuresTaken, "MeasuresTaken", LongText, errors),
            Encrypted = facts.Encrypted ?? Protection.Unknown,
            Pupils = facts.Pupils, Parents = facts.Parents, Staff = facts.Staff,
            Consequences = Text.Optional(facts.Consequences, "Consequences", LongText, errors),
            PersonalData = Text.Optional(facts.PersonalData, "PersonalData", LongText, errors),
            SpecialCategories = facts.SpecialCategories, HighRisk = facts.HighRisk,
            Version = 1,
        };
    }

    /// <summary>The board decides whether to notify the Autoriteit Persoonsgegevens: when and under which reference, or why not. Late is allowed, and shown.</summary>
    public void DecideAuthority(PartyRole actor, bool? notified, DateTimeOffset? notifiedAt, string? reference, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureBoardDecides(actor);
        if (Authority is not null)
        {
            throw new DomainRuleViolation("Notified", BreachCodes.AlreadyDecided);
        }
        var errors = new ValidationErrors();
        string? why = null, number = null;
        if (notified is null)
        {
            errors.Add("Notified", ValidationCodes.Required);
        }
        else if (notified.Value)
        {
            Moment(notifiedAt, "NotifiedAt", now, errors);
            number = Text.Required(reference, "Reference", ShortText, errors);
        }
        else
        {
            why = Text.Required(reason, "Reason", LongText, errors);
        }
        ThrowIfAny(errors);
        Authority = new AuthorityDecision(notified!.Value, notified.Value ? notifiedAt : null, number, why, who.UserId, who.Name, now);
        Version++;
    }

    /// <summary>The board decides whether to inform the data subjects (AVG art. 34): when, or why not.</summary>
    public void DecideDataSubjects(PartyRole actor, bool? informed, DateTimeOffset? informedAt, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureBoardDecides(actor);
        if (DataSubjects is not null)
        {
            throw new DomainRuleViolation("Informed", BreachCodes.AlreadyDecided);
        }
        var errors = new ValidationErrors();
        string? why = null;
        if (informed is null)
        {
            errors.Add("Informed", ValidationCodes.Required);
        }
        else if (informed.Value)
        {
            Moment(informedAt, "InformedAt", now, errors);
        }
        else
        {
            why = Text.Required(reason, "Reason", LongText, errors);
        }
        ThrowIfAny(errors);
        DataSubjects = new DataSubjectsDecision(informed!.Value, informed.Value ? informedAt : null, why, who.UserId, who.Name, now);
        Version++;
    }

    /// <summary>Either party adds to the timeline while the breach is open.</summary>
    public void AddUpdate(PartyRole actor, string? text, Actor who, DateTimeOffset now)
    {
        EnsureOpen();
        var errors = new ValidationErrors();
        var body = Text.Required(text, "Text", LongText, errors);
        ThrowIfAny(errors);
        Updates.Add(new BreachUpdate(actor, who.UserId, who.Name, now, body));
        Version++;
    }

    /// <summary>Either party closes the breach, recording the corrective measures taken.</summary>
    public void Close(PartyRole actor, string? correctiveMeasures, Actor who, DateTimeOffset now)
    {
        EnsureOpen();
        var errors = new ValidationErrors();
        var measures = Text.Required(correctiveMeasures, "CorrectiveMeasures", LongText, errors);
        ThrowIfAny(errors);
        Closure = new BreachClosure(measures, actor, who.UserId, who.Name, now);
        Version++;
    }

    private void EnsureBoardDecides(PartyRole actor)
    {
        EnsureOpen();
        if (actor != PartyRole.Controller)
        {
            throw new DomainRuleViolation("Party", BreachCodes.BoardDecides);
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation("State", BreachCodes.BreachClosed);
        }
    }

    private static void Moment(DateTimeOffset? at, string field, DateTimeOffset now, ValidationErrors errors)
    {
        if (at is null)
        {
            errors.Add(field, ValidationCodes.Required);
        }
        else if (at > now)
        {
            errors.Add(field, ValidationCodes.DateInFuture);
        }
    }

    private static void Count(int? value, string field, ValidationErrors errors)
    {
        if (value is < 0)
        {
            errors.Add(field, ValidationCodes.OutOfRange);
        }
    }

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}
