using System.Text.Json;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Tests;

public sealed class AnalysisTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly Actor Author = new(Guid.NewGuid(), "Anna Analist");
    private static readonly Actor Second = new(Guid.NewGuid(), "Bram Beoordelaar");
    private const string Model = ModelCatalog.ModelAgreement40;
    private const string Convenant = ModelCatalog.Convenant20;

    public static AnalysisDocument Sample(params AnalysisRow[] extra) => new("Voorwaarden Kantoorwolk", new AnalysisVendor("Kantoorwolk Voorbeeld B.V. (fictief)"),
        [Model, Convenant],
        [
            new(Model, "4", "Algemene voorwaarden art. 2", null, "Komt overeen.", Verdict.Conform),
            new(Model, "7.4", "Beveiligingsparagraaf", "Wij hebben ISO 27001.", "Geen ECK iD.", Verdict.Attention, "Maak aanvullende afspraken over het ECK iD."),
            new(Convenant, "8.1 t/m 8.6", null, null, "Gaat over het convenant zelf.", Verdict.NotApplicable),
            .. extra,
        ],
        [new VendorDocument("Online Voorwaarden", "2026-10", "https://kantoorwolk.example/voorwaarden")], ["Sectorbureau (fictief)"]);

    private static TermsAnalysis Published()
    {
        var analysis = TermsAnalysis.Start(Sample(), Author, Now);
        analysis.Submit(Author, Now);
        analysis.Review(Second, null, Now);
        analysis.Publish(Second, Now);
        return analysis;
    }

    [Fact]
    public void A_draft_goes_to_review_a_second_analyst_reviews_and_it_is_published_then_withdrawn()
    {
        var analysis = TermsAnalysis.Start(Sample(), Author, Now);
        Assert.Equal((AnalysisState.Draft, 1, 1), (analysis.State, analysis.Number, analysis.Version));

        analysis.Submit(Author, Now);
        Assert.Equal(AnalysisState.InReview, analysis.State);
        Assert.Equal("Reviewer", Assert.Throws<DomainRuleViolation>(() => analysis.Publish(Author, Now)).Field);
        Assert.Equal(AnalysisCodes.ReviewerIsAuthor, Assert.Throws<DomainRuleViolation>(() => analysis.Review(Author, null, Now)).Code);

        analysis.Review(Second, "Nagekeken.", Now);
        analysis.Publish(Second, Now.AddHours(1));
        Assert.Equal((AnalysisState.Published, Now.AddHours(1)), (analysis.State, analysis.PublishedAt));
        Assert.True(analysis.IsCurrent);
        Assert.Throws<DomainRuleViolation>(() => analysis.Edit(Sample(), Author, Now));

        Assert.Equal("Reason", Assert.Throws<DomainRuleViolation>(() => analysis.Withdraw(Author, " ", Now)).Field);
        analysis.Withdraw(Author, "De leverancier heeft de voorwaarden ingetrokken.", Now);
        Assert.Equal(AnalysisState.Withdrawn, analysis.State);
        Assert.True(analysis.IsPublic);
        Assert.False(analysis.IsCurrent);
        Assert.Equal([AnalysisStep.Started, AnalysisStep.Submitted, AnalysisStep.Reviewed, AnalysisStep.Published, AnalysisStep.Withdrawn], analysis.History.Select(h => h.Step));
    }

    [Fact]
    public void Publishing_a_draft_is_refused_naming_the_reviewer_and_a_returned_review_no_longer_counts()
    {
        var analysis = TermsAnalysis.Start(Sample(), Author, Now);
        Assert.Equal("Reviewer", Assert.Throws<DomainRuleViolation>(() => analysis.Publish(Second, Now)).Field);

        analysis.Submit(Author, Now);
        analysis.Review(Second, null, Now);
        Assert.Equal("Comment", Assert.Throws<DomainRuleViolation>(() => analysis.ReturnToDraft(Second, null, Now)).Field);
        analysis.ReturnToDraft(Second, "Artikel 7.4 opnieuw bekijken.", Now);
        Assert.Equal((AnalysisState.Draft, (Guid?)null), (analysis.State, analysis.ReviewerId));
        analysis.Submit(Author, Now);
        Assert.Equal("Reviewer", Assert.Throws<DomainRuleViolation>(() => analysis.Publish(Second, Now)).Field);
    }

    [Fact]
    public void An_attention_row_without_action_and_unknown_or_uncovered_references_are_refused_per_row()
    {
        var document = Sample(
            new AnalysisRow(Model, "8.2", null, null, null, Verdict.Attention, " "),
            new AnalysisRow(Model, "7.99"),
            new AnalysisRow(ModelCatalog.ModelAgreement20, "3.1"),
            new AnalysisRow(Model, "7.4 "));

        var errors = new ValidationErrors();
        AnalysisContent.Check(document, errors, out var unknown);

        Assert.Equal([ValidationCodes.Required], errors.ByField["Rows[3].Action"]);
        Assert.Equal([AnalysisCodes.UnknownReference], errors.ByField["Rows[4].Reference"]);
        Assert.Equal([AnalysisCodes.NotCovered], errors.ByField["Rows[5].Framework"]);
        Assert.Equal([AnalysisCodes.DuplicateRow], errors.ByField["Rows[6].Reference"]);
        Assert.Equal([$"{Model}: 7.99"], unknown);
        Assert.Throws<DomainRuleViolation>(() => TermsAnalysis.Start(document, Author, Now));
    }

    [Fact]
    public void Rows_are_kept_in_the_frameworks_reading_order_with_references_as_the_sector_writes_them()
    {
        var analysis = TermsAnalysis.Start(Sample(new AnalysisRow(Model, "1.a"), new AnalysisRow(Convenant, "3.1 - 3.4")), Author, Now);

        Assert.Equal(["1.a", "4", "7.4", "3.1 t/m 3.4", "8.1 t/m 8.6"], analysis.Rows.Select(r => r.Reference));
        Assert.Equal(["Rows[0].Verdict", "Rows[3].Verdict"], Assert.Throws<DomainRuleViolation>(() => analysis.Submit(Author, Now)).ToErrors().ByField.Keys);
        Assert.Equal(AnalysisState.Draft, analysis.State);
        Assert.False(ArticleReference.Parse("8.6 t/m 8.1")!.ResolvesIn(ModelCatalog.Get(Convenant)));
        Assert.False(ArticleReference.Parse("7.1 t/m 8.1")!.ResolvesIn(ModelCatalog.Get(Model)));
    }

    [Fact]
    public void The_summary_counts_each_verdict_per_framework_and_lists_the_attention_items()
    {
        var summaries = TermsAnalysis.Start(Sample(new AnalysisRow(Model, "8.2", Verdict: Verdict.Conform), new AnalysisRow(Model, "9.1")), Author, Now).Summaries;

        Assert.Equal([Model, Convenant], summaries.Select(s => s.FrameworkId));
        Assert.Equal((2, 1, 0, 1, 4), (summaries[0].Conform, summaries[0].Attention, summaries[0].NotApplicable, summaries[0].Unassessed, summaries[0].Total));
        Assert.Equal("7.4", Assert.Single(summaries[0].AttentionItems).Reference);
        Assert.Equal((0, 0, 1), (summaries[1].Conform, summaries[1].Attention, summaries[1].NotApplicable));
        Assert.Equal("Model Verwerkersovereenkomst 4.0", summaries[0].Title);
    }

    [Fact]
    public void A_new_version_starts_from_the_published_one_and_the_difference_shows_the_changed_verdicts()
    {
        var first = Published();
        var second = first.StartNewVersion(Second, Now);
        Assert.Equal((2, first.SeriesId, first.Id, AnalysisState.Draft), (second.Number, second.SeriesId, second.PreviousId, second.State));
        Assert.Equal(first.Rows, second.Rows);

        var rows = second.Content.Rows.Select(r => r.Reference == "7.4" ? r with { Verdict = Verdict.Conform, Action = null } : r).Where(r => r.Reference != "4")
            .Append(new AnalysisRow(Model, "9.1", Verdict: Verdict.Attention, Action: "Vraag de termijn na."));
        second.Edit(second.Content with { Rows = [.. rows] }, Second, Now);

        var changes = AnalysisDifference.Between(first.Rows, second.Rows);
        Assert.Equal([("7.4", Verdict.Attention, Verdict.Conform), ("9.1", null, Verdict.Attention), ("4", Verdict.Conform, null)],
            changes.Select(c => (c.Reference, c.Before, c.After)));

        second.Submit(Second, Now);
        second.Review(Author, null, Now);
        second.Publish(Author, Now);
        first.Supersede(second, Now);
        Assert.False(first.IsCurrent);
        Assert.Equal(AnalysisCodes.WrongState, Assert.Throws<DomainRuleViolation>(() => first.StartNewVersion(Author, Now)).Code);
    }

    [Fact]
    public void A_board_decides_with_a_measure_for_an_attention_item_and_without_rationale_is_refused()
    {
        var analysis = Published();
        var board = Guid.NewGuid();
        var measures = new List<MeasureInput> { new(Model, "7.4", "Wij spreken het ECK iD schriftelijk af."), new(Model, "4", "") };

        var refused = Assert.Throws<DomainRuleViolation>(() => AnalysisDecision.Record(analysis, board,
            new DecisionInput(DecisionOutcome.AcceptWithMeasures, Today.AddDays(1), "A. Admin", null, " ", []), Author, Today, Now)).ToErrors().ByField;
        Assert.Equal(["DecidedOn", "DecidedByFunction", "Rationale", "Measures"], refused.Keys);

        var notAnItem = Assert.Throws<DomainRuleViolation>(() => AnalysisDecision.Record(analysis, board,
            new DecisionInput(DecisionOutcome.AcceptWithMeasures, Today, "A. Admin", "voorzitter", "Afgewogen.", [new(Model, "4", "Iets.")]), Author, Today, Now));
        Assert.Equal("Measures[0].Reference", notAnItem.Field);

        var decision = AnalysisDecision.Record(analysis, board, new DecisionInput(DecisionOutcome.AcceptWithMeasures, Today, "A. Admin", "voorzitter", "Afgewogen.", measures), Author, Today, Now);
        Assert.Equal((analysis.Id, analysis.SeriesId, 1, "Kantoorwolk Voorbeeld B.V. (fictief)"), (decision.AnalysisId, decision.SeriesId, decision.AnalysisNumber, decision.VendorName));
        Assert.Equal("7.4", Assert.Single(decision.Measures).Reference);
        Assert.True(decision.AcceptsTerms);

        decision.Revise(analysis, new DecisionInput(DecisionOutcome.DoNotAccept, Today, "A. Admin", "voorzitter", "Toch niet.", []), Second, Today, Now);
        Assert.False(decision.AcceptsTerms);
        Assert.Equal(2, decision.Version);
    }

    [Fact]
    public void A_board_decides_only_on_the_current_published_version()
    {
        var input = new DecisionInput(DecisionOutcome.Accept, Today, "A. Admin", "voorzitter", "Afgewogen.", []);
        var draft = TermsAnalysis.Start(Sample(), Author, Now);
        Assert.Equal(AnalysisCodes.NotPublished, Assert.Throws<DomainRuleViolation>(() => AnalysisDecision.Record(draft, Guid.NewGuid(), input, Author, Today, Now)).Code);

        var first = Published();
        var second = first.StartNewVersion(Author, Now);
        second.Submit(Author, Now);
        second.Review(Second, null, Now);
        second.Publish(Second, Now);
        first.Supersede(second, Now);
        Assert.Equal(AnalysisCodes.Superseded, Assert.Throws<DomainRuleViolation>(() => AnalysisDecision.Record(first, Guid.NewGuid(), input, Author, Today, Now)).Code);
    }

    [Fact]
    public void The_json_of_an_analysis_reads_back_and_the_schema_names_each_problem()
    {
        var json = AnalysisJson.Serialize(Sample());
        Assert.True(AnalysisJson.TryRead(JsonDocument.Parse(json).RootElement, out var read, out _));
        Assert.Equal(Sample().Rows, read!.Rows);
        Assert.Contains("\"notApplicable\"", json, StringComparison.Ordinal);

        var bad = JsonDocument.Parse("""{"title": "x", "vendor": {"name": "y"}, "frameworks": [], "rows": [{"framework": "f", "reference": 7, "verdict": "green", "extra": 1}]}""").RootElement;
        Assert.False(AnalysisJson.TryRead(bad, out _, out var errors));
        Assert.Equal(["Rows[0].Reference", "Rows[0].Verdict", "Rows[0].Extra"], errors.ByField.Keys);
        Assert.Equal("object", AnalysisJson.Schema()["type"]!.GetValue<string>());
    }
}
