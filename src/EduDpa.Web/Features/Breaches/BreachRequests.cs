using EduDpa.Domain.Breaches;

namespace EduDpa.Web.Features.Breaches;

/// <summary>A new breach or incident under one signed agreement, with the facts of Bijlage 2 C.</summary>
public sealed record RecordBreachRequest(
    Guid? AgreementId, BreachKind? Kind, DateTimeOffset? DiscoveredAt, DateTimeOffset? BecameAwareAt, DateTimeOffset? PeriodFrom, DateTimeOffset? PeriodTo,
    string? Summary, IReadOnlyList<BreachNature>? Nature, string? Cause, string? HowDiscovered, string? MeasuresTaken, Protection? Encrypted,
    int? Pupils, int? Parents, int? Staff, string? Consequences, string? PersonalData, bool SpecialCategories, bool? HighRisk)
{
    public BreachFacts ToFacts() => new(Kind, DiscoveredAt, BecameAwareAt, PeriodFrom, PeriodTo, Summary,
        (Nature ?? []).Aggregate(BreachNature.None, (all, one) => all | one), Cause, HowDiscovered, MeasuresTaken, Encrypted,
        Pupils, Parents, Staff, Consequences, PersonalData, SpecialCategories, HighRisk);
}

public sealed record BreachUpdateRequest(int? Version, string? Text);

public sealed record AuthorityDecisionRequest(int? Version, bool? Notified, DateTimeOffset? NotifiedAt, string? Reference, string? Reason);

public sealed record DataSubjectsDecisionRequest(int? Version, bool? Informed, DateTimeOffset? InformedAt, string? Reason);

public sealed record CloseBreachRequest(int? Version, string? CorrectiveMeasures);
