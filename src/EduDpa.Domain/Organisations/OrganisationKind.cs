namespace EduDpa.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>Onderwijsinstelling (bevoegd gezag): the controller.</summary>
    SchoolBoard = 1,

    /// <summary>Leverancier: a processor that supplies its own digital educational resources.</summary>
    Supplier = 2,

    /// <summary>Distributeur: a processor that supplies other publishers' resources (model art. 5.5 applies).</summary>
    Distributor = 3,
}

public static class OrganisationKindExtensions
{
    /// <summary>Suppliers and distributors are both processors (Verwerker) in the model agreement.</summary>
    public static bool IsProcessor(this OrganisationKind kind) => kind is OrganisationKind.Supplier or OrganisationKind.Distributor;
}
