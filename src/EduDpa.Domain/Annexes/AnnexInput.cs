using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// Checks an annex as it arrives (from the editor, the API or an imported file) for values that cannot be
/// right: unknown ids, countries and services, malformed e-mail addresses, phone numbers and web addresses,
/// texts that are too long. Gaps are not errors here: a draft may be incomplete, and the conformity check
/// says what is missing. Texts are trimmed, empty texts become null and empty rows are dropped.
/// </summary>
public static class AnnexInput
{
    public const int ShortText = 300;
    public const int LongText = 4000;

    public static bool TryPrivacy(PrivacyAnnex input, out PrivacyAnnex annex, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var template = TemplateFor(input.Model, errors)?.Privacy;

        var essential = CleanServices(input.EssentialServices, nameof(PrivacyAnnex.EssentialServices), errors);
        var optional = CleanServices(input.OptionalServices, nameof(PrivacyAnnex.OptionalServices), errors);
        var services = essential.Concat(optional).ToList();
        foreach (var duplicate in services.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var index = optional.FindIndex(s => s.Id == duplicate.Key);
            errors.Add(index >= 0 ? $"{nameof(PrivacyAnnex.OptionalServices)}[{index}].Id" : $"{nameof(PrivacyAnnex.EssentialServices)}[{essential.FindLastIndex(s => s.Id == duplicate.Key)}].Id", ValidationCodes.DuplicateId);
        }
        var serviceIds = services.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var purposes = Distinct(input.Purposes);
        var thirdParties = Distinct(input.ThirdParties);
        var categories = new List<DataCategoryChoice>();
        foreach (var choice in input.DataCategories)
        {
            var note = Long(choice.Note, ShortText, $"{nameof(PrivacyAnnex.DataCategories)}[{categories.Count}].Note", errors);
            var id = choice.Id.Trim();
            var existing = categories.FindIndex(c => c.Id == id);
            if (existing < 0)
            {
                categories.Add(new DataCategoryChoice(id, note));
            }
            else if (categories[existing].Note is null)
            {
                categories[existing] = new DataCategoryChoice(id, note);
            }
        }
        if (template is not null)
        {
            var purposeIds = template.Purposes.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            CheckKnown(purposes, purposeIds, nameof(PrivacyAnnex.Purposes), errors);
            CheckKnown(thirdParties, template.ThirdParties().Select(t => t.Id).ToHashSet(StringComparer.Ordinal), nameof(PrivacyAnnex.ThirdParties), errors);
            var categoryIds = template.DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < categories.Count; i++)
            {
                if (!categoryIds.Contains(categories[i].Id))
                {
                    errors.Add($"{nameof(PrivacyAnnex.DataCategories)}[{i}].Id", ValidationCodes.UnknownValue);
                }
            }
        }

        var locations = new List<Location>();
        foreach (var (location, i) in input.Locations.Select((l, i) => (l, i)))
        {
            var cleaned = new Location(Short(location.ServiceId, null, errors), Short(location.CountryCode, null, errors)?.ToUpperInvariant(), Short(location.Place, $"Locations[{i}].Place", errors));
            if (cleaned is { ServiceId: null, CountryCode: null, Place: null })
            {
                continue;
            }
            var path = $"{nameof(PrivacyAnnex.Locations)}[{locations.Count}]";
            CheckService(cleaned.ServiceId, serviceIds, $"{path}.ServiceId", errors);
            CheckCountry(cleaned.CountryCode, $"{path}.CountryCode", errors);
            locations.Add(cleaned);
        }

        var transfers = new List<Transfer>();
        foreach (var transfer in input.Transfers)
        {
            var path = $"{nameof(PrivacyAnnex.Transfers)}[{transfers.Count}]";
            var cleaned = new Transfer(
                Short(transfer.Id, null, errors) ?? string.Empty,
                Short(transfer.ServiceId, null, errors),
                Long(transfer.Description, LongText, $"{path}.Description", errors),
                Short(transfer.CountryCode, null, errors)?.ToUpperInvariant(),
                Short(transfer.InternationalOrganisation, $"{path}.InternationalOrganisation", errors),
                Short(transfer.Recipient, $"{path}.Recipient", errors),
                transfer.Safeguard,
                Long(transfer.SafeguardDetails, LongText, $"{path}.SafeguardDetails", errors),
                Long(transfer.SupplementaryMeasures, LongText, $"{path}.SupplementaryMeasures", errors),
                Short(transfer.RecipientQualification, $"{path}.RecipientQualification", errors));
            if (cleaned is { ServiceId: null, Description: null, CountryCode: null, InternationalOrganisation: null, Recipient: null, Safeguard: null, SafeguardDetails: null, SupplementaryMeasures: null, RecipientQualification: null })
            {
                continue;
            }
            if (cleaned.Id.Length == 0)
            {
                errors.Add($"{path}.Id", ValidationCodes.Required);
            }
            else if (transfers.Any(t => t.Id == cleaned.Id))
            {
                errors.Add($"{path}.Id", ValidationCodes.DuplicateId);
            }
            CheckService(cleaned.ServiceId, serviceIds, $"{path}.ServiceId", errors);
            CheckCountry(cleaned.CountryCode, $"{path}.CountryCode", errors);
            transfers.Add(cleaned);
        }

