namespace EduDpa.Domain.Organisations;

/// <summary>Whether an organisation has joined the Convenant Digitale Onderwijsmiddelen en Privacy, and since when.</summary>
public sealed record ConvenantMembership(bool IsMember, DateOnly? Since)
{
    public static readonly ConvenantMembership None = new(false, null);
}
