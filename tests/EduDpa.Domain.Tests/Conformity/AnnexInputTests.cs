using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Reference;
using static EduDpa.Domain.Tests.Conformity.Samples;

namespace EduDpa.Domain.Tests.Conformity;

public sealed class AnnexInputTests
{
    [Fact]
    public void A_complete_annex_passes_unchanged()
    {
        Assert.True(AnnexInput.TryPrivacy(Privacy(), out var privacy, out _));
        Assert.Equal(AnnexJson.Serialize(Privacy()), AnnexJson.Serialize(privacy));
        Assert.True(AnnexInput.TrySecurity(Security(), out var security, out _));
        Assert.Equal(AnnexJson.Serialize(Security()), AnnexJson.Serialize(security));
    }

    [Fact]
    public void Values_that_cannot_be_right_are_refused_each_with_its_path()
    {
        var annex = Privacy() with
        {
            ProcessorContact = new ContactPerson("J. Jansen", "FG", "geen-adres", "bel me"),
            Purposes = ["E1", "E99"],
            DataCategories = [new DataCategoryChoice("F1-pupil-99")],
            Locations = [new Location("d9", "XX")],
            Transfers = [SupportTransfer, SupportTransfer with { CountryCode = "ZZ" }],
            SubProcessors = [new SubProcessor("Sub", "Hosting", ["F1-unknown"], "NL", "QQ")],
        };

        Assert.False(AnnexInput.TryPrivacy(annex, out _, out var errors));

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["ProcessorContact.Email"] = [ValidationCodes.EmailFormat],
                ["ProcessorContact.Phone"] = [ValidationCodes.PhoneFormat],
                ["Purposes"] = [ValidationCodes.UnknownValue],
                ["DataCategories[0].Id"] = [ValidationCodes.UnknownValue],
                ["Locations[0].ServiceId"] = [ValidationCodes.UnknownService],
                ["Locations[0].CountryCode"] = [ValidationCodes.UnknownCountry],
                ["Transfers[1].Id"] = [ValidationCodes.DuplicateId],
                ["Transfers[1].CountryCode"] = [ValidationCodes.UnknownCountry],
                ["SubProcessors[0].DataCategories"] = [ValidationCodes.UnknownValue],
                ["SubProcessors[0].EstablishmentCountryCode"] = [ValidationCodes.UnknownCountry],
            },
            errors.ByField.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    [Fact]
    public void Texts_are_trimmed_empty_rows_dropped_and_country_codes_upper_case()
    {
        var annex = Privacy() with
        {
            Retention = "  Een jaar.\r\n  ",
            Locations = [new Location("d1", "nl", "  Amsterdam "), new Location(" ", null, "")],
            SubProcessors = [new SubProcessor(null, " ", [], null, null)],
        };

        Assert.True(AnnexInput.TryPrivacy(annex, out var cleaned, out _));

        Assert.Equal("Een jaar.", cleaned.Retention);
        Assert.Equal(new Location("d1", "NL", "Amsterdam"), Assert.Single(cleaned.Locations));
        Assert.Empty(cleaned.SubProcessors);
    }

    [Fact]
    public void An_annex_of_an_unknown_model_is_refused()
    {
        Assert.False(AnnexInput.TrySecurity(Security() with { Model = "model-verwerkersovereenkomst-9.9" }, out _, out var errors));
        Assert.Equal([ValidationCodes.UnknownModel], errors.ByField["Model"]);
    }

    [Fact]
    public void A_security_annex_with_unknown_rows_or_a_malformed_login_page_is_refused()
    {
        var annex = Security() with
        {
            Rosa = [.. Security().Rosa, new RosaAnswer("B99", Compliance.Met)],
            Assessment = Security().Assessment with { LoginPageUrl = "inloggen" },
        };

        Assert.False(AnnexInput.TrySecurity(annex, out _, out var errors));
        Assert.Equal(["Assessment.LoginPageUrl", "Rosa[21].Id"], errors.ByField.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Wij tonen gepersonaliseerde advertenties", "advertenties")]
    [InlineData("Data is shared for targeted advertising.", "advertising")]
    [InlineData("Voor reclamedoeleinden", "reclamedoeleinden")]
    [InlineData("Het versturen van ongevraagde aanbiedingen", "ongevraagde aanbiedingen")]
    [InlineData("Geen reclame. Wel marketing via e-mail.", "marketing")]
    public void Advertising_wording_is_found_in_Dutch_and_English(string text, string phrase) =>
        Assert.Equal(phrase, AdvertisingLanguage.Find(text), ignoreCase: true);

    [Theory]
    [InlineData("Gegevens worden nooit voor reclame gebruikt.")]
    [InlineData("We do not use data for advertising.")]
    [InlineData("Downloads van lesmateriaal")]
    [InlineData(null)]
    public void Denied_or_unrelated_wording_is_not_advertising(string? text) =>
        Assert.Null(AdvertisingLanguage.Find(text));

    [Fact]
    public void The_reference_data_knows_the_eea_and_the_adequacy_decisions()
    {
        Assert.Equal(30, Countries.Eea.Count);
        Assert.True(Countries.IsEea("NO"));
        Assert.False(Countries.IsEea("CH"));
        Assert.Equal("Verenigde Staten", Countries.Find("US")!.Nl);
        Assert.True(Countries.AdequacyFor("US")!.IsPartial);
        Assert.False(Countries.AdequacyFor("CH")!.IsPartial);
        Assert.Null(Countries.AdequacyFor("IN"));
        Assert.Contains("2023/1795", Countries.AdequacyFor("US")!.Decision, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Countries.TransferSource.Version));
    }
}
