using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Features.Agreements;

/// <summary>
/// Drafting for the acting organisation: start a draft with another organisation, and edit one's own part
/// and the shared part. A party finds only its own agreements (tenant filter); the other party's details
/// come from the public directory.
/// </summary>
public sealed class AgreementWriter(EduDpaDbContext db, TenantContext tenant, Counterparties directory, TimeProvider clock)
{
    public async Task<WriteResult<ProcessingAgreement>> StartDraftAsync(DraftRequest request, CancellationToken cancellationToken)
    {
        var self = tenant.Current!;
        var counterparty = request.CounterpartyId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        var selfIsBoard = self.Kind == OrganisationKind.SchoolBoard;
        if (counterparty is null || counterparty.IsSchoolBoard == selfIsBoard)
        {
            return WriteResult<ProcessingAgreement>.Invalid(ValidationErrors.For("CounterpartyId", request.CounterpartyId is null ? ValidationCodes.Required : ValidationCodes.UnknownValue));
        }
        var boardId = selfIsBoard ? self.Id : counterparty.Id;
        var processorId = selfIsBoard ? counterparty.Id : self.Id;
        var role = selfIsBoard ? PartyRole.Controller : PartyRole.Processor;

        var (parts, errors) = await CheckAsync(request, role, boardId, processorId, cancellationToken);
        if (parts is null)
        {
            return WriteResult<ProcessingAgreement>.Invalid(errors);
        }

        var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, boardId, processorId, role, clock.GetUtcNow(), parts.Contract, parts.ProductIds);
        parts.ApplyOwnPart(agreement, role);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult<ProcessingAgreement>.Saved(agreement);
    }

    public async Task<WriteResult<ProcessingAgreement>> UpdateAsync(Guid agreementId, DraftUpdate update, CancellationToken cancellationToken)
    {
        var (agreement, refusal) = await AgreementChanges.FindAsync(db, agreementId, update.Version, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }
        var role = agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
        // After an offer only the board's own part changes; the shared part stays as offered.
        var shared = agreement.State == AgreementState.Draft;
        if (!shared)
        {
            update = update with
            {
                ProductIds = agreement.ProductIds, ContractDate = agreement.Contract.Date, ContractDescription = agreement.Contract.Description,
                ReturnTermDays = agreement.Contract.ReturnTermDays,
            };
        }
        var (parts, errors) = await CheckAsync(update, role, agreement.BoardId, agreement.ProcessorId, cancellationToken);
        if (parts is null)
        {
            return WriteResult<ProcessingAgreement>.Invalid(errors);
        }
        return await AgreementChanges.SaveAsync(db, agreement, () =>
        {
            parts.ApplyOwnPart(agreement, role);
            if (shared)
            {
                agreement.UpdateSharedPart(role, parts.Contract, parts.ProductIds);
            }
        }, cancellationToken);
    }

    /// <summary>The shared part against the processor's products, one's own part against the board's schools.</summary>
    private async Task<(CheckedParts? Parts, ValidationErrors Errors)> CheckAsync(IDraftFields input, PartyRole role, Guid boardId, Guid processorId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var products = (await directory.ProductsOfAsync(processorId, cancellationToken)).Select(p => p.Id).ToList();
        AgreementParts.TrySharedPart(new SharedPartInput(input.ContractDate, input.ContractDescription, input.ProductIds, input.ReturnTermDays), products, out var contract, out var productIds, out var sharedErrors);
        errors.AddAll(string.Empty, sharedErrors);
        Representative? representative;
        IReadOnlyList<Guid>? schools = [];
        if (role == PartyRole.Controller)
        {
            var board = (await directory.FindAsync(boardId, cancellationToken))!;
            AgreementParts.TryControllerPart(new ControllerPartInput(input.RepresentativeName, input.RepresentativeFunction, input.CoversAllSchools, input.SchoolIds),
                [.. board.Schools.Select(s => s.Id)], out representative, out schools, out var ownErrors);
            errors.AddAll(string.Empty, ownErrors);
        }
        else
        {
            representative = Representative.Parse(input.RepresentativeName, input.RepresentativeFunction, errors);
        }
        return errors.IsEmpty
            ? (new CheckedParts(contract!, productIds!, representative, schools!, input.CoversAllSchools), errors)
            : (null, errors);
    }

    private sealed record CheckedParts(UnderlyingContract Contract, IReadOnlyList<Guid> ProductIds, Representative? Representative, IReadOnlyList<Guid> SchoolIds, bool CoversAllSchools)
    {
        public void ApplyOwnPart(ProcessingAgreement agreement, PartyRole role)
        {
            if (role == PartyRole.Controller)
            {
                agreement.UpdateControllerPart(role, Representative, CoversAllSchools, SchoolIds);
            }
            else
            {
                agreement.UpdateProcessorPart(role, Representative);
            }
        }
    }
}
