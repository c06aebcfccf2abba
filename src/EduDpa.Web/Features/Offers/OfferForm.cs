using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EduDpa.Web.Features.Offers;

/// <summary>The fields of the bulk-offer and open-offer forms; names match <see cref="BulkOfferRequest"/> so errors land beside them.</summary>
public sealed class OfferForm : IOfferTermsInput
{
    /// <summary>Where the offer's fields live, for their more precise labels ("Field.Offer.ReturnTermDays").</summary>
    public const string Scope = "Offer";

    [Display(Name = "Field.Offer.Target")]
    public string? Target { get; set; } = "kvk";

    [Display(Name = "Field.Sector")]
    public string? Sector { get; set; }

    [Display(Name = "Field.Offer.KvkNumbers")]
    public string? KvkNumbers { get; set; }

    [Display(Name = "Field.Offer.RepresentativeName")]
    public string? RepresentativeName { get; set; }

    [Display(Name = "Field.Offer.RepresentativeFunction")]
    public string? RepresentativeFunction { get; set; }

    [Display(Name = "Field.ContractDescription")]
    public string? ContractDescription { get; set; }

    [Display(Name = "Field.Offer.ReturnTermDays")]
    public int? ReturnTermDays { get; set; }

    public BulkOfferRequest ToRequest() => new()
    {
        Target = Target, Sector = Sector, KvkNumbers = KvkNumbers, RepresentativeName = RepresentativeName,
        RepresentativeFunction = RepresentativeFunction, ContractDescription = ContractDescription, ReturnTermDays = ReturnTermDays,
    };

    public void Prefill(OpenOfferInfo? terms)
    {
        if (terms is null)
        {
            return;
        }
        RepresentativeName = terms.RepresentativeName;
        RepresentativeFunction = terms.RepresentativeFunction;
        ContractDescription = terms.ContractDescription;
        ReturnTermDays = terms.ReturnTermDays;
    }

    /// <summary>
    /// The domain's errors beside their fields. A field the model binder already refused (letters in the return term)
    /// keeps that message, which says what was typed, rather than "required".
    /// </summary>
    public static void ShowErrors(ModelStateDictionary modelState, ValidationMessages messages, ValidationErrors errors)
    {
        var refused = new ValidationErrors();
        foreach (var (field, codes) in errors.ByField)
        {
            if (modelState.TryGetValue($"Input.{field}", out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            foreach (var code in codes)
            {
                refused.Add(field, code);
            }
        }
        messages.AddTo(modelState, "Input", refused, Scope);
    }
}
