using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Features.Agreements;

/// <summary>The board's part of the annexes, as a form or the API sends it: null means "not decided".</summary>
public sealed record BoardPartInput
{
    public ContactPerson? BoardContact { get; init; }
    public ContactPerson? BoardIncidentContact { get; init; }
    public IReadOnlyList<ProductChoicesInput>? Products { get; init; }
    public int? Version { get; init; }
}

public sealed record ProductChoicesInput(Guid ProductId, IReadOnlyList<ServiceDecisionInput>? OptionalServices, IReadOnlyList<TransferConsentInput>? Transfers, RetentionInput? Retention);

public sealed record ServiceDecisionInput(string ServiceId, bool? Accepted);

public sealed record TransferConsentInput(string TransferId, bool? Consented);

/// <summary>F2: adopt the supplier's proposal, or set the board's own periods.</summary>
public sealed record RetentionInput(bool AdoptsProposal, string? Periods);

/// <summary>
/// The board fills in its part of each product's annexes: its contacts (Bijlage 1 A, Bijlage 2 C), its decision
/// on each optional service, its written consent to each transfer and the retention periods. Decisions are
/// taken on the newest published version of the annex and hold while that item stays as it was.
/// </summary>
public sealed class BoardPartWriter(EduDpaDbContext db, TenantContext tenant, AnnexReader annexes, TimeProvider clock)
{
    public async Task<WriteResult<ProcessingAgreement>> SaveAsync(Guid agreementId, BoardPartInput input, CancellationToken cancellationToken)
    {
        var (agreement, refusal) = await AgreementChanges.FindAsync(db, agreementId, input.Version, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }
        var errors = new ValidationErrors();
        var contact = AnnexInput.Contact(input.BoardContact, nameof(BoardPartInput.BoardContact), errors);
        var incidentContact = AnnexInput.Contact(input.BoardIncidentContact, nameof(BoardPartInput.BoardIncidentContact), errors);
        var newest = await annexes.NewestAsync(agreement.ProductIds, cancellationToken);
        var now = clock.GetUtcNow();
        var choices = new List<ProductAnnexChoices>();
        var products = input.Products ?? [];
        for (var i = 0; i < products.Count; i++)
        {
            var path = $"Products[{i}]";
            var product = products[i];
            if (!agreement.ProductIds.Contains(product.ProductId))
            {
                errors.Add($"{path}.ProductId", ValidationCodes.UnknownValue);
                continue;
            }
            var privacy = newest.GetValueOrDefault((product.ProductId, AnnexKind.Privacy))?.PrivacyAnnex();
            choices.Add(Choices(product, privacy, agreement.ChoicesFor(product.ProductId), now, path, errors));
        }
        if (!errors.IsEmpty)
        {
            return WriteResult<ProcessingAgreement>.Invalid(errors);
        }
        var role = agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
        return await AgreementChanges.SaveAsync(db, agreement, () => agreement.UpdateBoardAnnexPart(role, contact, incidentContact, choices), cancellationToken);
    }

    /// <summary>The board's choices for one product; a decision that did not change keeps the moment it was first taken.</summary>
    private static ProductAnnexChoices Choices(ProductChoicesInput input, PrivacyAnnex? privacy, ProductAnnexChoices before, DateTimeOffset now, string path, ValidationErrors errors)
    {
        var decisions = new List<ServiceDecision>();
        foreach (var (decision, j) in (input.OptionalServices ?? []).Select((d, j) => (d, j)))
        {
            var service = privacy?.OptionalServices.FirstOrDefault(s => s.Id == decision.ServiceId);
            if (service is null)
            {
                errors.Add($"{path}.OptionalServices[{j}].ServiceId", ValidationCodes.UnknownService);
            }
            else if (decision.Accepted is { } accepted)
            {
                var earlier = before.DecisionFor(service);
                decisions.Add(earlier is not null && earlier.Accepted == accepted ? earlier : new ServiceDecision(service.Id, AnnexJson.Fingerprint(service), accepted, now));
            }
        }
        var consents = new List<TransferConsent>();
        foreach (var (consent, j) in (input.Transfers ?? []).Select((c, j) => (c, j)))
        {
            var transfer = privacy?.Transfers.FirstOrDefault(t => t.Id == consent.TransferId);
            if (transfer is null)
            {
                errors.Add($"{path}.Transfers[{j}].TransferId", ValidationCodes.UnknownValue);
            }
            else if (consent.Consented is { } consented)
            {
                var earlier = before.ConsentFor(transfer);
                consents.Add(earlier is not null && earlier.Consented == consented ? earlier : new TransferConsent(transfer.Id, AnnexJson.Fingerprint(transfer), consented, now));
            }
        }
        RetentionChoice? retention = null;
        if (input.Retention is { } r)
        {
            var periods = r.Periods?.Trim() is { Length: > 0 } p ? p : null;
            if (r.AdoptsProposal && privacy?.Retention is null)
            {
                errors.Add($"{path}.Retention", ValidationCodes.UnknownValue);
            }
            else if (!r.AdoptsProposal && periods is null)
            {
                errors.Add($"{path}.Retention.Periods", ValidationCodes.Required);
            }
            else if (periods?.Length > AnnexInput.LongText)
            {
                errors.Add($"{path}.Retention.Periods", ValidationCodes.TooLong);
            }
            retention = r.AdoptsProposal ? new RetentionChoice(true, null, AnnexJson.Fingerprint(privacy?.Retention)) : new RetentionChoice(false, periods, null);
        }
        return new ProductAnnexChoices(input.ProductId, decisions, consents, retention);
    }
}
