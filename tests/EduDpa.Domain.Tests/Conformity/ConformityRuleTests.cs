using EduDpa.Domain.Annexes;
using EduDpa.Domain.Conformity;
using static EduDpa.Domain.Tests.Conformity.Samples;

namespace EduDpa.Domain.Tests.Conformity;

/// <summary>Every rule of the catalogue, each in a situation where it fires and one where it stays silent.</summary>
public sealed class ConformityRuleTests
{
    private static IReadOnlyList<Finding> P(Func<PrivacyAnnex, PrivacyAnnex> change) => Check(privacy: change(Privacy()));

    private static IReadOnlyList<Finding> S(Func<SecurityAnnex, SecurityAnnex> change) => Check(security: change(Security()));

    private static IReadOnlyList<Finding> A(Func<AgreementCheck, AgreementCheck> change) => ConformityCheck.Agreement(change(Agreement()));

    private static SecurityAnnex Rosa(SecurityAnnex annex, string id, RosaAnswer? answer) =>
        annex with { Rosa = [.. annex.Rosa.Where(r => r.Id != id), .. answer is null ? Array.Empty<RosaAnswer>() : [answer]] };

    private static PrivacyAnnex WithTransfer(PrivacyAnnex annex, Transfer transfer) => annex with { Transfers = [transfer] };

    private static AgreementCheck WithProduct(AgreementCheck agreement, Func<ProductCheck, ProductCheck> change) =>
        agreement with { Products = [change(agreement.Products[0])] };

