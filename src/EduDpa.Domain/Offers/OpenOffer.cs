using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Offers;

/// <summary>
/// A product's agreement that its processor offers to any board: boards find it in the catalogue and adopt it,
/// which starts their own offer with the processor's side already filled in.
/// </summary>
public sealed class OpenOffer : IVersioned
{
    private OpenOffer() { }

    public Guid Id { get; private set; }
    public Guid ProcessorId { get; private set; }
    public Guid ProductId { get; private set; }
    public string ModelId { get; private set; } = string.Empty;
    public Representative ProcessorRepresentative { get; private set; } = null!;
    public UnderlyingContract Contract { get; private set; } = UnderlyingContract.Empty;
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public static OpenOffer Publish(Guid processorId, Guid productId, string modelId, OfferTerms terms, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), ProcessorId = processorId, ProductId = productId, ModelId = modelId,
        ProcessorRepresentative = terms.Representative, Contract = terms.Contract, PublishedAt = now, Version = 1,
    };

    public void Close(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation(nameof(ClosedAt), AgreementCodes.WrongState);
        }
        ClosedAt = now;
        Version++;
    }

    /// <summary>The board's own offer, from the processor's side of this open offer.</summary>
    public ProcessingAgreement Adopt(Guid boardId, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation(nameof(ClosedAt), AgreementCodes.WrongState);
        }
        return ProcessingAgreement.StartOffer(ModelId, boardId, ProcessorId, PartyRole.Controller, now, Contract, [ProductId], ProcessorRepresentative, Id);
    }
}

/// <summary>What a processor offers every board alike: its representative, the underlying contract's description and the return term (art. 12.2).</summary>
public sealed record OfferTerms(Representative Representative, UnderlyingContract Contract)
{
    public static bool TryParse(string? name, string? function, string? contractDescription, int? returnTermDays, out OfferTerms? terms, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var representative = Representative.Parse(name, function, errors);
        if (representative is null && errors.IsEmpty)
        {
            errors.Add("RepresentativeName", ValidationCodes.Required);
            errors.Add("RepresentativeFunction", ValidationCodes.Required);
        }
        var description = Text.Required(contractDescription, "ContractDescription", UnderlyingContract.DescriptionMaxLength, errors);
        if (returnTermDays is null)
        {
            errors.Add("ReturnTermDays", ValidationCodes.Required);
        }
        else if (returnTermDays is < 1 or > UnderlyingContract.MaxReturnTermDays)
        {
            errors.Add("ReturnTermDays", ValidationCodes.OutOfRange);
        }
        terms = errors.IsEmpty ? new OfferTerms(representative!, new UnderlyingContract(null, description, returnTermDays)) : null;
        return errors.IsEmpty;
    }
}
