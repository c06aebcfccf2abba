using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;

namespace EduDpa.Domain.Changes;

/// <summary>The annex version that applies to an agreement for one product: signed, or applied later through a change.</summary>
public sealed record AnnexInForce(Guid ProductId, AnnexKind Kind, int? Number, DateTimeOffset? Since, Guid? ChangeId);

/// <summary>
/// Which version of each product's annexes applies to a signed agreement: the one it was signed on, unless a
/// later change applies (the applied change with the highest version wins, so that an older notice that
/// applies by silence after a newer one was accepted changes nothing).
/// </summary>
public static class AnnexesInForce
{
    public static IReadOnlyList<AnnexInForce> Of(SnapshotContent snapshot, IEnumerable<ChangeNotice> notices, DateTimeOffset now)
    {
        var applied = notices.Select(n => (Notice: n, From: n.AppliesFrom(now))).Where(n => n.From is not null).ToList();
        var result = new List<AnnexInForce>();
        foreach (var product in snapshot.Products)
        {
            foreach (var (kind, signed) in new[] { (AnnexKind.Privacy, product.Privacy?.Version?.Number), (AnnexKind.Security, product.Security?.Version?.Number) })
            {
                var latest = applied.Where(n => n.Notice.ProductId == product.ProductId && n.Notice.AnnexKind == kind && n.Notice.ToNumber > (signed ?? 0))
                    .OrderByDescending(n => n.Notice.ToNumber).FirstOrDefault();
                result.Add(latest.Notice is { } notice
                    ? new AnnexInForce(product.ProductId, kind, notice.ToNumber, latest.From, notice.ChangeId)
                    : new AnnexInForce(product.ProductId, kind, signed, null, null));
            }
        }
        return result;
    }

    /// <summary>A notice that waits for the board while a newer version of the same annex already applies: nothing is left to decide.</summary>
    public static bool IsSuperseded(ChangeNotice notice, IReadOnlyList<AnnexInForce> inForce) =>
        inForce.Any(f => f.ProductId == notice.ProductId && f.Kind == notice.AnnexKind && f.Number > notice.ToNumber);
}
