using EduDpa.Domain.Common;

namespace EduDpa.Web.Infrastructure.Data;

public enum WriteOutcome
{
    Saved,

    /// <summary>The input breaks a rule; <see cref="WriteResult{T}.Errors"/> names the fields.</summary>
    Invalid,

    /// <summary>The input collides with something already stored (a KvK number, a BRIN code); the errors name the field.</summary>
    Duplicate,

    /// <summary>The person lacks the role for this step; <see cref="WriteResult{T}.Errors"/> says which.</summary>
    Forbidden,

    /// <summary>Nothing with that id exists for this user.</summary>
    NotFound,

    /// <summary>Someone else saved first; <see cref="WriteResult{T}.Value"/> holds what is stored now.</summary>
    Stale,
}

/// <summary>How a save ended, for a page and the API to show in their own way.</summary>
public sealed record WriteResult<T>(WriteOutcome Outcome, T? Value = default, ValidationErrors? Errors = null)
    where T : class
{
    public static WriteResult<T> Saved(T value) => new(WriteOutcome.Saved, value);
    public static WriteResult<T> Invalid(ValidationErrors errors) => new(WriteOutcome.Invalid, null, errors);
    public static WriteResult<T> Duplicate(ValidationErrors errors) => new(WriteOutcome.Duplicate, null, errors);
    public static WriteResult<T> NotFound() => new(WriteOutcome.NotFound);
    public static WriteResult<T> Forbidden(ValidationErrors errors) => new(WriteOutcome.Forbidden, null, errors);
    public static WriteResult<T> Stale(T current) => new(WriteOutcome.Stale, current);
}
