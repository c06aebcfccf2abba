using EduDpa.Domain.Agreements;

namespace EduDpa.Domain.Breaches;

/// <summary>The facts of Bijlage 2 C as a party gives them when recording a breach.</summary>
public sealed record BreachFacts(
    BreachKind? Kind,
    DateTimeOffset? DiscoveredAt,
    DateTimeOffset? BecameAwareAt,
    DateTimeOffset? PeriodFrom,
    DateTimeOffset? PeriodTo,
    string? Summary,
    BreachNature Nature,
    string? Cause,
    string? HowDiscovered,
    string? MeasuresTaken,
    Protection? Encrypted,
    int? Pupils,
    int? Parents,
    int? Staff,
    string? Consequences,
    string? PersonalData,
    bool SpecialCategories,
    bool? HighRisk);

/// <summary>The board's decision on notifying the Autoriteit Persoonsgegevens (AVG art. 33).</summary>
public sealed record AuthorityDecision(bool Notified, DateTimeOffset? NotifiedAt, string? Reference, string? Reason, Guid UserId, string UserName, DateTimeOffset DecidedAt);

/// <summary>The board's decision on informing the data subjects (AVG art. 34).</summary>
public sealed record DataSubjectsDecision(bool Informed, DateTimeOffset? InformedAt, string? Reason, Guid UserId, string UserName, DateTimeOffset DecidedAt);

/// <summary>One entry of a breach's timeline: who of which party wrote what, when.</summary>
public sealed record BreachUpdate(PartyRole Party, Guid UserId, string UserName, DateTimeOffset At, string Text);

/// <summary>The breach was closed with the corrective measures taken.</summary>
public sealed record BreachClosure(string CorrectiveMeasures, PartyRole Party, Guid UserId, string UserName, DateTimeOffset At);
