using EduDpa.Domain.Agreements;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Features.Obligations;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>The agreements' duties with a deadline: returning or destroying the data after the end (art. 12.2).</summary>
public sealed class AgreementDueItems(AgreementReader reader, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    /// <summary>The pending actions that have a due day (the others are on the agreements' own to-do list).</summary>
    public IReadOnlyList<string> Kinds => [nameof(PendingActionKind.ConfirmDestruction), nameof(PendingActionKind.AwaitDestruction)];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken) =>
        [.. (await reader.ListAsync(cancellationToken))
            .Where(row => row.NextAction is { DueOn: not null })
            .Select(row => new DueItem(
                $"agreement:{row.Id}:{row.NextAction!.Kind}", row.NextAction.Kind.ToString(),
                $"{t[$"Pending.{row.NextAction.Kind}"]}: {string.Join(", ", row.Products)}", row.Counterparty,
                Deadlines.EndOf(row.NextAction.DueOn!.Value), $"/agreements/{row.Id}"))];
}