    private static readonly Dictionary<string, Func<IReadOnlyList<Finding>>> FiringCases = new()
    {
        ["R01|a location in the United Kingdom without a transfer"] = () => P(a => a with { Locations = [.. a.Locations, new Location("d2", "GB")] }),
        ["R01|a sub-processor processing in India without a transfer"] = () => P(a => a with { SubProcessors = [.. a.SubProcessors, new SubProcessor("Analyse Voorbeeld Pvt", "Analyse", ["F1-pupil-1"], "IN", "NL")] }),
        ["R01|a transfer that names no country"] = () => P(a => a with { Transfers = [.. a.Transfers, SupportTransfer with { Id = "t2", CountryCode = null }] }),
        ["R02|a transfer to India on an adequacy decision that does not exist"] = () => P(a => WithTransfer(a, SupportTransfer with { CountryCode = "IN", Safeguard = Safeguard.AdequacyDecision })),
        ["R02|a transfer without a safeguard"] = () => P(a => WithTransfer(a, SupportTransfer with { Safeguard = null })),
        ["R03|standard contractual clauses without supplementary measures"] = () => P(a => WithTransfer(a, SupportTransfer with { SupplementaryMeasures = null })),
        ["R04|the United States on the adequacy decision without a DPF certification"] = () => P(a => WithTransfer(a, SupportTransfer with { Safeguard = Safeguard.AdequacyDecision, SupplementaryMeasures = null })),
        ["R05|a transfer without the board's consent"] = () => A(g => WithProduct(g, p => p with { Choices = p.Choices! with { Transfers = [] } })),
        ["R05|consent given to the transfer before the supplier changed it"] = () => A(g => WithProduct(g, p => p with { Privacy = WithTransfer(p.Privacy!, SupportTransfer with { Recipient = "Ander Support Inc." }) })),
        ["R06|a sub-processor without its country of establishment"] = () => P(a => a with { SubProcessors = [a.SubProcessors[0] with { EstablishmentCountryCode = null }] }),
        ["R07|a sub-processor processing a birth date not ticked in F"] = () => P(a => a with { SubProcessors = [a.SubProcessors[0] with { DataCategories = ["F1-pupil-15"] }] }),
        ["R08|'other purposes' for personalised advertisements"] = () => P(a => a with { Purposes = [.. a.Purposes, "E22"], OtherPurpose = "Het tonen van gepersonaliseerde advertenties aan leerlingen" }),
        ["R08|a service that is used for targeted advertising"] = () => P(a => a with { OptionalServices = [Optional with { Processing = "Usage data is used for targeted advertising." }] }),
        ["R09|no purpose ticked"] = () => P(a => a with { Purposes = [] }),
        ["R09|'other purposes' ticked without saying which"] = () => P(a => a with { Purposes = [.. a.Purposes, "E22"] }),
        ["R10|no data category ticked"] = () => P(a => a with { DataCategories = [], SubProcessors = [] }),
        ["R10|'other personal data' ticked without saying which"] = () => P(a => a with { DataCategories = [.. a.DataCategories, new DataCategoryChoice("F1-pupil-30")] }),
        ["R11|data concerning health"] = () => P(a => a with { DataCategories = [.. a.DataCategories, new DataCategoryChoice("F1-pupil-19")] }),
        ["R12|the citizen service number"] = () => P(a => a with { DataCategories = [.. a.DataCategories, new DataCategoryChoice("F1-pupil-11")] }),
        ["R13|pupils identified without the ECK iD"] = () => P(a => a with { DataCategories = [.. a.DataCategories.Where(c => c.Id != "F1-pupil-13")] }),
        ["R13|signing without the ECK iD and without a Bijlage 3 entry"] = () => A(g => WithProduct(g, p => p with { Privacy = p.Privacy! with { DataCategories = [new DataCategoryChoice("F1-pupil-1")], SubProcessors = [] } })),
        ["R14|no retention periods in F2"] = () => P(a => a with { Retention = null }),
        ["R14|the board has not set the retention periods"] = () => A(g => WithProduct(g, p => p with { Choices = p.Choices! with { Retention = null } })),
        ["R14|the board adopted a proposal that has changed since"] = () => A(g => WithProduct(g, p => p with { Privacy = p.Privacy! with { Retention = "Vijf jaar." } })),
        ["R15|no essential service"] = () => P(a => a with { EssentialServices = [], Locations = [new Location("d2", "IE")], Transfers = [] }),
        ["R15|a service without its processing"] = () => P(a => a with { OptionalServices = [Optional with { Processing = null }] }),
        ["R16|an optional service the board has not decided on"] = () => A(g => WithProduct(g, p => p with { Choices = p.Choices! with { OptionalServices = [] } })),
        ["R16|a decision on an optional service the supplier has changed since"] = () => A(g => WithProduct(g, p => p with { Privacy = p.Privacy! with { OptionalServices = [Optional with { Processing = "Ook tonen aan de mentor" }] } })),
        ["R17|the processor's contact without e-mail or phone"] = () => P(a => a with { ProcessorContact = new ContactPerson("J. Jansen", "FG", null, null) }),
        ["R17|the board's contact missing at signing"] = () => A(g => g with { BoardContact = null }),
        ["R18|a privacy annex without version"] = () => P(a => a with { Version = null }),
        ["R18|a security annex without version"] = () => S(a => a with { Version = null }),
        ["R19|no general information"] = () => P(a => a with { General = null }),
        ["R19|no audience"] = () => P(a => a with { General = a.General! with { Audience = [] } }),
        ["R20|an optional service without a location"] = () => P(a => a with { Locations = [a.Locations[0]] }),
        ["R20|a location without a country"] = () => P(a => a with { Locations = [.. a.Locations, new Location("d1", null, "Rekencentrum")] }),
        ["R21|a standard measure neither affirmed nor explained"] = () => S(a => a with { Measures = [.. a.Measures.Select(m => m.Id == "A3" ? m with { Affirmed = false } : m)] }),
        ["R21|a standard measure left out"] = () => S(a => a with { Measures = [.. a.Measures.Where(m => m.Id != "A7")] }),
        ["R22|no form of assessment"] = () => S(a => a with { Assessment = a.Assessment with { Form = null } }),
        ["R22|an assessor without function"] = () => S(a => a with { Assessment = a.Assessment with { Assessor = a.Assessment.Assessor! with { Function = null } } }),
        ["R22|a classification without integrity"] = () => S(a => a with { Assessment = a.Assessment with { Classification = a.Assessment.Classification! with { Integrity = null } } }),
        ["R23|a ROSA row without compliance"] = () => S(a => Rosa(a, "B5", new RosaAnswer("B5", null))),
        ["R23|a ROSA row left out"] = () => S(a => Rosa(a, "B21", null)),
        ["R24|'Niet voldaan' without a date"] = () => S(a => Rosa(a, "B8", new RosaAnswer("B8", Compliance.NotMet, "Back-up wordt dagelijks getest vanaf het nieuwe platform."))),
        ["R24|'Niet voldaan' without an explanation"] = () => S(a => Rosa(a, "B8", new RosaAnswer("B8", Compliance.NotMet, null, new DateOnly(2027, 3, 1)))),
        ["R25|an alternative measure not described"] = () => S(a => Rosa(a, "B16", new RosaAnswer("B16", Compliance.Alternative))),
        ["R26|a high classification with only a self-assessment"] = () => S(a => a with { Assessment = a.Assessment with { Form = AssessmentForm.SelfAssessment } }),
        ["R27|a login page on http"] = () => S(a => a with { Assessment = a.Assessment with { LoginPageUrl = "http://login.leermiddel.example" } }),
        ["R28|an incident contact without phone"] = () => S(a => a with { IncidentContact = a.IncidentContact! with { Phone = null } }),
        ["R29|article 7.4 changed without a Bijlage 3 entry"] = () => A(g => g with { AgreedClauses = [new AgreedClause("7.4", "Partijen gebruiken geen KetenID.")] }),
        ["R29|a paragraph the model does not have"] = () => A(g => g with { AgreedClauses = [new AgreedClause("7.8", "Partijen spreken nog iets af.")] }),
        ["R30|breach information about encryption not committed to"] = () => S(a => a with { BreachInformation = [.. a.BreachInformation.Where(b => b != "C5")] }),
        ["R31|no incident contact of the board"] = () => A(g => g with { BoardIncidentContact = new ContactPerson("K. Smit", null, "ict@school.example", null) }),
        ["R32|a product without a published security annex"] = () => A(g => WithProduct(g, p => p with { Security = null })),
        ["R33|a transfer to Germany"] = () => P(a => a with { Transfers = [.. a.Transfers, SupportTransfer with { Id = "t2", CountryCode = "DE" }] }),
    };

