using System.Text;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;

namespace EduDpa.Domain.Tests;

public sealed class CertificateTests
{
    private static readonly DateTimeOffset Now = AgreementTests.Now;
    private static readonly Actor Editor = new(Guid.NewGuid(), "R. Redacteur");
    private static readonly Guid Supplier = Guid.NewGuid();
    private static readonly Guid Product = Guid.NewGuid();
    private const long Max = 1024;

    internal static FileUpload Pdf(string text = "certificaat")
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + text + "\n%%EOF");
        return new FileUpload("iso.pdf", "application/pdf", bytes.Length, bytes);
    }

    private static CertificateInput Input(string kind = "Iso27001", DateOnly? from = null, DateOnly? to = null, string? otherName = null) =>
        new(kind, otherName, "Ontwikkeling en hosting van Rekenroute", "Certificerende Instelling B.V.", from ?? new DateOnly(2026, 1, 1), to ?? new DateOnly(2028, 12, 31));

    private static Certificate Added(CertificateInput? input = null, Certificate? replaces = null) =>
        Certificate.Add(Supplier, Product, input ?? Input(), Pdf(), Max, replaces, Editor, Now).Certificate;

    private static ValidationErrors Refused(Action action) => Assert.Throws<DomainRuleViolation>(action).ToErrors();

    [Fact]
    public void A_certificate_keeps_its_facts_and_its_pdf_with_a_sha256()
    {
        var (certificate, document) = Certificate.Add(Supplier, Product, Input(), Pdf(), Max, null, Editor, Now);
        Assert.Equal(CertificateKind.Iso27001, certificate.Kind);
        Assert.Equal(document.Id, certificate.DocumentId);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf().Bytes!)), document.Sha256);
        Assert.Equal("iso.pdf", document.FileName);
        Assert.Equal(StoredDocument.PdfContentType, document.ContentType);
        Assert.True(certificate.IsCurrent);
        Assert.Equal(1, certificate.Version);
    }

    [Fact]
    public void Valid_to_before_valid_from_is_refused_on_valid_to()
    {
        var errors = Refused(() => Added(Input(from: new DateOnly(2026, 6, 1), to: new DateOnly(2026, 5, 31))));
        Assert.Equal([CertificateCodes.ValidityOrder], errors.ByField["ValidTo"]);
        Assert.Equal(new DateOnly(2026, 6, 1), Added(Input(from: new DateOnly(2026, 6, 1), to: new DateOnly(2026, 6, 1))).ValidTo);
    }

    [Fact]
    public void Other_needs_a_name_and_the_named_kinds_do_not_keep_one()
    {
        Assert.Equal([ValidationCodes.Required], Refused(() => Added(Input("Other"))).ByField["OtherName"]);
        Assert.Equal("ISAE 3402 type II", Added(Input("Other", otherName: "ISAE 3402 type II")).OtherName);
        Assert.Null(Added(Input("Nen7510", otherName: "wordt genegeerd")).OtherName);
    }

    [Fact]
    public void Every_missing_fact_is_named_at_once_and_an_unknown_kind_is_refused()
    {
        var errors = Refused(() => Certificate.Add(Supplier, Product, new CertificateInput(null, null, " ", null, null, null), null, Max, null, Editor, Now));
        Assert.Equal(["Kind", "Scope", "Issuer", "ValidFrom", "ValidTo", "Document"], errors.ByField.Keys.ToArray());
        Assert.Equal([ValidationCodes.UnknownValue], Refused(() => Added(Input("Iso9001"))).ByField["Kind"]);
        Assert.Equal([ValidationCodes.UnknownValue], Refused(() => Added(Input("3"))).ByField["Kind"]);
        Assert.Equal(CertificateKind.Soc2Type2, Added(Input("soc2type2")).Kind);
    }

    [Fact]
    public void Only_a_pdf_within_the_limit_is_accepted_judged_by_its_bytes()
    {
        var text = new FileUpload("renamed.pdf", "application/pdf", 11, Encoding.ASCII.GetBytes("hello world"));
        Assert.Equal([FileCodes.NotPdf], Refused(() => Certificate.Add(Supplier, Product, Input(), text, Max, null, Editor, Now)).ByField["Document"]);
        var large = new FileUpload("big.pdf", "application/pdf", Max + 1, null);
        Assert.Equal([FileCodes.TooLarge], Refused(() => Certificate.Add(Supplier, Product, Input(), large, Max, null, Editor, Now)).ByField["Document"]);
        var empty = new FileUpload("empty.pdf", "application/pdf", 0, []);
        Assert.Equal([ValidationCodes.Required], Refused(() => Certificate.Add(Supplier, Product, Input(), empty, Max, null, Editor, Now)).ByField["Document"]);
        // A PDF declared as something else is still a PDF; the name ends in .pdf whatever was sent.
        var octet = Pdf() with { ContentType = "application/octet-stream", FileName = "C:\\scans\\certificaat" };
        Assert.Equal("certificaat.pdf", Certificate.Add(Supplier, Product, Input(), octet, Max, null, Editor, Now).Document.FileName);
    }

    [Fact]
    public void A_newer_certificate_supersedes_the_current_one_of_the_same_kind_only()
    {
        var old = Added();
        var newer = Added(Input(from: new DateOnly(2028, 1, 1), to: new DateOnly(2030, 12, 31)), replaces: old);
        Assert.Equal(newer.Id, old.SupersededById);
        Assert.Equal(old.Id, newer.SupersedesId);
        Assert.False(old.IsCurrent);
        Assert.Equal(2, old.Version);
        Assert.Equal(CertificateStatus.Superseded, old.StatusOn(new DateOnly(2026, 6, 1)));

        Assert.Equal([CertificateCodes.NotCurrent], Refused(() => Added(replaces: old)).ByField["Replaces"]);
        Assert.Equal([CertificateCodes.OtherKind], Refused(() => Added(Input("Nen7510"), replaces: newer)).ByField["Replaces"]);
        var otherProduct = Certificate.Add(Supplier, Guid.NewGuid(), Input(), Pdf(), Max, null, Editor, Now).Certificate;
        Assert.Equal([CertificateCodes.OtherProduct], Refused(() => Added(replaces: otherProduct)).ByField["Replaces"]);
    }

    [Fact]
    public void Withdrawing_needs_a_reason_happens_once_and_ends_the_reminders()
    {
        var certificate = Added();
        Assert.Equal([ValidationCodes.Required], Refused(() => certificate.Withdraw(" ", Editor, Now)).ByField["Reason"]);
        certificate.Withdraw("Door de uitgever ingetrokken", Editor, Now);
        Assert.Equal(CertificateStatus.Withdrawn, certificate.StatusOn(new DateOnly(2026, 6, 1)));
        Assert.Null(certificate.ReminderDue(new DateOnly(2028, 12, 31)));
        Assert.Equal([CertificateCodes.NotCurrent], Refused(() => certificate.Withdraw("Nog eens", Editor, Now)).ByField["State"]);
    }

    [Theory]
    [InlineData("2028-09-01", null, CertificateStatus.Valid)]
    [InlineData("2028-10-02", 90, CertificateStatus.ExpiresSoon)]
    [InlineData("2028-11-15", 90, CertificateStatus.ExpiresSoon)]
    [InlineData("2028-12-01", 30, CertificateStatus.ExpiresSoon)]
    [InlineData("2028-12-30", 30, CertificateStatus.ExpiresSoon)]
    [InlineData("2028-12-31", 0, CertificateStatus.ExpiresSoon)]
    [InlineData("2029-01-01", 0, CertificateStatus.Expired)]
    [InlineData("2025-12-31", null, CertificateStatus.NotYetValid)]
    public void The_status_and_the_most_specific_reminder_reached_follow_the_last_valid_day(string day, int? reminder, CertificateStatus status)
    {
        var certificate = Added();
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(reminder, certificate.ReminderDue(today));
        Assert.Equal(status, certificate.StatusOn(today));
    }

    [Fact]
    public void It_expires_when_its_last_day_ends_in_Amsterdam()
    {
        var certificate = Added(Input(to: new DateOnly(2028, 7, 31)));
        Assert.Equal(new DateTimeOffset(2028, 8, 1, 0, 0, 0, TimeSpan.FromHours(2)), certificate.ExpiresAt);
    }
}
