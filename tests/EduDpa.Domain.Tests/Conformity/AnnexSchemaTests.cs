using System.Text.Json;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using static EduDpa.Domain.Tests.Conformity.Samples;

namespace EduDpa.Domain.Tests.Conformity;

public sealed class AnnexSchemaTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Export_then_import_gives_an_equal_annex()
    {
        var privacyJson = AnnexJson.Serialize(Privacy(), indented: true);
        var securityJson = AnnexJson.Serialize(Security(), indented: true);

        Assert.True(AnnexSchema.TryReadPrivacy(Parse(privacyJson), out var privacy, out _));
        Assert.True(AnnexSchema.TryReadSecurity(Parse(securityJson), out var security, out _));
        Assert.Equal(privacyJson, AnnexJson.Serialize(privacy, indented: true));
        Assert.Equal(securityJson, AnnexJson.Serialize(security, indented: true));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var json = AnnexJson.Serialize(Privacy())
            .Replace("\"retention\":", "\"colour\":\"blauw\",\"retention\":", StringComparison.Ordinal)
            .Replace("\"safeguard\":\"standardContractualClauses\"", "\"safeguard\":\"handshake\"", StringComparison.Ordinal)
            .Replace("\"number\":1", "\"number\":\"een\"", StringComparison.Ordinal)
            .Replace("\"date\":\"2026-11-01\"", "\"date\":\"1 november\"", StringComparison.Ordinal)
            .Replace("\"processingCountryCode\":\"NL\",", string.Empty, StringComparison.Ordinal);

        Assert.False(AnnexSchema.TryReadPrivacy(Parse(json), out var annex, out var errors));

        Assert.Null(annex);
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["Colour"] = [ValidationCodes.UnknownField],
                ["Transfers[0].Safeguard"] = [ValidationCodes.UnknownValue],
                ["SubProcessors[0].ProcessingCountryCode"] = [ValidationCodes.Required],
                ["Version.Number"] = [ValidationCodes.WrongType],
                ["Version.Date"] = [ValidationCodes.DateFormat],
            },
            errors.ByField.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    [Fact]
    public void Values_the_schema_accepts_still_pass_the_domains_checks()
    {
        var json = AnnexJson.Serialize(Privacy()).Replace("\"establishmentCountryCode\":\"US\"", "\"establishmentCountryCode\":\"XY\"", StringComparison.Ordinal);

        Assert.False(AnnexSchema.TryReadPrivacy(Parse(json), out _, out var errors));
        Assert.Equal([ValidationCodes.UnknownCountry], errors.ByField["SubProcessors[1].EstablishmentCountryCode"]);
    }

    [Fact]
    public void The_schema_is_closed_and_names_every_required_property()
    {
        var schema = AnnexSchema.For(AnnexKind.Security);

        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("rosa", schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["met", "notMet", "alternative", null], schema["properties"]!["rosa"]!["items"]!["properties"]!["compliance"]!["enum"]!.AsArray().Select(v => v?.GetValue<string>()));
    }
}