    private static readonly Dictionary<string, Func<IReadOnlyList<Finding>>> SilentCases = new()
    {
        ["R01|a sub-processor in the United States covered by a transfer"] = () => Check(),
        ["R01|a sub-processor established in Ireland and processing in the Netherlands"] = () => P(a => a with { SubProcessors = [a.SubProcessors[0] with { EstablishmentCountryCode = "IE" }] }),
        ["R02|a transfer to Switzerland on its adequacy decision"] = () => P(a => WithTransfer(a, SupportTransfer with { CountryCode = "CH", Safeguard = Safeguard.AdequacyDecision })),
        ["R02|standard contractual clauses to the United States"] = () => Check(),
        ["R03|standard contractual clauses with supplementary measures"] = () => Check(),
        ["R04|the United States on the adequacy decision with the DPF certification named"] = () => P(a => WithTransfer(a, SupportTransfer with { Safeguard = Safeguard.AdequacyDecision, RecipientQualification = "Voorbeeld Support Inc., actief op de DPF-lijst" })),
        ["R05|every transfer consented to"] = () => ConformityCheck.Agreement(Agreement()),
        ["R06|complete sub-processors"] = () => Check(),
        ["R07|sub-processors within the ticked categories"] = () => Check(),
        ["R08|a description that rules advertising out"] = () => P(a => a with { EssentialServices = [Essential with { Processing = "Gegevens worden nooit voor reclame gebruikt en niet verkocht." }] }),
        ["R08|purposes without advertising"] = () => Check(),
        ["R09|'other purposes' with what they are"] = () => P(a => a with { Purposes = [.. a.Purposes, "E22"], OtherPurpose = "het bijhouden van leesplezier" }),
        ["R10|'other personal data' with what they are"] = () => P(a => a with { DataCategories = [.. a.DataCategories, new DataCategoryChoice("F1-pupil-30", "Avatar die de leerling kiest")] }),
        ["R11|no special categories"] = () => Check(),
        ["R12|no citizen service number"] = () => Check(),
        ["R13|pupils identified with the ECK iD"] = () => Check(),
        ["R13|a product for staff only"] = () => P(a => a with { DataCategories = [new DataCategoryChoice("F1-staff-1")], SubProcessors = [] }),
        ["R13|signing without the ECK iD with an accepted entry on article 7.4"] = () => A(g => WithProduct(g, p => p with { Privacy = p.Privacy! with { DataCategories = [new DataCategoryChoice("F1-pupil-1")], SubProcessors = [] } }) with { AmendedClauseIds = ["7.4"] }),
        ["R14|retention proposed and adopted"] = () => ConformityCheck.Agreement(Agreement()),
        ["R14|the board sets its own periods"] = () => A(g => WithProduct(g, p => p with { Choices = p.Choices! with { Retention = new RetentionChoice(false, "Twee jaar na uitschrijving.", null) } })),
        ["R15|an essential service with its processing"] = () => Check(),
        ["R16|every optional service decided"] = () => ConformityCheck.Agreement(Agreement()),
        ["R16|a declined optional service"] = () => A(g => WithProduct(g, p => p with { Choices = p.Choices! with { OptionalServices = [new ServiceDecision("d2", AnnexJson.Fingerprint(Optional), false, Now)] } })),
        ["R17|the processor's contact with only a phone number"] = () => P(a => a with { ProcessorContact = new ContactPerson("J. Jansen", "FG", null, "020 123 4567") }),
        ["R17|both contacts at signing"] = () => ConformityCheck.Agreement(Agreement()),
        ["R18|versions numbered and dated"] = () => Check(),
        ["R19|complete general information"] = () => Check(),
        ["R20|every service located"] = () => Check(),
        ["R21|a measure not affirmed but explained"] = () => S(a => a with { Measures = [.. a.Measures.Select(m => m.Id == "A3" ? m with { Affirmed = false, Explanation = "De taken liggen bij de directeur." } : m)] }),
        ["R22|a complete assessment"] = () => Check(),
        ["R23|every ROSA row answered"] = () => Check(),
        ["R24|'Niet voldaan' with how and when"] = () => S(a => Rosa(a, "B8", new RosaAnswer("B8", Compliance.NotMet, "Back-up wordt getest vanaf het nieuwe platform.", new DateOnly(2027, 3, 1)))),
        ["R25|an alternative measure described"] = () => S(a => Rosa(a, "B16", new RosaAnswer("B16", Compliance.Alternative, "Toegang tot het rekencentrum regelt de hostingpartij."))),
        ["R26|a high classification with an external audit"] = () => Check(),
        ["R26|a self-assessment with a medium classification"] = () => S(a => a with { Assessment = a.Assessment with { Form = AssessmentForm.SelfAssessment, Classification = new BivClassification(BivLevel.Medium, BivLevel.Medium, BivLevel.Low) } }),
        ["R27|a login page on https"] = () => Check(),
        ["R27|no login page"] = () => S(a => a with { Assessment = a.Assessment with { LoginPageUrl = null } }),
        ["R28|an incident contact with e-mail and phone"] = () => Check(),
        ["R29|article 7.4 changed with an accepted Bijlage 3 entry"] = () => A(g => g with { AgreedClauses = [new AgreedClause("7.4", "Partijen gebruiken geen KetenID.")], AmendedClauseIds = ["7.4"] }),
        ["R29|the model's text with other white space"] = () => A(g => g with { AgreedClauses = [new AgreedClause("8.1", "Beide  Partijen hebben een passend beleid\nvoor de omgang met Datalekken. ")] }),
        ["R30|all breach information committed to"] = () => Check(),
        ["R31|the board's incident contact"] = () => ConformityCheck.Agreement(Agreement()),
        ["R32|published annexes"] = () => ConformityCheck.Agreement(Agreement()),
        ["R33|no transfer inside the EEA"] = () => Check(),
    };

