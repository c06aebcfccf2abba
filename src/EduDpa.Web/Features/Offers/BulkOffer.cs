using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Models;
using EduDpa.Domain.Offers;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Offers;

/// <summary>A board an offer went to (or had already gone to), with the agreement that carries it.</summary>
public sealed record OfferedBoard(Guid BoardId, string Name, string KvkNumber, Guid AgreementId);

/// <summary>What one bulk offer did: offered to new boards, found live offers, KvK numbers nobody has, lines that are no KvK number.</summary>
public sealed record BulkOfferResult(IReadOnlyList<OfferedBoard> Offered, IReadOnlyList<OfferedBoard> AlreadyOffered, IReadOnlyList<string> UnknownKvk, IReadOnlyList<BadLine> BadLines);

/// <summary>Whom a bulk offer goes to.</summary>
public enum OfferTarget
{
    Members = 1,
    Sector = 2,
    Kvk = 3,
}

/// <summary>
/// A supplier offers one of its products to many school boards in one step: one offer (a
/// <see cref="ProcessingAgreement"/> started and offered) per board that has no live agreement with it for the
/// product yet, and one e-mail per reviewer of each such board, all in one SaveChanges. The boards, the live
/// agreements and the recipients are each read in one query, so a thousand boards take a handful of queries.
/// </summary>
public sealed class BulkOffer(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, OfferMails mails)
{
    public async Task<WriteResult<BulkOfferResult>> OfferAsync(Guid productId, BulkOfferRequest request, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the acting supplier's own products: another's is not found.
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (product is null || tenant.Current is not { } supplier)
        {
            return WriteResult<BulkOfferResult>.NotFound();
        }
        var errors = new ValidationErrors();
        var terms = OfferTermsInput.Parse(request, errors);
        var target = ParseTarget(request, errors, out var sectors);
        if (!errors.IsEmpty)
        {
            return WriteResult<BulkOfferResult>.Invalid(errors);
        }

        var (numbers, badLines) = target == OfferTarget.Kvk ? KvkList.Parse(request.KvkNumbers) : ([], []);
        var boards = await BoardsAsync(target!.Value, sectors, numbers, cancellationToken);
        var known = boards.Select(b => b.KvkNumber).ToHashSet(StringComparer.Ordinal);
        var unknown = numbers.Select(n => n.Value).Where(n => !known.Contains(n)).ToList();

        var live = await LiveOffersAsync(supplier.Id, productId, cancellationToken);
        var now = clock.GetUtcNow();
        var offered = new List<OfferedBoard>();
        var already = new List<OfferedBoard>();
        var agreements = new List<ProcessingAgreement>();
        foreach (var board in boards)
        {
            if (live.TryGetValue(board.Id, out var existing))
            {
                already.Add(new OfferedBoard(board.Id, board.Name, board.KvkNumber, existing));
                continue;
            }
            var agreement = ProcessingAgreement.StartOffer(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now,
                terms!.Contract, [productId], terms.Representative);
            agreements.Add(agreement);
            offered.Add(new OfferedBoard(board.Id, board.Name, board.KvkNumber, agreement.Id));
        }
        if (agreements.Count > 0)
        {
            db.Agreements.AddRange(agreements);
            await mails.EnqueueOffersAsync(db, [.. offered.Select(o => new OfferMails.NewOffer(o.AgreementId, o.BoardId, o.Name))], supplier.Name, product.Name, now, cancellationToken);
            // Everything tracked is new, and the context's SaveChangesAsync detects changes once itself before it
            // writes the audit lines: the automatic passes over thousands of entries (when listing them for the audit
            // and again when saving) would only repeat that work.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
        }
        return WriteResult<BulkOfferResult>.Saved(new BulkOfferResult(offered, already, unknown, badLines));
    }

    private sealed record BoardRow(Guid Id, string Name, string KvkNumber);

