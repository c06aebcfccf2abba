using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Agreements;

/// <summary>
/// A processing agreement (verwerkersovereenkomst) between a school board and a supplier or distributor,
/// drawn up from a published model. Each party fills in its own part; both fill in the underlying contract
/// and the products it covers. Deviations from the model text live in <see cref="Amendment"/>s.
/// </summary>
public sealed partial class ProcessingAgreement : IVersioned
{
    private ProcessingAgreement() { }

    public Guid Id { get; private set; }
    public string ModelId { get; private set; } = string.Empty;
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }
    public PartyRole InitiatedBy { get; private set; }
    public AgreementState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public Representative? BoardRepresentative { get; private set; }
    public bool CoversAllSchools { get; private set; } = true;

    /// <summary>The schools covered when not all of the board's schools are.</summary>
    public List<Guid> SchoolIds { get; private set; } = [];

    public Representative? ProcessorRepresentative { get; private set; }
    public UnderlyingContract Contract { get; private set; } = UnderlyingContract.Empty;
    public List<Guid> ProductIds { get; private set; } = [];

    /// <summary>Bijlage 1 A: the board's contact person, authorised to give the processor instructions.</summary>
    public ContactPerson? BoardContact { get; private set; }

    /// <summary>Bijlage 2 C: the board's contact for security incidents and data breaches.</summary>
    public ContactPerson? BoardIncidentContact { get; private set; }

    /// <summary>The board's decisions about each product's annexes (optional services, transfers, retention).</summary>
    public List<ProductAnnexChoices> AnnexChoices { get; private set; } = [];

    public int Version { get; private set; }

    public static ProcessingAgreement StartDraft(
        string modelId, Guid boardId, Guid processorId, PartyRole initiatedBy, DateTimeOffset now,
        UnderlyingContract contract, IReadOnlyList<Guid> productIds)
    {
        if (ModelCatalog.Find(modelId) is null)
        {
            throw new DomainRuleViolation("ModelId", ValidationCodes.UnknownValue);
        }
        if (boardId == processorId)
        {
            throw new DomainRuleViolation("CounterpartyId", ValidationCodes.UnknownValue);
        }
        return new ProcessingAgreement
        {
            Id = Guid.CreateVersion7(), ModelId = modelId, BoardId = boardId, ProcessorId = processorId, InitiatedBy = initiatedBy,
            State = AgreementState.Draft, CreatedAt = now, Contract = contract, ProductIds = [.. productIds], Version = 1,
        };
    }

    /// <summary>Which role an organisation has in this agreement; null if it is not a party.</summary>
    public PartyRole? RoleOf(Guid organisationId) =>
        organisationId == BoardId ? PartyRole.Controller : organisationId == ProcessorId ? PartyRole.Processor : null;

    public Guid OrganisationOf(PartyRole role) => role == PartyRole.Controller ? BoardId : ProcessorId;

    public void UpdateControllerPart(PartyRole actor, Representative? representative, bool coversAllSchools, IReadOnlyList<Guid> schoolIds)
    {
        EnsureBoardPartEditableBy(actor);
        BoardRepresentative = representative;
        CoversAllSchools = coversAllSchools;
        SchoolIds = coversAllSchools ? [] : [.. schoolIds];
        Version++;
    }

    public void UpdateProcessorPart(PartyRole actor, Representative? representative)
    {
        EnsureEditableBy(actor, PartyRole.Processor);
        ProcessorRepresentative = representative;
        Version++;
    }

    public void UpdateSharedPart(PartyRole actor, UnderlyingContract contract, IReadOnlyList<Guid> productIds)
    {
        EnsureEditableBy(actor, actor);
        Contract = contract;
        ProductIds = [.. productIds];
        Version++;
    }

    /// <summary>The board's own part of the annexes. Choices for products the agreement does not cover are dropped.</summary>
    public void UpdateBoardAnnexPart(PartyRole actor, ContactPerson? contact, ContactPerson? incidentContact, IReadOnlyList<ProductAnnexChoices> choices)
    {
        EnsureBoardPartEditableBy(actor);
        BoardContact = contact;
        BoardIncidentContact = incidentContact;
        AnnexChoices = [.. choices.Where(c => ProductIds.Contains(c.ProductId))];
        Version++;
    }

    public ProductAnnexChoices ChoicesFor(Guid productId) =>
        AnnexChoices.FirstOrDefault(c => c.ProductId == productId) ?? ProductAnnexChoices.None(productId);

    public void EnsureDraft()
    {
        if (State != AgreementState.Draft)
        {
            throw new DomainRuleViolation(nameof(State), AgreementCodes.NotADraft);
        }
    }

    /// <summary>Whether the board may still complete its own part: while drafting, and after an offer until its reviewer approves.</summary>
    public bool BoardPartEditable => State is AgreementState.Draft or AgreementState.Offered or AgreementState.InReview;

    private void EnsureEditableBy(PartyRole actor, PartyRole owner)
    {
        EnsureDraft();
        if (actor != owner)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotYourPart);
        }
    }

    private void EnsureBoardPartEditableBy(PartyRole actor)
    {
        if (!BoardPartEditable)
        {
            throw new DomainRuleViolation(nameof(State), AgreementCodes.NotADraft);
        }
        if (actor != PartyRole.Controller)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotYourPart);
        }
    }
}

/// <summary>What can be wrong with an agreement action, in the same spirit as <see cref="ValidationCodes"/>.</summary>
public static class AgreementCodes
{
    public const string NotADraft = "not-a-draft";
    public const string NotYourPart = "not-your-part";
    public const string UnknownClause = "unknown-clause";
    public const string ClauseNotApplicable = "clause-not-applicable";
    public const string AlreadyAmended = "already-amended";
    public const string SameAsCurrent = "same-as-current";
    public const string NotProposer = "not-proposer";
    public const string OwnProposal = "own-proposal";
    public const string NotOpen = "amendment-not-open";
    public const string WrongState = "wrong-state";
    public const string NotYourStep = "not-your-step";
    public const string NotReviewer = "not-reviewer";
    public const string NotSignatory = "not-signatory";
    public const string AlreadySigned = "already-signed";
    public const string ConformityErrors = "conformity-errors";
    public const string ServicesUndecided = "services-undecided";
    public const string TransfersNotConsented = "transfers-not-consented";
    public const string AmendmentsOpen = "amendments-open";
    public const string ReturnTermMissing = "return-term-missing";
    public const string RepresentativeMissing = "representative-missing";
    public const string MissingRole = "missing-role";
    public const string ContractNotEnded = "contract-not-ended";
    public const string NothingConfirmed = "nothing-confirmed";
    public const string SubProcessorsNotConfirmed = "sub-processors-not-confirmed";
    public const string NotConfirmed = "not-confirmed";
}
