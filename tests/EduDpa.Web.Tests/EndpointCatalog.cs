using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>One way in: a route, an HTTP method and, for a Razor Page, the handler ("Revoke" in ?handler=Revoke).</summary>
public sealed record Entry(string Route, string Method, string? Handler, IReadOnlyList<string> Parameters, bool IsPage, bool Anonymous, IReadOnlyList<string> Policies)
{
    /// <summary>"GET /members/{membershipId}/edit" or "POST /members?handler=Revoke".</summary>
    public string Key => $"{Method} {Route}{(Handler is null ? string.Empty : $"?handler={Handler}")}";

    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);

    public override string ToString() => Key;
}

/// <summary>
/// Every page handler and API endpoint the application has, read from its own endpoint data source, so
/// that a test built on it covers an endpoint the day it is added.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<Entry>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var entries = new List<Entry>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            var parameters = endpoint.RoutePattern.Parameters.Where(p => !p.IsOptional && !p.IsCatchAll).Select(p => p.Name).ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "(default)").Distinct().ToList();

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    entries.Add(new Entry(route, handler.HttpMethod.ToUpperInvariant(), handler.Name, parameters, true, anonymous, policies));
                }
                if (compiled.HandlerMethods.All(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)))
                {
                    entries.Add(new Entry(route, "GET", null, parameters, true, anonymous, policies));
                }
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            entries.AddRange(methods.Select(method => new Entry(route, method, null, parameters, false, anonymous, policies)));
        }
        return [.. entries.DistinctBy(e => e.Key).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }
}
