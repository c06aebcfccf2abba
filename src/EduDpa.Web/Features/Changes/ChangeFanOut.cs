using EduDpa.Domain.Agreements;
using EduDpa.Domain.Changes;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// Gives every signed agreement that covers the changed product its notice, in one INSERT … SELECT: a supplier
/// with 20,000 agreements for a product announces to all of them in one statement, inside the transaction that
/// stores the change (whose audit line records how many notices it got). The notices' later steps go through
/// EF Core and the audit trail like any other change. The rows are exactly what
/// <see cref="AnnexChange.NoticeFor"/> builds.
/// </summary>
public static class ChangeFanOut
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    /// <summary>The agreements that get a notice: signed by both (in force or about to be) or terminating, covering the product.</summary>
    public static IQueryable<ProcessingAgreement> Covering(EduDpaDbContext db, Guid supplierId, Guid productId) =>
        db.Agreements.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .Where(a => a.ProcessorId == supplierId && (a.State == AgreementState.SignedByBoth || a.State == AgreementState.Terminating) && a.ProductIds.Contains(productId));

    /// <returns>How many notices were inserted.</returns>
    public static Task<int> InsertNoticesAsync(EduDpaDbContext db, AnnexChange change, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
        object Time(DateTimeOffset moment) => sqlite ? SqliteTime.ConvertToProvider(moment)! : moment.ToUniversalTime();
        var covers = sqlite
            ? """EXISTS (SELECT 1 FROM json_each(a."ProductIds") WHERE upper(json_each.value) = {0})"""
            : """{0} = ANY(a."ProductIds")""";
        // A minor change has no answer to wait for: its NULL is written in the statement, typed for PostgreSQL.
        var respondBy = change.RespondBy is null ? (sqlite ? "NULL" : "CAST(NULL AS timestamp with time zone)") : "{8}";
        var sql = $"""
            INSERT INTO "ChangeNotices" ("ChangeId", "AgreementId", "BoardId", "ProcessorId", "ProductId", "Kind", "AnnexKind", "ToNumber", "NoticeGivenAt", "RespondBy", "State", "Version")
            SELECT {"{1}"}, a."Id", a."BoardId", a."ProcessorId", {"{0}"}, {"{2}"}, {"{3}"}, {"{4}"}, {"{5}"}, {respondBy}, {"{6}"}, 1
            FROM "Agreements" AS a
            WHERE a."ProcessorId" = {"{7}"} AND a."State" IN ('{AgreementState.SignedByBoth}', '{AgreementState.Terminating}') AND {covers}
            """;
        List<object> parameters =
        [
            Id(change.ProductId), Id(change.Id), change.Kind.ToString(), change.AnnexKind.ToString(), change.ToNumber, Time(change.AnnouncedAt),
            ChangeNotice.InitialState(change.Kind).ToString(), Id(change.SupplierId),
        ];
        if (change.RespondBy is { } due)
        {
            parameters.Add(Time(due));
        }
        return db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }
}
