using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Changes;

/// <summary>What a supplier fills in to announce a sub-processor change; field names are the error paths.</summary>
public sealed record SubProcessorEditInput(
    SubProcessorAction? Action,
    string? Existing,
    string? Name,
    string? Processing,
    IReadOnlyList<string>? DataCategories,
    string? ProcessingCountryCode,
    string? EstablishmentCountryCode,
    string? TransferServiceId,
    string? TransferDescription,
    Safeguard? TransferSafeguard,
    string? TransferSafeguardDetails,
    string? TransferSupplementaryMeasures,
    string? TransferRecipientQualification);

/// <summary>
/// One intended change to section H of a privacy annex (art. 11.2): a sub-processor added, one replacing an
/// existing one, or one leaving. A new sub-processor outside the EEA brings the transfers of section G it needs
/// (one per country outside the EEA the annex has no transfer to yet), with the safeguard the supplier gives.
/// </summary>
public sealed record SubProcessorEdit(SubProcessorAction Action, string? Existing, SubProcessor? New, IReadOnlyList<Transfer> Transfers)
{
    public const int ShortText = AnnexInput.ShortText;
    public const int LongText = AnnexInput.LongText;

    /// <summary>The annex with the change made: the sub-processor in place of (or after) the one it replaces, and its transfers added.</summary>
    public PrivacyAnnex ApplyTo(PrivacyAnnex annex)
    {
        var subs = annex.SubProcessors.ToList();
        var at = Existing is null ? -1 : subs.FindIndex(s => SameName(s.Name, Existing));
        switch (Action)
        {
            case SubProcessorAction.Add:
                subs.Add(New!);
                break;
            case SubProcessorAction.Replace:
                subs[at] = New!;
                break;
            case SubProcessorAction.Remove:
                subs.RemoveAt(at);
                break;
        }
        return annex with { SubProcessors = subs, Transfers = [.. annex.Transfers, .. Transfers] };
    }

    /// <summary>
    /// The same change made in the supplier's open draft, which started from an older version: what is already
    /// there is left alone (a sub-processor it already has is not added twice, one it no longer has is not removed).
    /// </summary>
    public PrivacyAnnex ApplyToDraft(PrivacyAnnex draft)
    {
        var subs = draft.SubProcessors.ToList();
        var at = Existing is null ? -1 : subs.FindIndex(s => SameName(s.Name, Existing));
        if (Action == SubProcessorAction.Remove)
        {
            if (at >= 0)
            {
                subs.RemoveAt(at);
            }
        }
        else if (at >= 0 && Action == SubProcessorAction.Replace)
        {
            subs[at] = New!;
        }
        else if (!subs.Any(s => SameName(s.Name, New!.Name)))
        {
            subs.Add(New!);
        }
        var transfers = Transfers.Where(t => !draft.Transfers.Any(d => d.CountryCode == t.CountryCode));
        return draft with { SubProcessors = subs, Transfers = [.. draft.Transfers, .. transfers] };
    }

    /// <summary>
    /// Checks the input against the annex it changes (the newest published version) and builds the edit; every
    /// problem is named in <paramref name="errors"/>. <paramref name="newTransferId"/> gives ids for new transfers.
    /// </summary>
    public static SubProcessorEdit? Parse(SubProcessorEditInput input, PrivacyAnnex annex, Func<string> newTransferId, ValidationErrors errors)
    {
        if (input.Action is not { } action || !Enum.IsDefined(action))
        {
            errors.Add(nameof(input.Action), input.Action is null ? ValidationCodes.Required : ValidationCodes.UnknownValue);
            return null;
        }
        string? existing = null;
        if (action is SubProcessorAction.Replace or SubProcessorAction.Remove)
        {
            existing = Text.Clean(input.Existing);
            if (existing is null)
            {
                errors.Add(nameof(input.Existing), ValidationCodes.Required);
            }
            else if (!annex.SubProcessors.Any(s => SameName(s.Name, existing)))
            {
                errors.Add(nameof(input.Existing), ChangeCodes.UnknownSubProcessor);
            }
        }
        if (action == SubProcessorAction.Remove)
        {
            return errors.IsEmpty ? new SubProcessorEdit(action, existing, null, []) : null;
        }

        var name = Text.Required(input.Name, nameof(input.Name), ShortText, errors);
        if (name.Length > 0 && annex.SubProcessors.Any(s => SameName(s.Name, name)) && !(action == SubProcessorAction.Replace && SameName(name, existing)))
        {
            errors.Add(nameof(input.Name), ChangeCodes.SubProcessorExists);
        }
        var processing = Text.Required(input.Processing, nameof(input.Processing), LongText, errors);
        var categories = (input.DataCategories ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ticked = annex.DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (categories.Count == 0)
        {
            errors.Add(nameof(input.DataCategories), ValidationCodes.Required);
        }
        else if (categories.Any(c => !ticked.Contains(c)))
        {
            errors.Add(nameof(input.DataCategories), ChangeCodes.NotInSectionF);
        }
        var processingCountry = Country(input.ProcessingCountryCode, nameof(input.ProcessingCountryCode), errors);
        var establishmentCountry = Country(input.EstablishmentCountryCode, nameof(input.EstablishmentCountryCode), errors);
        var sub = new SubProcessor(name, processing, categories, processingCountry, establishmentCountry);

        // Transfers already in the annex for a country the replaced sub-processor used stay; new countries need one.
        var needed = new[] { processingCountry, establishmentCountry }
            .OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(code => Countries.Find(code) is not null && !Countries.IsEea(code) && !annex.Transfers.Any(t => t.CountryCode == code))
            .ToList();
        var transfers = new List<Transfer>();
        if (needed.Count > 0)
        {
            var serviceId = Text.Clean(input.TransferServiceId);
            if (serviceId is null)
            {
                errors.Add(nameof(input.TransferServiceId), ChangeCodes.TransferNeeded);
            }
            else if (annex.FindService(serviceId) is null)
            {
                errors.Add(nameof(input.TransferServiceId), ValidationCodes.UnknownService);
            }
            var description = Text.Required(input.TransferDescription, nameof(input.TransferDescription), LongText, errors);
            if (input.TransferSafeguard is not { } safeguard || !Enum.IsDefined(safeguard))
            {
                errors.Add(nameof(input.TransferSafeguard), input.TransferSafeguard is null ? ChangeCodes.TransferNeeded : ValidationCodes.UnknownValue);
            }
            var details = Text.Optional(input.TransferSafeguardDetails, nameof(input.TransferSafeguardDetails), LongText, errors);
            var measures = Text.Optional(input.TransferSupplementaryMeasures, nameof(input.TransferSupplementaryMeasures), LongText, errors);
            var qualification = Text.Optional(input.TransferRecipientQualification, nameof(input.TransferRecipientQualification), ShortText, errors);
            transfers.AddRange(needed.Select(code => new Transfer(newTransferId(), serviceId, description, code, null, name, input.TransferSafeguard, details, measures, qualification)));
        }
        return errors.IsEmpty ? new SubProcessorEdit(action, existing, sub, transfers) : null;
    }

    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Country(string? code, string field, ValidationErrors errors)
    {
        var cleaned = Text.Clean(code)?.ToUpperInvariant();
        if (cleaned is null)
        {
            errors.Add(field, ValidationCodes.Required);
        }
        else if (Countries.Find(cleaned) is null)
        {
            errors.Add(field, ValidationCodes.UnknownCountry);
        }
        return cleaned;
    }
}