    public static TheoryData<string> Firing => [.. FiringCases.Keys];

    public static TheoryData<string> Silent => [.. SilentCases.Keys];

    [Theory]
    [MemberData(nameof(Firing))]
    public void The_rule_fires(string situation)
    {
        var rule = ConformityRules.Find(situation[..3])!;
        var findings = FiringCases[situation]();

        var found = findings.Where(f => f.RuleId == rule.Id).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, finding =>
        {
            Assert.Contains(rule.Severities, s => s.Stage == finding.Stage && s.Severity == finding.Severity);
            Assert.Equal(rule.Reference, finding.Reference);
            Assert.False(string.IsNullOrWhiteSpace(finding.Message.Nl));
            Assert.False(string.IsNullOrWhiteSpace(finding.Message.En));
        });
    }

    [Theory]
    [MemberData(nameof(Silent))]
    public void The_rule_stays_silent(string situation) =>
        Assert.DoesNotContain(SilentCases[situation](), f => f.RuleId == situation[..3]);

    [Fact]
    public void Every_rule_has_a_situation_where_it_fires_and_one_where_it_stays_silent()
    {
        foreach (var rule in ConformityRules.All)
        {
            Assert.Contains(FiringCases.Keys, k => k.StartsWith(rule.Id + "|", StringComparison.Ordinal));
            Assert.Contains(SilentCases.Keys, k => k.StartsWith(rule.Id + "|", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Complete_annexes_and_a_settled_agreement_have_no_findings()
    {
        Assert.Empty(Check());
        Assert.Empty(ConformityCheck.Agreement(Agreement()));
    }

    [Fact]
    public void Every_rule_cites_the_model_or_the_avg_and_has_a_unique_id()
    {
        Assert.Equal(ConformityRules.All.Count, ConformityRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ConformityRules.All, r => Assert.Matches(@"^(artikel \d+|Bijlage [12]|AVG|UAVG)", r.Reference));
    }

    [Fact]
    public void The_eck_id_rule_asks_attention_on_the_annex_and_blocks_signing()
    {
        var withoutEckId = Privacy() with { DataCategories = [new DataCategoryChoice("F1-pupil-1")], SubProcessors = [] };

        Assert.Equal(Severity.Attention, Assert.Single(Check(privacy: withoutEckId), f => f.RuleId == "R13").Severity);
        var atSigning = ConformityCheck.Agreement(Agreement(withoutEckId)).Where(f => f.RuleId == "R13").ToList();
        Assert.Contains(atSigning, f => f is { Stage: CheckStage.Signing, Severity: Severity.Error, Field: "Agreement.Clauses[7.4]" });
    }

    [Fact]
    public void A_finding_names_the_field_it_concerns_and_the_country()
    {
        var annex = Privacy() with { SubProcessors = [.. Privacy().SubProcessors, new SubProcessor("Analyse Voorbeeld Pvt", "Analyse", ["F1-pupil-1"], "IN", "NL")] };

        var finding = Assert.Single(Check(privacy: annex), f => f.RuleId == "R01");

        Assert.Equal("Privacy.SubProcessors[2].ProcessingCountryCode", finding.Field);
        Assert.Contains("India", finding.Message.Nl, StringComparison.Ordinal);
        Assert.Contains("India", finding.Message.En, StringComparison.Ordinal);
    }
}