    private async Task<IReadOnlyList<BoardRow>> BoardsAsync(OfferTarget target, IReadOnlyList<Sector> sectors, IReadOnlyList<KvkNumber> numbers, CancellationToken cancellationToken)
    {
        // Deliberately across organisations: a supplier offers to boards it is no member of. Only each board's
        // id, name and KvK number are read, which the public directory shows anyway.
        var boards = db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Where(o => o.Kind == OrganisationKind.SchoolBoard);
        boards = target switch
        {
            OfferTarget.Members => boards.Where(o => o.Convenant.IsMember),
            OfferTarget.Sector => boards.Where(o => o.Schools.Any(s => sectors.Contains(s.Sector))),
            _ => boards.Where(o => numbers.Contains(o.KvkNumber)),
        };
        var rows = await boards.Select(o => new { o.Id, o.Name, o.KvkNumber }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BoardRow(r.Id, r.Name, r.KvkNumber.Value)).OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// The boards that already have a live agreement with this supplier covering the product (any state but
    /// declined, withdrawn, closed or superseded), with that agreement: offering to them again would duplicate it.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> LiveOffersAsync(Guid supplierId, Guid productId, CancellationToken cancellationToken)
    {
        var ended = AgreementStates.Ended;
        var live = await db.Agreements.AsNoTracking()
            .Where(a => a.ProcessorId == supplierId && a.ProductIds.Contains(productId) && !ended.Contains(a.State))
            .Select(a => new { a.BoardId, a.Id })
            .ToListAsync(cancellationToken);
        return live.GroupBy(a => a.BoardId).ToDictionary(g => g.Key, g => g.First().Id);
    }

    private static OfferTarget? ParseTarget(BulkOfferRequest request, ValidationErrors errors, out IReadOnlyList<Sector> sectors)
    {
        sectors = [];
        OfferTarget? target = request.Target?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "members" => OfferTarget.Members,
            "sector" => OfferTarget.Sector,
            "kvk" => OfferTarget.Kvk,
            _ => null,
        };
        if (target is null)
        {
            errors.Add("Target", string.IsNullOrWhiteSpace(request.Target) ? ValidationCodes.Required : ValidationCodes.UnknownValue);
            return null;
        }
        if (target == OfferTarget.Sector)
        {
            sectors = OfferSectors.Parse(request.Sector) ?? [];
            if (sectors.Count == 0)
            {
                errors.Add("Sector", string.IsNullOrWhiteSpace(request.Sector) ? ValidationCodes.Required : ValidationCodes.UnknownValue);
            }
        }
        if (target == OfferTarget.Kvk)
        {
            if (string.IsNullOrWhiteSpace(request.KvkNumbers))
            {
                errors.Add("KvkNumbers", ValidationCodes.Required);
            }
            else if (KvkList.LineCount(request.KvkNumbers) > KvkList.MaxLines)
            {
                errors.Add("KvkNumbers", ValidationCodes.TooLong);
            }
        }
        return target;
    }
}

/// <summary>The sectors a bulk offer can aim at; "(v)so" stands for both so and vso, as in the sector's own usage.</summary>
public static class OfferSectors
{
    public static readonly IReadOnlyList<string> Choices = ["po", "vo", "(v)so", "mbo"];

    public static IReadOnlyList<Sector>? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "po" => [Sector.Po],
        "vo" => [Sector.Vo],
        "so" => [Sector.So],
        "vso" => [Sector.Vso],
        "(v)so" => [Sector.So, Sector.Vso],
        "mbo" => [Sector.Mbo],
        _ => null,
    };
}

/// <summary>Reads the terms of an offer with <see cref="OfferTerms.TryParse"/>, adding its errors to the caller's.</summary>
public static class OfferTermsInput
{
    public static OfferTerms? Parse(IOfferTermsInput input, ValidationErrors errors)
    {
        OfferTerms.TryParse(input.RepresentativeName, input.RepresentativeFunction, input.ContractDescription, input.ReturnTermDays, out var terms, out var termErrors);
        errors.AddAll(string.Empty, termErrors);
        return terms;
    }
}
