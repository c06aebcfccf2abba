using EduDpa.Domain.Common;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Agreements;

/// <summary>Bijlage 3's question "Wijziging of aanvulling?": a changed clause, or a new one after it.</summary>
public enum AmendmentKind
{
    /// <summary>Wijziging: the clause reads differently.</summary>
    Change = 1,

    /// <summary>Aanvulling: a new clause follows the target clause.</summary>
    Addition = 2,
}

public enum AmendmentState
{
    /// <summary>Proposed (or revised) and waiting for the other party.</summary>
    Proposed = 1,

    /// <summary>The other party agreed: it is part of Bijlage 3 and of the text.</summary>
    Accepted = 2,

    /// <summary>The other party disagreed with a comment; the proposer may revise it.</summary>
    Rejected = 3,

    /// <summary>The proposer took it back.</summary>
    Withdrawn = 4,
}

public enum AmendmentEventKind
{
    Proposed = 1,
    Revised = 2,
    Accepted = 3,
    Rejected = 4,
    Withdrawn = 5,
}

/// <summary>One step in an amendment's history, kept for good: who did what, when, with which text or comment.</summary>
public sealed record AmendmentEvent(
    int Sequence,
    AmendmentEventKind Kind,
    PartyRole Party,
    Guid UserId,
    string UserName,
    DateTimeOffset At,
    string? NewText,
    string? Reason,
    string? Comment);

/// <summary>
/// A motivated deviation from the model text (model art. 14.2): proposed in writing by one party with its
/// reason, accepted or rejected by the other, revised by the proposer until they agree. Only an accepted
/// amendment changes the agreement's text, and it then has its number in Bijlage 3.
/// </summary>
public sealed class Amendment : IVersioned
{
    public const int TextMaxLength = 8000;
    public const int CommentMaxLength = 4000;

    /// <summary>Model art. 7.4: parties who do not use the ECK iD record that, with reasons, in Bijlage 3.</summary>
    public const string EckIdClause = "7.4";

    public const string EckIdText =
        "Partijen gebruiken bij de toegang tot en het gebruik van de Digitale Onderwijsmiddelen onder deze Verwerkersovereenkomst niet het KetenID (ECK iD) en de Attributenset.";

    private readonly List<AmendmentEvent> _history = [];

    private Amendment() { }

    public Guid Id { get; private set; }
    public Guid AgreementId { get; private set; }

    /// <summary>The model whose clause it amends (the agreement's).</summary>
    public string ModelId { get; private set; } = string.Empty;

