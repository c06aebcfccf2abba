namespace EduDpa.Domain.Organisations;

/// <summary>The education sector of a school.</summary>
public enum Sector
{
    /// <summary>Primair onderwijs.</summary>
    Po = 1,

    /// <summary>Voortgezet onderwijs.</summary>
    Vo = 2,

    /// <summary>Speciaal onderwijs.</summary>
    So = 3,

    /// <summary>Voortgezet speciaal onderwijs.</summary>
    Vso = 4,

    /// <summary>Middelbaar beroepsonderwijs.</summary>
    Mbo = 5,
}