        var knownCategories = template?.DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var subProcessors = new List<SubProcessor>();
        foreach (var sub in input.SubProcessors)
        {
            var path = $"{nameof(PrivacyAnnex.SubProcessors)}[{subProcessors.Count}]";
            var cleaned = new SubProcessor(
                Short(sub.Name, $"{path}.Name", errors),
                Long(sub.Processing, LongText, $"{path}.Processing", errors),
                Distinct(sub.DataCategories),
                Short(sub.ProcessingCountryCode, null, errors)?.ToUpperInvariant(),
                Short(sub.EstablishmentCountryCode, null, errors)?.ToUpperInvariant());
            if (cleaned is { Name: null, Processing: null, DataCategories.Count: 0, ProcessingCountryCode: null, EstablishmentCountryCode: null })
            {
                continue;
            }
            if (knownCategories is not null)
            {
                CheckKnown(cleaned.DataCategories, knownCategories, $"{path}.DataCategories", errors);
            }
            CheckCountry(cleaned.ProcessingCountryCode, $"{path}.ProcessingCountryCode", errors);
            CheckCountry(cleaned.EstablishmentCountryCode, $"{path}.EstablishmentCountryCode", errors);
            subProcessors.Add(cleaned);
        }

        annex = new PrivacyAnnex(
            input.Model,
            Contact(input.ProcessorContact, nameof(PrivacyAnnex.ProcessorContact), errors),
            essential,
            optional,
            purposes,
            thirdParties,
            Long(input.OtherPurpose, LongText, nameof(PrivacyAnnex.OtherPurpose), errors),
            categories,
            Long(input.Retention, LongText, nameof(PrivacyAnnex.Retention), errors),
            locations,
            transfers,
            subProcessors,
            input.Version,
            General(input.General, errors));
        return errors.IsEmpty;
    }

    public static bool TrySecurity(SecurityAnnex input, out SecurityAnnex annex, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var template = TemplateFor(input.Model, errors)?.Security;

        var measures = new List<MeasureStatement>();
        foreach (var measure in input.Measures)
        {
            var path = $"{nameof(SecurityAnnex.Measures)}[{measures.Count}]";
            if (template is not null && template.Section("A").Measures!.All(m => m.Id != measure.Id))
            {
                errors.Add($"{path}.Id", ValidationCodes.UnknownValue);
            }
            else if (measures.Any(m => m.Id == measure.Id))
            {
                errors.Add($"{path}.Id", ValidationCodes.DuplicateId);
            }
            measures.Add(measure with { Explanation = Long(measure.Explanation, LongText, $"{path}.Explanation", errors) });
        }

        var rosa = new List<RosaAnswer>();
        foreach (var answer in input.Rosa)
        {
            var path = $"{nameof(SecurityAnnex.Rosa)}[{rosa.Count}]";
            if (template is not null && template.Section("B").Rows!.All(r => r.Id != answer.Id))
            {
                errors.Add($"{path}.Id", ValidationCodes.UnknownValue);
            }
            else if (rosa.Any(r => r.Id == answer.Id))
            {
                errors.Add($"{path}.Id", ValidationCodes.DuplicateId);
            }
            rosa.Add(answer with { Explanation = Long(answer.Explanation, LongText, $"{path}.Explanation", errors) });
        }

        var breach = Distinct(input.BreachInformation);
        if (template is not null)
        {
            CheckKnown(breach, template.Section("C").BreachInformation!.Select(b => b.Id).ToHashSet(StringComparer.Ordinal), nameof(SecurityAnnex.BreachInformation), errors);
        }

        var assessment = input.Assessment;
        var assessor = assessment.Assessor is { } a
            ? new Assessor(Short(a.Organisation, "Assessment.Assessor.Organisation", errors), Short(a.Name, "Assessment.Assessor.Name", errors), Short(a.Function, "Assessment.Assessor.Function", errors))
            : null;
        var loginPage = Short(assessment.LoginPageUrl, null, errors);
        if (loginPage is not null && !WebAddress.TryParse(loginPage, out _))
        {
            errors.Add("Assessment.LoginPageUrl", ValidationCodes.WebsiteFormat);
        }

        annex = new SecurityAnnex(
            input.Model,
            measures,
            new SecurityAssessment(assessment.Form, assessor is { Organisation: null, Name: null, Function: null } ? null : assessor, loginPage, assessment.Classification),
            rosa,
            breach,
            Contact(input.IncidentContact, nameof(SecurityAnnex.IncidentContact), errors),
            input.Version);
        return errors.IsEmpty;
    }

    /// <summary>A contact person: texts cleaned, e-mail and phone checked; null when nothing is filled in.</summary>
    public static ContactPerson? Contact(ContactPerson? input, string path, ValidationErrors errors)
    {
        if (input is null)
        {
            return null;
        }
        var contact = new ContactPerson(Short(input.Name, $"{path}.Name", errors), Short(input.Function, $"{path}.Function", errors), Short(input.Email, null, errors), Short(input.Phone, null, errors));
        if (contact.Email is { } email && !EmailAddress.TryParse(email, out _))
        {
            errors.Add($"{path}.Email", ValidationCodes.EmailFormat);
        }
        if (contact.Phone is { } phone && !PhoneNumber.IsValid(phone))
        {
            errors.Add($"{path}.Phone", ValidationCodes.PhoneFormat);
        }
        return contact.IsEmpty ? null : contact;
    }

    private static AnnexModels? TemplateFor(string model, ValidationErrors errors)
    {
        var found = ModelCatalog.Find(model);
        if (found is not { Kind: ModelDocument.ProcessingAgreementModel })
        {
            errors.Add(nameof(PrivacyAnnex.Model), ValidationCodes.UnknownModel);
            return null;
        }
        var annexes = found.AgreementParts.Annexes;
        return new AnnexModels(annexes.Privacy, annexes.Security);
    }

    private sealed record AnnexModels(PrivacyAnnexTemplate Privacy, SecurityAnnexTemplate Security);

    private static List<Service> CleanServices(IReadOnlyList<Service> input, string list, ValidationErrors errors)
    {
        var services = new List<Service>();
        foreach (var service in input)
        {
            var path = $"{list}[{services.Count}]";
            var cleaned = new Service(
                Short(service.Id, null, errors) ?? string.Empty,
                Long(service.Description, LongText, $"{path}.Description", errors),
                Long(service.Processing, LongText, $"{path}.Processing", errors));
            if (cleaned is { Description: null, Processing: null })
            {
                continue;
            }
            if (cleaned.Id.Length == 0)
            {
                errors.Add($"{path}.Id", ValidationCodes.Required);
            }
            services.Add(cleaned);
        }
        return services;
    }

    private static GeneralInformation? General(GeneralInformation? input, ValidationErrors errors)
    {
        if (input is null)
        {
            return null;
        }
        foreach (var (url, field) in new[] { (input.SupplierUrl, nameof(GeneralInformation.SupplierUrl)), (input.ProductUrl, nameof(GeneralInformation.ProductUrl)) })
        {
            if (url is not null && !WebAddress.TryParse(url, out _))
            {
                errors.Add($"{nameof(PrivacyAnnex.General)}.{field}", ValidationCodes.WebsiteFormat);
            }
        }
        return input with { Audience = [.. input.Audience.Distinct()], Users = [.. input.Users.Distinct()] };
    }

    private static void CheckService(string? serviceId, HashSet<string> known, string path, ValidationErrors errors)
    {
        if (serviceId is not null && !known.Contains(serviceId))
        {
            errors.Add(path, ValidationCodes.UnknownService);
        }
    }

    private static void CheckCountry(string? code, string path, ValidationErrors errors)
    {
        if (code is not null && Countries.Find(code) is null)
        {
            errors.Add(path, ValidationCodes.UnknownCountry);
        }
    }

    private static void CheckKnown(IReadOnlyList<string> ids, HashSet<string> known, string path, ValidationErrors errors)
    {
        if (ids.Any(id => !known.Contains(id)))
        {
            errors.Add(path, ValidationCodes.UnknownValue);
        }
    }

    private static List<string> Distinct(IReadOnlyList<string> ids) =>
        [.. ids.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A one-line text: white space collapsed; too long is an error when a path is given.</summary>
    private static string? Short(string? value, string? path, ValidationErrors errors)
    {
        var cleaned = Text.Clean(value);
        if (cleaned is not null && cleaned.Length > ShortText)
        {
            errors.Add(path ?? "Id", ValidationCodes.TooLong);
        }
        return cleaned;
    }

    /// <summary>A text that may have paragraphs: trimmed, line ends made uniform.</summary>
    private static string? Long(string? value, int maxLength, string? path, ValidationErrors errors)
    {
        var cleaned = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(cleaned))
        {
            return null;
        }
        if (cleaned.Length > maxLength && path is not null)
        {
            errors.Add(path, ValidationCodes.TooLong);
        }
        return cleaned;
    }
}
