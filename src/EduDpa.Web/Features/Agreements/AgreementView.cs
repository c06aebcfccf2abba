using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Agreements;

/// <summary>An agreement as a party sees it: both organisations, its products, its amendments and its rendered text.</summary>
public sealed record AgreementView(
    ProcessingAgreement Agreement,
    PartyRole Role,
    Organisation Board,
    Organisation Processor,
    IReadOnlyList<ProductRow> Products,
    IReadOnlyList<Amendment> Amendments,
    AgreementDocument Document,
    IReadOnlyList<ProductAnnexSource> Annexes,
    IReadOnlyList<Finding> Findings,
    DateOnly Today,
    SnapshotContent? Snapshot = null)
{
    /// <summary>Signed (by one party or both): what the page shows is the frozen snapshot, not today's annexes.</summary>
    public bool IsFrozen => Snapshot is not null;

    /// <summary>What still stands between this agreement and its signing.</summary>
    public IReadOnlyList<Finding> Blocking => [.. Findings.Where(f => f.Severity == Severity.Error)];

    public Organisation Counterparty => Role == PartyRole.Controller ? Processor : Board;

    public IReadOnlyList<SchoolRow> CoveredSchools =>
        [.. (Agreement.CoversAllSchools ? Board.Schools : Board.Schools.Where(s => Agreement.SchoolIds.Contains(s.Id)))
            .OrderBy(s => s.Name).Select(s => new SchoolRow(s.Id, s.Name, s.Brin.Value))];
}

/// <summary>An agreement in the organisation's list: its state today and what the organisation has to do next.</summary>
public sealed record AgreementListRow(
    Guid Id, PartyRole Role, string Counterparty, IReadOnlyList<string> Products, AgreementState State, DateTimeOffset CreatedAt, int OpenAmendments,
    IReadOnlyList<string> Schools, PendingAction? NextAction, bool OlderModel)
{
    /// <summary>Whether the row matches a search on the other party, a product or a school (case and accents ignored).</summary>
    public bool Matches(string? search) =>
        string.IsNullOrWhiteSpace(search)
        || new[] { Counterparty }.Concat(Products).Concat(Schools).Any(text =>
            System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, search.Trim(), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0);
}

public sealed class AgreementReader(EduDpaDbContext db, TenantContext tenant, Counterparties directory, AnnexReader annexes, TimeProvider clock)
{
    public async Task<AgreementView?> LoadAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null || tenant.CurrentOrganisationId is not { } current)
        {
            return null;
        }
        var board = (await directory.FindAsync(agreement.BoardId, cancellationToken))!;
        var processor = (await directory.FindAsync(agreement.ProcessorId, cancellationToken))!;
        var products = (await directory.ProductsOfAsync(agreement.ProcessorId, cancellationToken)).Where(p => agreement.ProductIds.Contains(p.Id)).ToList();
        var amendments = await db.Amendments.AsNoTracking().Where(a => a.AgreementId == agreementId).ToListAsync(cancellationToken);
        var snapshotJson = await db.SignedSnapshots.AsNoTracking().Where(s => s.AgreementId == agreementId).Select(s => s.ContentJson).FirstOrDefaultAsync(cancellationToken);
        var snapshot = snapshotJson is null ? null : AgreementSnapshot.Read(snapshotJson);
        List<ProductAnnexSource> sources;
        if (snapshot is not null)
        {
            sources = [.. snapshot.Products.Select(p => new ProductAnnexSource(p.ProductId, p.Name, p.Privacy, p.Security))];
        }
        else
        {
            var newest = await annexes.NewestAsync(agreement.ProductIds, cancellationToken);
            sources = [.. products.Select(p => new ProductAnnexSource(p.Id, p.Name,
                newest.GetValueOrDefault((p.Id, AnnexKind.Privacy))?.PrivacyAnnex(),
                newest.GetValueOrDefault((p.Id, AnnexKind.Security))?.SecurityAnnex()))];
        }
        var fields = snapshot?.Fields is { } frozen ? new AgreementFieldValues(frozen) : AgreementFieldValues.From(agreement, board, processor);
        var isDistributor = snapshot?.ProcessorIsDistributor ?? processor.Kind == OrganisationKind.Distributor;
        var document = AgreementDocument.Render(agreement, fields, isDistributor, amendments, sources);
        var findings = ConformityCheck.Agreement(new AgreementCheck(
            agreement.BoardContact,
            agreement.BoardIncidentContact,
            [.. sources.Select(s => new ProductCheck(s.ProductId, s.ProductName, s.Privacy, s.Security, agreement.ChoicesFor(s.ProductId)))],
            [.. amendments.Where(a => a.State == AmendmentState.Accepted).Select(a => a.ClauseId)],
            [.. document.AllClauses.Where(c => c.AmendmentNumber is null).Select(c => new AgreedClause(c.Id, c.PlainText))],
            agreement.ModelId));
        return new AgreementView(agreement, agreement.RoleOf(current)!.Value, board, processor, products,
            [.. amendments.OrderBy(a => a.Number ?? int.MaxValue).ThenBy(a => a.History[0].At)], document, sources, findings, AmsterdamTime.Today(clock), snapshot);
    }

    public async Task<IReadOnlyList<AgreementListRow>> ListAsync(CancellationToken cancellationToken)
    {
        if (tenant.CurrentOrganisationId is not { } current)
        {
            return [];
        }
        var agreements = await db.Agreements.AsNoTracking().OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
        var organisationIds = agreements.SelectMany(a => new[] { a.BoardId, a.ProcessorId }).Distinct().ToList();
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var productIds = agreements.SelectMany(a => a.ProductIds).Distinct().ToList();
        var products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var open = await db.Amendments.Where(a => a.State == AmendmentState.Proposed || a.State == AmendmentState.Rejected)
            .GroupBy(a => a.AgreementId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // The boards' schools, for searching by school; the processor's side sees them in the agreement too.
        var boardIds = agreements.Select(a => a.BoardId).Distinct().ToList();
        var schools = (await db.Schools.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(s => boardIds.Contains(s.OrganisationId))
            .Select(s => new { s.Id, s.OrganisationId, s.Name }).ToListAsync(cancellationToken)).ToLookup(s => s.OrganisationId);
        var today = AmsterdamTime.Today(clock);
        return [.. agreements.Select(a =>
        {
            var role = a.RoleOf(current)!.Value;
            var covered = schools[a.BoardId].Where(s => a.CoversAllSchools || a.SchoolIds.Contains(s.Id)).Select(s => s.Name).Order().ToList();
            return new AgreementListRow(a.Id, role, names[role == PartyRole.Controller ? a.ProcessorId : a.BoardId],
                [.. a.ProductIds.Where(products.ContainsKey).Select(id => products[id]).Order()], a.StateOn(today), a.CreatedAt, open.GetValueOrDefault(a.Id),
                covered, PendingAction.For(a, role, today), a.ModelId != Domain.Models.ModelCatalog.NewestAgreementModel);
        })];
    }
}
