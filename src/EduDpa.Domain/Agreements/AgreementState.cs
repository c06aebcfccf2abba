namespace EduDpa.Domain.Agreements;

/// <summary>Where an agreement is in its life. Drafting is where the parties fill in their details and negotiate Bijlage 3.</summary>
public enum AgreementState
{
    Draft = 1,
}
