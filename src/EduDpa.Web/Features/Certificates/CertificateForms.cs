using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Certificates;

namespace EduDpa.Web.Features.Certificates;

/// <summary>The upload form; names match the domain's fields so that errors land beside them.</summary>
public sealed class CertificateForm
{
    [Display(Name = "Field.Certificate.Kind")] public string? Kind { get; set; }
    [Display(Name = "Field.Certificate.OtherName")] public string? OtherName { get; set; }
    [Display(Name = "Field.Certificate.Scope")] public string? Scope { get; set; }
    [Display(Name = "Field.Certificate.Issuer")] public string? Issuer { get; set; }
    [Display(Name = "Field.Certificate.ValidFrom")] public DateOnly? ValidFrom { get; set; }
    [Display(Name = "Field.Certificate.ValidTo")] public DateOnly? ValidTo { get; set; }
    [Display(Name = "Field.Certificate.Replaces")] public Guid? Replaces { get; set; }
    [Display(Name = "Field.Certificate.Document")] public IFormFile? Document { get; set; }

    public CertificateInput ToInput() => new(Kind, OtherName, Scope, Issuer, ValidFrom, ValidTo);
}

/// <summary>The withdraw form of one certificate in the list.</summary>
public sealed class WithdrawForm
{
    public Guid CertificateId { get; set; }
    public int? Version { get; set; }
    [Display(Name = "Field.Certificate.Reason")] public string? Reason { get; set; }
}
