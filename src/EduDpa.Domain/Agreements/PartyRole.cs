namespace EduDpa.Domain.Agreements;

/// <summary>The two parties of a processing agreement.</summary>
public enum PartyRole
{
    /// <summary>Onderwijsinstelling (the school board): the controller.</summary>
    Controller = 1,

    /// <summary>Verwerker (supplier or distributor): the processor.</summary>
    Processor = 2,
}

public static class PartyRoleExtensions
{
    public static PartyRole Other(this PartyRole role) => role == PartyRole.Controller ? PartyRole.Processor : PartyRole.Controller;
}
