using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Requests;

/// <summary>
/// What is due on requests: for the school board, answering each open request by its due moment; for the
/// supplier, each open question for assistance, by the same moment (it has no term of its own).
/// </summary>
public sealed class RequestDueItems(RequestReader reader, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public IReadOnlyList<string> Kinds => ["RequestAnswer", "RequestAssistance"];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        foreach (var view in await reader.ListAsync(cancellationToken))
        {
            var r = view.Request;
            var type = t[$"RequestType.{r.Type}"].Value;
            if (view.Role == Domain.Agreements.PartyRole.Controller && r.IsOpen)
            {
                items.Add(new DueItem($"request:{r.Id}:answer", "RequestAnswer", t["Due.Request.Answer", type], view.Counterparty, r.DueAt, $"/requests/{r.Id}"));
            }
            else if (view.Role == Domain.Agreements.PartyRole.Processor && r.OpenQuestion is { } question)
            {
                items.Add(new DueItem($"request:{r.Id}:assistance:{question.Number}", "RequestAssistance", t["Due.Request.Assistance", type], view.Counterparty, r.DueAt, $"/requests/{r.Id}"));
            }
        }
        return [.. items.OrderBy(i => i.DueAt)];
    }
}
