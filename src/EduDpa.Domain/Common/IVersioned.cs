namespace EduDpa.Domain.Common;

/// <summary>
/// An aggregate that people edit. Each state change raises <see cref="Version"/>, so a save
/// made from a stale copy is detected instead of silently overwriting someone else's work.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