    /// <summary>The agreement's parties, kept here so that access to an amendment is scoped like its agreement's.</summary>
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }

    public string ClauseId { get; private set; } = string.Empty;
    public AmendmentKind Kind { get; private set; }
    public PartyRole ProposedBy { get; private set; }
    public AmendmentState State { get; private set; }

    /// <summary>The model's text of the target clause when proposed ("Huidige tekst artikel").</summary>
    public string CurrentText { get; private set; } = string.Empty;

    public string NewText { get; private set; } = string.Empty;
    public string Reason { get; private set; } = string.Empty;

    /// <summary>Its number in Bijlage 3, given when accepted.</summary>
    public int? Number { get; private set; }

    public IReadOnlyList<AmendmentEvent> History => _history;
    public int Version { get; private set; }

    public bool IsOpen => State is AmendmentState.Proposed or AmendmentState.Rejected;

    /// <summary>How Bijlage 3 names the clause: "artikel 7 lid 4".</summary>
    public string Citation => ModelCatalog.Find(ModelId)?.FindClause(ClauseId)?.Citation ?? ClauseId;

    /// <summary>
    /// Proposes a change to a clause, or an addition after it. The clause must exist in the agreement's
    /// model and apply to it; the text and the reason are required; one clause has at most one open or
    /// accepted amendment of each kind.
    /// </summary>
    public static Amendment Propose(
        ProcessingAgreement agreement, PartyRole proposer, string? clauseId, AmendmentKind kind, string? newText, string? reason,
        bool processorIsDistributor, IEnumerable<Amendment> existing, Guid userId, string userName, DateTimeOffset now)
    {
        agreement.EnsureDraft();
        var model = ModelCatalog.Get(agreement.ModelId);
        var clause = model.FindClause(clauseId ?? string.Empty)
            ?? throw new DomainRuleViolation(nameof(ClauseId), AgreementCodes.UnknownClause);
        if (clause.AppliesToDistributorsOnly && !processorIsDistributor)
        {
            throw new DomainRuleViolation(nameof(ClauseId), AgreementCodes.ClauseNotApplicable);
        }
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleViolation(nameof(Kind), ValidationCodes.UnknownValue);
        }
        var (text, why) = CheckTexts(newText, reason, kind, clause.Text);
        if (existing.Any(a => a.AgreementId == agreement.Id && a.ClauseId == clause.Id && a.Kind == kind && a.State is not AmendmentState.Withdrawn))
        {
            throw new DomainRuleViolation(nameof(ClauseId), AgreementCodes.AlreadyAmended);
        }
        var amendment = new Amendment
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement.Id, ModelId = agreement.ModelId, BoardId = agreement.BoardId, ProcessorId = agreement.ProcessorId,
            ClauseId = clause.Id, Kind = kind, ProposedBy = proposer, State = AmendmentState.Proposed,
            CurrentText = clause.Text, NewText = text, Reason = why,
        };
        amendment.Record(AmendmentEventKind.Proposed, proposer, userId, userName, now, text, why, null);
        return amendment;
    }

    /// <summary>The proposer changes the text or reason while it is open; a rejected proposal is proposed again.</summary>
    public void Revise(PartyRole actor, string? newText, string? reason, Guid userId, string userName, DateTimeOffset now)
    {
        EnsureOpen();
        if (actor != ProposedBy)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotProposer);
        }
        (NewText, Reason) = CheckTexts(newText, reason, Kind, CurrentText);
        State = AmendmentState.Proposed;
        Record(AmendmentEventKind.Revised, actor, userId, userName, now, NewText, Reason, null);
    }

    /// <summary>The other party agrees; the amendment takes the next free number of Bijlage 3.</summary>
    public void Accept(PartyRole actor, string? comment, IEnumerable<Amendment> agreementAmendments, Guid userId, string userName, DateTimeOffset now)
    {
        EnsureDecidableBy(actor);
        Number = agreementAmendments.Where(a => a.AgreementId == AgreementId).Select(a => a.Number ?? 0).DefaultIfEmpty(0).Max() + 1;
        State = AmendmentState.Accepted;
        Record(AmendmentEventKind.Accepted, actor, userId, userName, now, null, null, CleanComment(comment, required: false));
    }

    /// <summary>The other party disagrees and says why.</summary>
    public void Reject(PartyRole actor, string? comment, Guid userId, string userName, DateTimeOffset now)
    {
        EnsureDecidableBy(actor);
        var why = CleanComment(comment, required: true);
        State = AmendmentState.Rejected;
        Record(AmendmentEventKind.Rejected, actor, userId, userName, now, null, null, why);
    }

    public void Withdraw(PartyRole actor, Guid userId, string userName, DateTimeOffset now)
    {
        EnsureOpen();
        if (actor != ProposedBy)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotProposer);
        }
        State = AmendmentState.Withdrawn;
        Record(AmendmentEventKind.Withdrawn, actor, userId, userName, now, null, null, null);
    }

    private void EnsureDecidableBy(PartyRole actor)
    {
        if (State != AmendmentState.Proposed)
        {
            throw new DomainRuleViolation(nameof(State), AgreementCodes.NotOpen);
        }
        if (actor == ProposedBy)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.OwnProposal);
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation(nameof(State), AgreementCodes.NotOpen);
        }
    }

    private static (string Text, string Reason) CheckTexts(string? newText, string? reason, AmendmentKind kind, string currentText)
    {
        var errors = new ValidationErrors();
        var text = newText?.Trim() ?? string.Empty;
        var why = reason?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(nameof(NewText), ValidationCodes.Required);
        }
        else if (text.Length > TextMaxLength)
        {
            errors.Add(nameof(NewText), ValidationCodes.TooLong);
        }
        else if (kind == AmendmentKind.Change && Normalise(text) == Normalise(currentText))
        {
            errors.Add(nameof(NewText), AgreementCodes.SameAsCurrent);
        }
        if (why.Length == 0)
        {
            errors.Add(nameof(Reason), ValidationCodes.Required);
        }
        else if (why.Length > TextMaxLength)
        {
            errors.Add(nameof(Reason), ValidationCodes.TooLong);
        }
        if (!errors.IsEmpty)
        {
            throw new AmendmentInputException(errors);
        }
        return (text, why);
    }

    private static string? CleanComment(string? comment, bool required)
    {
        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw new DomainRuleViolation("Comment", ValidationCodes.Required) : null;
        }
        return text.Length > CommentMaxLength ? throw new DomainRuleViolation("Comment", ValidationCodes.TooLong) : text;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private void Record(AmendmentEventKind kind, PartyRole party, Guid userId, string userName, DateTimeOffset now, string? newText, string? reason, string? comment)
    {
        _history.Add(new AmendmentEvent(_history.Count + 1, kind, party, userId, userName, now, newText, reason, comment));
        Version++;
    }
}

/// <summary>Several fields of a proposal are wrong at once; <see cref="Errors"/> names each.</summary>
public sealed class AmendmentInputException(ValidationErrors errors) : InvalidOperationException("The amendment's input is invalid.")
{
    public ValidationErrors Errors { get; } = errors;
}
