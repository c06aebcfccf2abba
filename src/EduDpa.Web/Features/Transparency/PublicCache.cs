using System.Data.Common;
using System.Runtime.CompilerServices;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Transparency;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// The output cache of the public pages and the open JSON: every parent at once is served from memory. An entry is
/// kept per path, known query key (<see cref="PublicQuery.Keys"/>), language and Amsterdam day, tagged with its board,
/// and evicted the moment something it shows changes (<see cref="PublicCacheEviction"/>). The day in the key makes what
/// changes with time alone appear at midnight (an agreement coming into force or ending, an objection period running
/// out); <see cref="Lifetime"/> bounds what another instance, whose memory this one cannot evict, may show.
/// </summary>
public sealed class PublicCachePolicy : IOutputCachePolicy
{
    public const string Name = "Public";

    /// <summary>Every public entry; evicted when something many boards show changes (an annex change of a product).</summary>
    public const string AllTag = "public";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>What browsers and proxies may keep: as long as another instance's memory.</summary>
    public const string CacheControl = "public, max-age=60";

    public static string BoardTag(Guid boardId) => $"public-board:{boardId:N}";

    /// <summary>Tags the response being produced with its board, so that a change to that board evicts it.</summary>
    public static void Tag(HttpContext context, Guid boardId)
    {
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(BoardTag(boardId));
        context.Response.Headers.CacheControl = CacheControl;
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        // The responses are the same for everyone, signed in or not: the public layout shows nobody's session.
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(AllTag);
        context.CacheVaryByRules.QueryKeys = PublicQuery.Keys;
        context.CacheVaryByRules.VaryByValues["language"] = PublicLanguage.LanguageOf(request);
        context.CacheVaryByRules.VaryByValues["encoding"] = EncodingOf(request);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.CacheVaryByRules.VaryByValues["day"] = AmsterdamTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    /// <summary>The encoding the response compression will choose, as far as the cache key needs it: brotli, gzip or none.</summary>
    private static string EncodingOf(HttpRequest request)
    {
        var accepted = request.Headers.AcceptEncoding.ToString();
        return accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br" : accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : "identity";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a page that exists: a 404 or 400 is cheap to make again, and a cookie would be someone's.
        if (response.StatusCode != StatusCodes.Status200OK || !string.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Evicts the public cache after a save that changes what a public page shows, in one place for every writer, so that
/// a later capability's writes cannot forget it: after SaveChanges, or, inside a transaction, once it commits (an
/// eviction before the commit could let a request cache the old state again). What counts is in <see cref="TagsFor"/>.
/// Raw SQL that bypasses the change tracker (the change fan-out's INSERT … SELECT) runs in the transaction of a save
/// that records its <see cref="AnnexChange"/>, which evicts every public entry at commit.
/// </summary>
public sealed class PublicCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed class Pending
    {
        public HashSet<string> Saving { get; } = [];
        public HashSet<string> Committing { get; } = [];
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>
    /// The cache tags a change to this entity touches. An agreement, its board's organisation or schools, a notice and the
    /// board's page settings touch that board; a published annex version or an annex change touch every board using the
    /// product, so every public entry goes (they are rare). A board's decision on a vendor's terms touches that board. A new
    /// source of products in use adds its entity here.
    /// </summary>
    public static IEnumerable<string> TagsFor(EntityEntry entry) => entry.Entity switch
    {
        ProcessingAgreement a => [PublicCachePolicy.BoardTag(a.BoardId)],
        ChangeNotice n => [PublicCachePolicy.BoardTag(n.BoardId)],
        TransparencyPage p => [PublicCachePolicy.BoardTag(p.BoardId)],
        Domain.Analyses.AnalysisDecision d => [PublicCachePolicy.BoardTag(d.BoardId)],
        Organisation o when o.IsSchoolBoard => [PublicCachePolicy.BoardTag(o.Id)],
        School s => [PublicCachePolicy.BoardTag(s.OrganisationId)],
        AnnexVersion v when !v.IsDraft || entry.State == EntityState.Deleted => [PublicCachePolicy.AllTag],
        AnnexChange => [PublicCachePolicy.AllTag],
        _ => [],
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context, saving: true);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, saving: true);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var pending = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            pending.Saving.UnionWith(TagsFor(entry));
        }
    }

    private async ValueTask SavedAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Saving.Count == 0)
        {
            return;
        }
        pending.Committing.UnionWith(pending.Saving);
        pending.Saving.Clear();
        if (context.Database.CurrentTransaction is null)
        {
            await EvictAsync(pending, ct);
        }
    }

    private async ValueTask EvictAsync(Pending pending, CancellationToken ct)
    {
        var tags = pending.Committing.ToList();
        pending.Committing.Clear();
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }
    }

    private void Forget(DbContext? context, bool saving)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Saving.Clear();
            if (!saving)
            {
                pending.Committing.Clear();
            }
        }
    }

    // ---- IDbTransactionInterceptor: evict at commit, forget at rollback.

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            EvictAsync(pending, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            await EvictAsync(pending, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context, saving: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, saving: false);
        return Task.CompletedTask;
    }
}
