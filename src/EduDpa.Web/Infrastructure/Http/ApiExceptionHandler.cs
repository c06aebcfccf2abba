using System.Text.Json;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Infrastructure.Http;

/// <summary>
/// Answers every failure of an /api request as application/problem+json: unreadable JSON names the
/// field it could not read, a refused domain rule names its field, a stale save is a 409, anything
/// else a 500 without internals. Page requests fall through to the error page.
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problems,
    ValidationMessages messages,
    IStringLocalizer<SharedResource> t,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request path is the error page's; the feature keeps the path that failed.
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!failedPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => UnreadableField(json),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = t["Api.BadRequest"], Detail = bad.Message },
            DomainRuleViolation rule => new HttpValidationProblemDetails(messages.ForApi(rule.ToErrors())) { Status = StatusCodes.Status400BadRequest, Title = t["Api.ValidationFailed"] },
            DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = t["Concurrency.Title"], Detail = t["Concurrency.Api"] },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = t["Api.ServerError"] },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error in {Method} {Path}", httpContext.Request.Method, failedPath);
        }
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private HttpValidationProblemDetails UnreadableField(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [t["Api.UnreadableField", field]] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = t["Api.ValidationFailed"],
        };
    }
}
