namespace EduDpa.Domain.Accounts;

/// <summary>Roles on the platform itself, independent of any organisation.</summary>
[Flags]
public enum PlatformRoles
{
    None = 0,

    /// <summary>Manages organisations, accounts and reference data.</summary>
    Administrator = 1,

    /// <summary>Records and publishes analyses of vendors' own terms.</summary>
    Analyst = 2,
}
