using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Web.Features.Annexes;

public sealed class ContactForm
{
    public string? Name { get; set; }
    public string? Function { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public ContactPerson ToContact() => new(Name, Function, Email, Phone);

    public static ContactForm From(ContactPerson? contact) => new() { Name = contact?.Name, Function = contact?.Function, Email = contact?.Email, Phone = contact?.Phone };
}

public sealed class ServiceForm
{
    public string Id { get; set; } = string.Empty;
    public string? Description { get; set; }
    public string? Processing { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Processing);
}

public sealed class LocationForm
{
    public string? ServiceId { get; set; }
    public string? CountryCode { get; set; }
    public string? Place { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(ServiceId) && string.IsNullOrWhiteSpace(CountryCode) && string.IsNullOrWhiteSpace(Place);
}

public sealed class TransferForm
{
    public string Id { get; set; } = string.Empty;
    public string? ServiceId { get; set; }
    public string? Description { get; set; }
    public string? CountryCode { get; set; }
    public string? InternationalOrganisation { get; set; }
    public string? Recipient { get; set; }
    public Safeguard? Safeguard { get; set; }
    public string? SafeguardDetails { get; set; }
    public string? SupplementaryMeasures { get; set; }
    public string? RecipientQualification { get; set; }

    public bool IsEmpty => Safeguard is null && new[] { ServiceId, Description, CountryCode, InternationalOrganisation, Recipient, SafeguardDetails, SupplementaryMeasures, RecipientQualification }.All(string.IsNullOrWhiteSpace);
}

public sealed class SubProcessorForm
{
    public string? Name { get; set; }
    public string? Processing { get; set; }
    public List<string> DataCategories { get; set; } = [];
    public string? ProcessingCountryCode { get; set; }
    public string? EstablishmentCountryCode { get; set; }

    public bool IsEmpty => DataCategories.Count == 0 && new[] { Name, Processing, ProcessingCountryCode, EstablishmentCountryCode }.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Bijlage 1 as the editor posts it. Rows are kept in the order shown, so that an error or a finding about
/// "Transfers[1]" is the second transfer on the page; empty rows are dropped before anything is checked.
/// </summary>
public sealed class PrivacyAnnexForm
{
    public ContactForm ProcessorContact { get; set; } = new();
    public List<ServiceForm> EssentialServices { get; set; } = [];
    public List<ServiceForm> OptionalServices { get; set; } = [];
    public List<string> Purposes { get; set; } = [];
    public List<string> ThirdParties { get; set; } = [];
    public string? OtherPurpose { get; set; }
    public List<string> DataCategories { get; set; } = [];

    /// <summary>The text of "anders, namelijk" per data category id.</summary>
    public Dictionary<string, string?> Notes { get; set; } = [];

    public string? Retention { get; set; }
    public List<LocationForm> Locations { get; set; } = [];
    public List<TransferForm> Transfers { get; set; } = [];
    public List<SubProcessorForm> SubProcessors { get; set; } = [];

    /// <summary>The draft version the editor read; none before the first save.</summary>
    public int? DraftVersion { get; set; }

    public void DropEmptyRows()
    {
        EssentialServices.RemoveAll(s => s.IsEmpty);
        OptionalServices.RemoveAll(s => s.IsEmpty);
        Locations.RemoveAll(l => l.IsEmpty);
        Transfers.RemoveAll(t => t.IsEmpty);
        SubProcessors.RemoveAll(s => s.IsEmpty);
    }

    public PrivacyAnnex ToAnnex() => new(
        ModelCatalog.ModelAgreement40,
        ProcessorContact.ToContact(),
        [.. EssentialServices.Select(s => new Service(s.Id, s.Description, s.Processing))],
        [.. OptionalServices.Select(s => new Service(s.Id, s.Description, s.Processing))],
        Purposes,
        ThirdParties,
        OtherPurpose,
        [.. DataCategories.Select(id => new DataCategoryChoice(id, Notes.GetValueOrDefault(id)))],
        Retention,
        [.. Locations.Select(l => new Location(l.ServiceId, l.CountryCode, l.Place))],
        [.. Transfers.Select(t => new Transfer(t.Id, t.ServiceId, t.Description, t.CountryCode, t.InternationalOrganisation, t.Recipient, t.Safeguard, t.SafeguardDetails, t.SupplementaryMeasures, t.RecipientQualification))],
        [.. SubProcessors.Select(s => new SubProcessor(s.Name, s.Processing, s.DataCategories, s.ProcessingCountryCode, s.EstablishmentCountryCode))]);

    public static PrivacyAnnexForm From(PrivacyAnnex annex, int? draftVersion) => new()
    {
        ProcessorContact = ContactForm.From(annex.ProcessorContact),
        EssentialServices = [.. annex.EssentialServices.Select(s => new ServiceForm { Id = s.Id, Description = s.Description, Processing = s.Processing })],
        OptionalServices = [.. annex.OptionalServices.Select(s => new ServiceForm { Id = s.Id, Description = s.Description, Processing = s.Processing })],
        Purposes = [.. annex.Purposes],
        ThirdParties = [.. annex.ThirdParties],
        OtherPurpose = annex.OtherPurpose,
        DataCategories = [.. annex.DataCategories.Select(c => c.Id)],
        Notes = annex.DataCategories.Where(c => c.Note is not null).ToDictionary(c => c.Id, c => c.Note),
        Retention = annex.Retention,
        Locations = [.. annex.Locations.Select(l => new LocationForm { ServiceId = l.ServiceId, CountryCode = l.CountryCode, Place = l.Place })],
        Transfers = [.. annex.Transfers.Select(t => new TransferForm
        {
            Id = t.Id, ServiceId = t.ServiceId, Description = t.Description, CountryCode = t.CountryCode, InternationalOrganisation = t.InternationalOrganisation,
            Recipient = t.Recipient, Safeguard = t.Safeguard, SafeguardDetails = t.SafeguardDetails, SupplementaryMeasures = t.SupplementaryMeasures, RecipientQualification = t.RecipientQualification,
        })],
        SubProcessors = [.. annex.SubProcessors.Select(s => new SubProcessorForm
        {
            Name = s.Name, Processing = s.Processing, DataCategories = [.. s.DataCategories], ProcessingCountryCode = s.ProcessingCountryCode, EstablishmentCountryCode = s.EstablishmentCountryCode,
        })],
        DraftVersion = draftVersion,
    };

    /// <summary>A new row's id: short, random, and kept across versions so that a board's decision can refer to it.</summary>
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
