namespace EduDpa.Domain.Agreements;

/// <summary>
/// What has to be settled before anyone signs, as the caller found it: the conformity check's errors at the
/// signing stage (rule ids), optional services the board has not decided, transfers it has not consented to
/// (Bijlage 1 D and G), and Bijlage 3 proposals still open.
/// </summary>
public sealed record SigningReadiness(IReadOnlyList<string> ErrorRuleIds, int UndecidedServices, int UnconsentedTransfers, int OpenAmendments)
{
    public static readonly SigningReadiness Ready = new([], 0, 0, 0);
}
