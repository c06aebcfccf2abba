using EduDpa.Web.Features.Annexes;

namespace EduDpa.Web.Features.Agreements;

public sealed class ServiceDecisionForm
{
    public string ServiceId { get; set; } = string.Empty;
    public bool? Accepted { get; set; }
}

public sealed class TransferConsentForm
{
    public string TransferId { get; set; } = string.Empty;
    public bool? Consented { get; set; }
}

public sealed class ProductChoicesForm
{
    public Guid ProductId { get; set; }
    public List<ServiceDecisionForm> OptionalServices { get; set; } = [];
    public List<TransferConsentForm> Transfers { get; set; } = [];

    /// <summary>True: adopt the supplier's proposal; false: the board's own periods; null: not yet.</summary>
    public bool? AdoptsProposal { get; set; }

    public string? RetentionPeriods { get; set; }
}

/// <summary>The board's part of the annexes as the page posts it.</summary>
public sealed class BoardPartForm
{
    public ContactForm BoardContact { get; set; } = new();
    public ContactForm BoardIncidentContact { get; set; } = new();
    public List<ProductChoicesForm> Products { get; set; } = [];
    public int Version { get; set; }

    public BoardPartInput ToInput() => new()
    {
        BoardContact = BoardContact.ToContact(),
        BoardIncidentContact = BoardIncidentContact.ToContact(),
        Products = [.. Products.Select(p => new ProductChoicesInput(
            p.ProductId,
            [.. p.OptionalServices.Select(s => new ServiceDecisionInput(s.ServiceId, s.Accepted))],
            [.. p.Transfers.Select(t => new TransferConsentInput(t.TransferId, t.Consented))],
            p.AdoptsProposal is { } adopts ? new RetentionInput(adopts, p.RetentionPeriods) : null))],
        Version = Version,
    };

    public static BoardPartForm From(AgreementView view) => new()
    {
        BoardContact = ContactForm.From(view.Agreement.BoardContact),
        BoardIncidentContact = ContactForm.From(view.Agreement.BoardIncidentContact),
        Products = [.. BoardPartApi.Describe(view).Products.Select(p => new ProductChoicesForm
        {
            ProductId = p.ProductId,
            OptionalServices = [.. p.OptionalServices.Select(s => new ServiceDecisionForm { ServiceId = s.ServiceId, Accepted = s.Accepted })],
            Transfers = [.. p.Transfers.Select(t => new TransferConsentForm { TransferId = t.TransferId, Consented = t.Consented })],
            AdoptsProposal = p.Retention?.AdoptsProposal is true ? (p.RetentionSettled is null ? null : true) : p.Retention is null ? null : false,
            RetentionPeriods = p.Retention?.Periods,
        })],
        Version = view.Agreement.Version,
    };
}
