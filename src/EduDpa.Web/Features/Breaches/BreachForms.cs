using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Common;

namespace EduDpa.Web.Features.Breaches;

/// <summary>The fields of the report form; names match <see cref="RecordBreachRequest"/> so errors land beside them. Times are Amsterdam's.</summary>
public sealed class BreachForm
{
    [Display(Name = "Field.Breach.Kind")] public BreachKind? Kind { get; set; } = BreachKind.DataBreach;
    [Display(Name = "Field.Breach.DiscoveredAt")] public DateTime? DiscoveredAt { get; set; }
    [Display(Name = "Field.Breach.BecameAwareAt")] public DateTime? BecameAwareAt { get; set; }
    [Display(Name = "Field.Breach.PeriodFrom")] public DateTime? PeriodFrom { get; set; }
    [Display(Name = "Field.Breach.PeriodTo")] public DateTime? PeriodTo { get; set; }
    [Display(Name = "Field.Breach.Summary")] public string? Summary { get; set; }
    public List<BreachNature> Nature { get; set; } = [];
    [Display(Name = "Field.Breach.Cause")] public string? Cause { get; set; }
    [Display(Name = "Field.Breach.HowDiscovered")] public string? HowDiscovered { get; set; }
    [Display(Name = "Field.Breach.MeasuresTaken")] public string? MeasuresTaken { get; set; }
    [Display(Name = "Field.Breach.Encrypted")] public Protection? Encrypted { get; set; } = Protection.Unknown;
    [Display(Name = "Field.Breach.Pupils")] public int? Pupils { get; set; }
    [Display(Name = "Field.Breach.Parents")] public int? Parents { get; set; }
    [Display(Name = "Field.Breach.Staff")] public int? Staff { get; set; }
    [Display(Name = "Field.Breach.Consequences")] public string? Consequences { get; set; }
    [Display(Name = "Field.Breach.PersonalData")] public string? PersonalData { get; set; }
    [Display(Name = "Field.Breach.SpecialCategories")] public bool SpecialCategories { get; set; }
    [Display(Name = "Field.Breach.HighRisk")] public bool HighRisk { get; set; }

    public RecordBreachRequest ToRequest(Guid agreementId) => new(agreementId, Kind, At(DiscoveredAt), At(BecameAwareAt), At(PeriodFrom), At(PeriodTo), Summary, Nature,
        Cause, HowDiscovered, MeasuresTaken, Encrypted, Pupils, Parents, Staff, Consequences, PersonalData, SpecialCategories, HighRisk);

    /// <summary>A local time typed in the form, as the moment it is in Amsterdam.</summary>
    public static DateTimeOffset? At(DateTime? local) =>
        local is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), AmsterdamTime.Zone.GetUtcOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified))) : null;
}

/// <summary>The forms on a breach's page: one per step, each with the version read.</summary>
public sealed class BreachStepForm
{
    public int? Version { get; set; }
    [Display(Name = "Field.Breach.Text")] public string? Text { get; set; }
    [Display(Name = "Field.Breach.Notified")] public bool? Notified { get; set; }
    [Display(Name = "Field.Breach.NotifiedAt")] public DateTime? NotifiedAt { get; set; }
    [Display(Name = "Field.Breach.Reference")] public string? Reference { get; set; }
    [Display(Name = "Field.Breach.Reason")] public string? Reason { get; set; }
    [Display(Name = "Field.Breach.Informed")] public bool? Informed { get; set; }
    [Display(Name = "Field.Breach.InformedAt")] public DateTime? InformedAt { get; set; }
    [Display(Name = "Field.Breach.CorrectiveMeasures")] public string? CorrectiveMeasures { get; set; }
}
