using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Conformity;

/// <summary>How much a finding weighs.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing to do.</summary>
    Info = 1,

    /// <summary>The board must weigh it before it signs (the sector's "Let op").</summary>
    Attention = 2,

    /// <summary>Blocks publishing the annex (annex stage) or signing the agreement (signing stage).</summary>
    Error = 3,
}

/// <summary>When a rule is checked: on the supplier's annex, or on the agreement before it is signed.</summary>
public enum CheckStage
{
    Annex = 1,
    Signing = 2,
}

/// <summary>
/// One thing the check found, with the rule that found it, the article or annex section the rule enforces,
/// the field it concerns (a path such as "Privacy.Transfers[0].Safeguard") and a message saying what to do.
/// </summary>
public sealed record Finding(string RuleId, string Reference, Severity Severity, CheckStage Stage, string Field, Bilingual Message, Guid? ProductId = null);

/// <summary>The severity a rule gives at a stage.</summary>
public sealed record RuleSeverity(CheckStage Stage, Severity Severity);

/// <summary>A rule of the catalogue: what it checks, which article it enforces, and how heavy its findings are.</summary>
public sealed record ConformityRule(string Id, string Reference, Bilingual Title, Bilingual Guidance, IReadOnlyList<RuleSeverity> Severities)
{
    public Finding At(CheckStage stage, string field, string nl, string en, Guid? productId = null) =>
        new(Id, Reference, Severities.Single(s => s.Stage == stage).Severity, stage, field, new Bilingual(nl, en), productId);
}
