using System.ComponentModel.DataAnnotations;

namespace EduDpa.Web.Features.Audits;

/// <summary>The board's proposal on the request and revise forms; names match the domain's fields so that errors land beside them.</summary>
public sealed class ProposalForm
{
    [Display(Name = "Field.Audit.Scope")] public string? Scope { get; set; }
    [Display(Name = "Field.Audit.Auditor")] public string? Auditor { get; set; }
    [Display(Name = "Field.Audit.PlannedFrom")] public DateOnly? PlannedFrom { get; set; }
    [Display(Name = "Field.Audit.PlannedTo")] public DateOnly? PlannedTo { get; set; }
    [Display(Name = "Field.Audit.Reason")] public string? Reason { get; set; }

    public RequestAuditInput ToRequest() => new(Scope, Auditor, PlannedFrom, PlannedTo, Reason);
}

/// <summary>The forms on an audit's page: one per step, each with the version read.</summary>
public sealed class AuditStepForm
{
    public int? Version { get; set; }
    [Display(Name = "Field.Audit.Note")] public string? Note { get; set; }
    [Display(Name = "Field.Audit.RejectReason")] public string? Reason { get; set; }
    [Display(Name = "Field.Audit.Bearer")] public string? Bearer { get; set; }
    [Display(Name = "Field.Audit.Arrangement")] public string? Arrangement { get; set; }
    [Display(Name = "Field.Audit.Summary")] public string? Summary { get; set; }
    [Display(Name = "Field.Audit.MajorFindings")] public bool MajorFindings { get; set; }
    [Display(Name = "Field.Audit.Document")] public IFormFile? Document { get; set; }
    [Display(Name = "Field.Audit.ClosingNote")] public string? ClosingNote { get; set; }
}
