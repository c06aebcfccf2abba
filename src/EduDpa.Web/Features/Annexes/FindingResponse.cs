using System.Globalization;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Reference;
using EduDpa.Web.Infrastructure.Localization;

namespace EduDpa.Web.Features.Annexes;

/// <summary>A finding as the API gives it: the field as the JSON names it, the message in the request's language and in both.</summary>
public sealed record FindingResponse(string RuleId, string Reference, Severity Severity, CheckStage Stage, string Field, string Message, Bilingual Messages, Guid? ProductId)
{
    public static bool English => LocalizationSetup.IsEnglish;

    public static FindingResponse From(Finding f) =>
        new(f.RuleId, f.Reference, f.Severity, f.Stage, ValidationMessages.ApiFieldName(f.Field), f.Message.In(English), f.Message, f.ProductId);

    public static List<FindingResponse> From(IEnumerable<Finding> findings) => [.. findings.Select(From)];
}
