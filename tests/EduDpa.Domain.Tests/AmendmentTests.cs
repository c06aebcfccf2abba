using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using static EduDpa.Domain.Tests.AgreementTests;

namespace EduDpa.Domain.Tests;

public sealed class AmendmentTests
{
    private static readonly ModelDocument Model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);

    private static Amendment Propose(ProcessingAgreement agreement, string clause = "7.4", AmendmentKind kind = AmendmentKind.Change,
        string? text = "Nieuwe tekst.", string? reason = "Omdat het moet.", PartyRole by = PartyRole.Processor, IEnumerable<Amendment>? existing = null) =>
        Amendment.Propose(agreement, by, clause, kind, text, reason, processorIsDistributor: false, existing ?? [], User, "iemand@test.example", Now);

    [Fact]
    public void A_proposal_names_an_existing_clause_that_applies_and_gives_a_text_and_a_reason()
    {
        var agreement = Draft(Board(), Processor());

        Assert.Equal(AgreementCodes.UnknownClause, Assert.Throws<DomainRuleViolation>(() => Propose(agreement, clause: "7.9")).Code);
        Assert.Equal(AgreementCodes.ClauseNotApplicable, Assert.Throws<DomainRuleViolation>(() => Propose(agreement, clause: "5.5.a")).Code);
        var empty = Assert.Throws<AmendmentInputException>(() => Propose(agreement, text: " ", reason: null));
        Assert.Equal(["NewText", "Reason"], empty.Errors.ByField.Keys.Order());
        var same = Assert.Throws<AmendmentInputException>(() => Propose(agreement, text: "  " + Model.FindClause("7.4")!.Text.Replace(" ", "  ", StringComparison.Ordinal)));
        Assert.Equal([AgreementCodes.SameAsCurrent], same.Errors.ByField["NewText"]);
    }

    [Fact]
    public void A_proposal_keeps_the_models_text_as_the_current_text()
    {
        var amendment = Propose(Draft(Board(), Processor()), clause: "1.k");

        Assert.Equal(Model.FindClause("1.k")!.Text, amendment.CurrentText);
        Assert.Equal(AmendmentState.Proposed, amendment.State);
        Assert.Equal(AmendmentEventKind.Proposed, Assert.Single(amendment.History).Kind);
    }

    [Fact]
    public void One_clause_has_one_open_or_accepted_change_and_one_addition()
    {
        var agreement = Draft(Board(), Processor());
        var first = Propose(agreement);

        Assert.Equal(AgreementCodes.AlreadyAmended, Assert.Throws<DomainRuleViolation>(() => Propose(agreement, existing: [first], by: PartyRole.Controller)).Code);
        var addition = Propose(agreement, kind: AmendmentKind.Addition, existing: [first]);

        first.Withdraw(PartyRole.Processor, User, "x", Now);
        var again = Propose(agreement, existing: [first, addition]);
        Assert.Equal(AmendmentState.Proposed, again.State);
    }

    [Fact]
    public void The_other_party_rejects_with_a_comment_the_proposer_revises_and_the_other_party_accepts()
    {
        var agreement = Draft(Board(), Processor());
        var amendment = Propose(agreement, by: PartyRole.Processor);

        Assert.Equal(AgreementCodes.OwnProposal, Assert.Throws<DomainRuleViolation>(() => amendment.Accept(PartyRole.Processor, null, [amendment], User, "x", Now)).Code);
        Assert.Equal("Comment", Assert.Throws<DomainRuleViolation>(() => amendment.Reject(PartyRole.Controller, "  ", User, "x", Now)).Field);

        amendment.Reject(PartyRole.Controller, "Te ruim geformuleerd.", User, "bestuur@test.example", Now.AddHours(1));
        Assert.Equal(AgreementCodes.NotOpen, Assert.Throws<DomainRuleViolation>(() => amendment.Accept(PartyRole.Controller, null, [amendment], User, "x", Now)).Code);
        Assert.Equal(AgreementCodes.NotProposer, Assert.Throws<DomainRuleViolation>(() => amendment.Revise(PartyRole.Controller, "a", "b", User, "x", Now)).Code);

        amendment.Revise(PartyRole.Processor, "Scherpere tekst.", "Beter gemotiveerd.", User, "leverancier@test.example", Now.AddHours(2));
        amendment.Accept(PartyRole.Controller, "Akkoord.", [amendment], User, "bestuur@test.example", Now.AddHours(3));

        Assert.Equal(AmendmentState.Accepted, amendment.State);
        Assert.Equal(1, amendment.Number);
        Assert.Equal(("Scherpere tekst.", "Beter gemotiveerd."), (amendment.NewText, amendment.Reason));
        Assert.Equal([AmendmentEventKind.Proposed, AmendmentEventKind.Rejected, AmendmentEventKind.Revised, AmendmentEventKind.Accepted], amendment.History.Select(e => e.Kind));
        Assert.Equal("Nieuwe tekst.", amendment.History[0].NewText);
        Assert.Equal("Te ruim geformuleerd.", amendment.History[1].Comment);
        Assert.Equal([1, 2, 3, 4], amendment.History.Select(e => e.Sequence));
        Assert.Equal(AgreementCodes.NotOpen, Assert.Throws<DomainRuleViolation>(() => amendment.Revise(PartyRole.Processor, "c", "d", User, "x", Now)).Code);
        Assert.Equal(AgreementCodes.NotOpen, Assert.Throws<DomainRuleViolation>(() => amendment.Withdraw(PartyRole.Processor, User, "x", Now)).Code);
    }

    [Fact]
    public void Accepted_amendments_are_numbered_in_the_order_they_were_accepted()
    {
        var agreement = Draft(Board(), Processor());
        var a = Propose(agreement, clause: "8.2");
        var b = Propose(agreement, clause: "3.1", by: PartyRole.Controller);

        b.Accept(PartyRole.Processor, null, [a, b], User, "x", Now);
        a.Accept(PartyRole.Controller, null, [a, b], User, "x", Now);

        Assert.Equal((2, 1), (a.Number, b.Number));
    }

    /// <summary>The one rule: the rendered text differs from the model only through an accepted amendment.</summary>
    [Fact]
    public void Only_accepted_amendments_change_the_text_and_every_other_clause_is_the_models()
    {
        var board = Board();
        var processor = Processor();
        var agreement = Draft(board, processor);
        var random = new Random(4);
        var amendments = new List<Amendment>();
        foreach (var clause in Model.Clauses.Where(c => !c.AppliesToDistributorsOnly))
        {
            var kind = random.Next(2) == 0 ? AmendmentKind.Change : AmendmentKind.Addition;
            var amendment = Propose(agreement, clause.Id, kind, text: $"Afwijkende tekst voor {clause.Id}.", existing: amendments);
            amendments.Add(amendment);
            switch (random.Next(4))
            {
                case 0: amendment.Accept(PartyRole.Controller, null, amendments, User, "x", Now); break;
                case 1: amendment.Reject(PartyRole.Controller, "Nee.", User, "x", Now); break;
                case 2: amendment.Withdraw(PartyRole.Processor, User, "x", Now); break;
                default: break;
            }
        }

        var document = AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, amendments);

        var accepted = amendments.Where(a => a.State == AmendmentState.Accepted).ToList();
        Assert.NotEmpty(accepted);
        Assert.True(accepted.Count < amendments.Count);
        foreach (var clause in Model.Clauses.Where(c => !c.AppliesToDistributorsOnly))
        {
            var rendered = document.Clause(clause.Id)!;
            var change = accepted.SingleOrDefault(a => a.ClauseId == clause.Id && a.Kind == AmendmentKind.Change);
            Assert.Equal(change?.NewText ?? TemplateText.PlainText(clause.Text), rendered.PlainText);
            Assert.Equal(change?.Number, rendered.AmendmentNumber);
            var addition = accepted.SingleOrDefault(a => a.ClauseId == clause.Id && a.Kind == AmendmentKind.Addition);
            var following = document.AllClauses.SkipWhile(c => c.Id != clause.Id).Skip(1).FirstOrDefault();
            if (addition is null)
            {
                Assert.False(following?.AmendmentKind == AmendmentKind.Addition && following.Id.StartsWith(clause.Id + "+", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(addition.NewText, following!.PlainText);
                Assert.Equal($"aanvulling, zie Bijlage 3 nr. {addition.Number}", following.AmendmentMarker);
            }
        }
        Assert.Equal(accepted.Select(a => a.Number!.Value).Order(), document.AmendmentsAnnex.Select(e => e.Number));
        Assert.Equal(Model.Clauses.Count(c => !c.AppliesToDistributorsOnly) + accepted.Count(a => a.Kind == AmendmentKind.Addition), document.AllClauses.Count());
    }

    [Fact]
    public void Bijlage_3_lists_each_accepted_amendment_in_the_models_form()
    {
        var board = Board();
        var processor = Processor();
        var agreement = Draft(board, processor);
        var amendment = Amendment.Propose(agreement, PartyRole.Controller, Amendment.EckIdClause, AmendmentKind.Addition, Amendment.EckIdText,
            "Onze leerlingadministratie levert nog geen ECK iD.", false, [], User, "x", Now);
        amendment.Accept(PartyRole.Processor, null, [amendment], User, "x", Now);

        var document = AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, [amendment]);
        var entry = Assert.Single(document.AmendmentsAnnex);

        Assert.Equal("1. Beschrijving noodzakelijke afwijkingen Model Verwerkersovereenkomst", entry.Heading);
        Assert.Equal("artikel 7 lid 4", entry.Citation);
        Assert.Equal(AmendmentKind.Addition, entry.Kind);
        Assert.Equal(Model.FindClause("7.4")!.Text, entry.CurrentText);
        Assert.Equal(Amendment.EckIdText, entry.NewText);
        var text = AgreementPlainText.Write(document, "(volgt)");
        Assert.Contains($"{Amendment.EckIdText} [aanvulling, zie Bijlage 3 nr. 1]", text, StringComparison.Ordinal);
        Assert.Contains("Betreft artikel: artikel 7 lid 4", text, StringComparison.Ordinal);
        Assert.Contains("Wijziging of aanvulling?: Aanvulling", text, StringComparison.Ordinal);
    }
}
