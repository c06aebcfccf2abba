using System.Globalization;
using EduDpa.Domain.Organisations;

namespace EduDpa.Domain.Agreements;

/// <summary>
/// The parties' details for the model's fields, taken from the organisations and the agreement. A field
/// without a value (no representative yet, no contract date) is missing and shows the model's placeholder.
/// </summary>
public sealed class AgreementFieldValues(IReadOnlyDictionary<string, string?> values)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public IReadOnlyDictionary<string, string?> Values { get; } = values;

    public static AgreementFieldValues From(ProcessingAgreement agreement, Organisation board, Organisation processor)
    {
        var schools = agreement.CoversAllSchools ? board.Schools : board.Schools.Where(s => agreement.SchoolIds.Contains(s.Id));
        var brins = string.Join(", ", schools.Select(s => s.Brin.Value).Order(StringComparer.Ordinal));
        return new AgreementFieldValues(new Dictionary<string, string?>
        {
            ["controller.legalEntityName"] = board.Name,
            ["controller.legalEntityKvk"] = board.KvkNumber.Value,
            ["controller.name"] = board.Name,
            ["controller.kvk"] = board.KvkNumber.Value,
            ["controller.brin"] = brins.Length == 0 ? null : brins,
            ["controller.street"] = board.Address.Street,
            ["controller.postcode"] = board.Address.Postcode.Value,
            ["controller.city"] = board.Address.City,
            ["controller.representative"] = agreement.BoardRepresentative?.ToString(),
            ["processor.name"] = processor.Name,
            ["processor.kvk"] = processor.KvkNumber.Value,
            ["processor.street"] = processor.Address.Street,
            ["processor.postcode"] = processor.Address.Postcode.Value,
            ["processor.city"] = processor.Address.City,
            ["processor.representative"] = agreement.ProcessorRepresentative?.ToString(),
            ["contract.date"] = agreement.Contract.Date?.ToString("d MMMM yyyy", Dutch),
            ["contract.description"] = agreement.Contract.Description,
        });
    }

    /// <summary>The value for a field, or the model's published placeholder when there is none.</summary>
    public (string Text, bool Filled) For(string key, Models.ModelDocument model) =>
        Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? (value, true) : (model.Field(key).Published, false);

    public IEnumerable<string> Missing => Values.Where(v => string.IsNullOrWhiteSpace(v.Value)).Select(v => v.Key);
}
