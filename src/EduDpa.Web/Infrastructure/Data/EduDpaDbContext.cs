using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Auditing;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Files;
using EduDpa.Domain.Offers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Domain.Requests;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Auditing;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>
/// The one database context. Organisation-owned data is filtered to the acting organisation by
/// the "Tenant" query filters below (see <see cref="TenantContext"/>); every save of domain data
/// appends to the audit chain in the same transaction. Each provider has a subclass that owns its
/// migrations.
/// </summary>
public abstract class EduDpaDbContext(DbContextOptions options, TenantContext tenant, AuditChainLock auditLock, TimeProvider clock)
    : IdentityUserContext<User, Guid, IdentityUserClaim<Guid>, IdentityUserLogin<Guid>, IdentityUserToken<Guid>, IdentityUserPasskey<Guid>>(options),
      IDataProtectionKeyContext
{
    /// <summary>Name of the query filters that scope data to the acting organisation.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<ProcessingAgreement> Agreements => Set<ProcessingAgreement>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<SignedSnapshot> SignedSnapshots => Set<SignedSnapshot>();
    public DbSet<OpenOffer> OpenOffers => Set<OpenOffer>();
    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<Features.Obligations.CalendarFeed> CalendarFeeds => Set<Features.Obligations.CalendarFeed>();
    public DbSet<Features.Notifications.NotificationPreference> NotificationPreferences => Set<Features.Notifications.NotificationPreference>();
    public DbSet<AnnexVersion> AnnexVersions => Set<AnnexVersion>();
    public DbSet<DataBreach> Breaches => Set<DataBreach>();
    public DbSet<AnnexChange> AnnexChanges => Set<AnnexChange>();
    public DbSet<ChangeNotice> ChangeNotices => Set<ChangeNotice>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<AuditRequest> AuditRequests => Set<AuditRequest>();
    public DbSet<StoredDocument> StoredDocuments => Set<StoredDocument>();
    public DbSet<TermsAnalysis> Analyses => Set<TermsAnalysis>();
    public DbSet<AnalysisDecision> AnalysisDecisions => Set<AnalysisDecision>();
    public DbSet<TransparencyPage> TransparencyPages => Set<TransparencyPage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters on every query (EF Core parameterises members of the context).
    private Guid? CurrentOrganisationId => tenant.CurrentOrganisationId;
    private Guid[] MemberOrganisationIds => tenant.MemberOrganisationIds;
    private Guid? CurrentUserId => tenant.UserId;

    /// <summary>
    /// Identity's table layout (version 3 has passkeys). Identity reads it from the application's
    /// options, so the application and the design-time factories both set it here.
    /// </summary>
    public static void ConfigureIdentityStores(StoreOptions stores) => stores.SchemaVersion = IdentitySchemaVersions.Version3;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EduDpaDbContext).Assembly, t => t.Namespace == typeof(EduDpaDbContext).Namespace + ".Configurations");

        builder.Entity<Organisation>().HasQueryFilter(TenantFilter, o => MemberOrganisationIds.Contains(o.Id));
        builder.Entity<School>().HasQueryFilter(TenantFilter, s => MemberOrganisationIds.Contains(s.OrganisationId));
        builder.Entity<Product>().HasQueryFilter(TenantFilter, p => p.SupplierId == CurrentOrganisationId);
        builder.Entity<Membership>().HasQueryFilter(TenantFilter, m => m.OrganisationId == CurrentOrganisationId || m.UserId == CurrentUserId);
        builder.Entity<Invitation>().HasQueryFilter(TenantFilter, i => i.OrganisationId == CurrentOrganisationId);
        builder.Entity<AccessToken>().HasQueryFilter(TenantFilter, t => t.UserId == CurrentUserId);
        builder.Entity<ProcessingAgreement>().HasQueryFilter(TenantFilter, a => a.BoardId == CurrentOrganisationId || a.ProcessorId == CurrentOrganisationId);
        builder.Entity<Amendment>().HasQueryFilter(TenantFilter, a => a.BoardId == CurrentOrganisationId || a.ProcessorId == CurrentOrganisationId);
        builder.Entity<AnnexVersion>().HasQueryFilter(TenantFilter, a => a.SupplierId == CurrentOrganisationId);
        builder.Entity<DataBreach>().HasQueryFilter(TenantFilter, b => b.BoardId == CurrentOrganisationId || b.ProcessorId == CurrentOrganisationId);
        builder.Entity<SignedSnapshot>().HasQueryFilter(TenantFilter, s => Agreements.Any(a => a.Id == s.AgreementId));
        builder.Entity<DataSubjectRequest>().HasQueryFilter(TenantFilter, r => r.BoardId == CurrentOrganisationId || r.ProcessorId == CurrentOrganisationId);
        builder.Entity<AnnexChange>().HasQueryFilter(TenantFilter, c => c.SupplierId == CurrentOrganisationId);
        builder.Entity<ChangeNotice>().HasQueryFilter(TenantFilter, n => n.BoardId == CurrentOrganisationId || n.ProcessorId == CurrentOrganisationId);
        builder.Entity<Features.Notifications.NotificationPreference>().HasQueryFilter(TenantFilter, p => p.UserId == CurrentUserId);
        // A certificate is read by its supplier and, unless withdrawn, by every board with a live agreement (not declined,
        // withdrawn, closed or superseded) covering its product; see Features/Certificates/CertificateReader.
        builder.Entity<Certificate>().HasQueryFilter(TenantFilter, c => c.SupplierId == CurrentOrganisationId
            || (c.WithdrawnAt == null && Agreements.Any(a => a.BoardId == CurrentOrganisationId && a.ProcessorId == c.SupplierId && a.ProductIds.Contains(c.ProductId)
                && a.State != AgreementState.Declined && a.State != AgreementState.Withdrawn && a.State != AgreementState.Closed && a.State != AgreementState.Superseded)));
        builder.Entity<AuditRequest>().HasQueryFilter(TenantFilter, a => a.BoardId == CurrentOrganisationId || a.ProcessorId == CurrentOrganisationId);
        // Analyses are the platform's, read by analysts and (once published) by every board, as Features/Analyses/AnalysisReader decides;
        // a board's decision on one is the board's alone.
        builder.Entity<AnalysisDecision>().HasQueryFilter(TenantFilter, d => d.BoardId == CurrentOrganisationId);
        // A stored document is read by whoever may read what it belongs to.
        builder.Entity<StoredDocument>().HasQueryFilter(TenantFilter, d => Certificates.Any(c => c.DocumentId == d.Id) || AuditRequests.Any(a => a.ReportDocumentId == d.Id));
        // The board's own settings of its public page; the public pages read published ones across (Features/Transparency/PublicReader).
        builder.Entity<TransparencyPage>().HasQueryFilter(TenantFilter, p => p.BoardId == CurrentOrganisationId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Sector>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(10);
    }

    /// <summary>
    /// Only for data outside the audit trail (Data Protection saves its keys synchronously). Domain data
    /// is saved with <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which extends the audit chain.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        if (AuditRecorder.Collect(ChangeTracker).Count > 0)
        {
            throw new NotSupportedException("Domain data is saved with SaveChangesAsync, which writes the audit chain.");
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changes = AuditRecorder.Collect(ChangeTracker);
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var appended = new List<AuditEntry>();
        try
        {
            await using var chainHead = await auditLock.AcquireAsync(this, cancellationToken);
            var previous = await AuditEntries
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var link = previous is null ? ((long, string)?)null : (previous.Sequence, previous.Hash);
            var now = clock.GetUtcNow();
            foreach (var change in changes)
            {
                var entry = AuditEntry.Append(link, now, tenant.UserId, tenant.UserName, change.OrganisationId,
                    change.Entity, change.EntityId, change.Action, change.ChangesJson);
                appended.Add(entry);
                link = (entry.Sequence, entry.Hash);
            }
            AuditEntries.AddRange(appended);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        catch
        {
            // A refused save (e.g. a concurrency conflict) must not leave its audit lines behind for the next save.
            foreach (var entry in appended)
            {
                Entry(entry).State = EntityState.Detached;
            }
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}
