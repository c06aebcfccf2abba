using System.Text.Json.Nodes;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Tests.Conformity;

namespace EduDpa.Domain.Tests;

public sealed class AgreementSnapshotTests
{
    private static SnapshotContent Content(string reason = "Het KetenID wordt niet gebruikt.") => new(
        Guid.Parse("0194a000-0000-7000-8000-0000000000aa"), ModelCatalog.ModelAgreement40, ModelCatalog.Get(ModelCatalog.ModelAgreement40).Source.CopySha256,
        new SnapshotParty(Guid.NewGuid(), "Stichting Voorbeeldscholen", "12345678", "Schoolstraat 1, 1234 AB Teststad", new Representative("B. Bestuurder", "voorzitter")),
        new SnapshotParty(Guid.NewGuid(), "Leermiddel Fictief B.V.", "87654321", "Weg 2, 2345 BC Leverstad", new Representative("L. Leverancier", "directeur")),
        new UnderlyingContract(new DateOnly(2026, 8, 1), "Licentie \"Rekenroute\" – één jaar", 30),
        true, ["11AA De Eik"],
        new ContactPerson("P. Privacy", "FG", "fg@school.example", null), null,
        [new SnapshotProduct(Samples.ProductId, "Rekenroute", Samples.Privacy(), null, ProductAnnexChoices.None(Samples.ProductId))],
        [new SnapshotAmendment(1, "7.4", AmendmentKind.Change, "oud", "nieuw", reason)],
        new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_same_content_always_gives_the_same_json_and_hash()
    {
        var content = Content();
        var json = AgreementSnapshot.CanonicalJson(content);

        Assert.Equal(json, AgreementSnapshot.CanonicalJson(AgreementSnapshot.Read(json)));
        Assert.Equal(AgreementSnapshot.Sha256(json), AgreementSnapshot.Sha256(AgreementSnapshot.CanonicalJson(content)));
        Assert.Matches("^[0-9a-f]{64}$", AgreementSnapshot.Sha256(json));
        Assert.NotEqual(AgreementSnapshot.Sha256(json), AgreementSnapshot.Sha256(AgreementSnapshot.CanonicalJson(Content("Een andere reden."))));
    }

    [Fact]
    public void Canonical_json_sorts_members_and_keeps_text_readable()
    {
        Assert.Equal("""{"a":[{"x":1,"y":"é"}],"b":null}""", AgreementSnapshot.Canonicalize(JsonNode.Parse("""{ "b": null, "a": [ { "y": "\u00e9", "x": 1 } ] }""")));

        var json = AgreementSnapshot.CanonicalJson(Content());
        Assert.Contains("één jaar", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"agreementId\"", StringComparison.Ordinal) < json.IndexOf("\"amendments\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stored_snapshot_verifies_until_any_part_of_it_changes()
    {
        var json = AgreementSnapshot.CanonicalJson(Content());
        var snapshot = SignedSnapshot.Freeze(Guid.NewGuid(), json, [1, 2, 3], [4, 5], new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var signatures = new List<AgreementSignature>
        {
            new(PartyRole.Controller, "B. Bestuurder", "voorzitter", Guid.NewGuid(), DateTimeOffset.UnixEpoch, snapshot.ContentHash, snapshot.PdfHash),
        };
        Assert.True(snapshot.Verify(signatures).Unchanged);

        snapshot.Complete([9, 9]);
        Assert.True(snapshot.Verify(signatures).Unchanged);
        Assert.Throws<DomainRuleViolation>(() => snapshot.Complete([8]));

        snapshot.ExecutedPdf![0] = 7;
        Assert.False(snapshot.Verify(signatures).Unchanged);
        snapshot.ExecutedPdf[0] = 9;
        signatures.Add(new(PartyRole.Processor, "L. Leverancier", "directeur", Guid.NewGuid(), DateTimeOffset.UnixEpoch, "another", snapshot.PdfHash));
        var check = snapshot.Verify(signatures);
        Assert.False(check.Unchanged);
        Assert.Equal([true, false], check.Signatures.Select(s => s.Matches));
    }
}
