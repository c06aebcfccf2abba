using System.Diagnostics.CodeAnalysis;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Agreements;

/// <summary>Who signs for a party: name and function (model: "te dezen rechtsgeldig vertegenwoordigd door").</summary>
public sealed record Representative(string Name, string Function)
{
    public const int MaxLength = 200;

    public override string ToString() => $"{Name}, {Function}";

    /// <summary>Both or neither: a name without a function (or the reverse) is refused.</summary>
    public static Representative? Parse(string? name, string? function, ValidationErrors errors)
    {
        var cleanName = Text.Optional(name, "RepresentativeName", MaxLength, errors);
        var cleanFunction = Text.Optional(function, "RepresentativeFunction", MaxLength, errors);
        if (cleanName is null && cleanFunction is null)
        {
            return null;
        }
        if (cleanName is null)
        {
            errors.Add("RepresentativeName", ValidationCodes.Required);
        }
        if (cleanFunction is null)
        {
            errors.Add("RepresentativeFunction", ValidationCodes.Required);
        }
        return cleanName is null || cleanFunction is null ? null : new Representative(cleanName, cleanFunction);
    }
}

/// <summary>
/// The Onderliggende Overeenkomst (consideration a): when it was made and what the processor delivers under it;
/// and the term, in days after it ends, within which the data is returned or destroyed (art. 12.2), which the
/// parties agree together and must have agreed before signing.
/// </summary>
public sealed record UnderlyingContract(DateOnly? Date, string? Description, int? ReturnTermDays = null)
{
    public const int DescriptionMaxLength = 2000;
    public const int MaxReturnTermDays = 365;

    public static readonly UnderlyingContract Empty = new(null, null);
}

/// <summary>What the school board fills in: its representative and the schools the agreement covers.</summary>
public sealed record ControllerPartInput(string? RepresentativeName, string? RepresentativeFunction, bool CoversAllSchools, IReadOnlyList<Guid>? SchoolIds);

/// <summary>What the processor fills in: its representative.</summary>
public sealed record ProcessorPartInput(string? RepresentativeName, string? RepresentativeFunction);

/// <summary>What both parties may fill in: the underlying contract and the products it covers.</summary>
public sealed record SharedPartInput(DateOnly? ContractDate, string? ContractDescription, IReadOnlyList<Guid>? ProductIds, int? ReturnTermDays = null);

/// <summary>Checks of the parts against what the parties actually have (their schools, the processor's products).</summary>
public static class AgreementParts
{
    public static bool TryControllerPart(ControllerPartInput input, IReadOnlyCollection<Guid> boardSchoolIds,
        out Representative? representative, [NotNullWhen(true)] out IReadOnlyList<Guid>? schools, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        representative = Representative.Parse(input.RepresentativeName, input.RepresentativeFunction, errors);
        var chosen = (input.SchoolIds ?? []).Distinct().ToList();
        if (!input.CoversAllSchools)
        {
            if (chosen.Count == 0)
            {
                errors.Add("SchoolIds", ValidationCodes.Required);
            }
            else if (chosen.Any(id => !boardSchoolIds.Contains(id)))
            {
                errors.Add("SchoolIds", ValidationCodes.UnknownValue);
            }
        }
        schools = errors.IsEmpty ? (input.CoversAllSchools ? [] : chosen) : null;
        return errors.IsEmpty;
    }

    public static bool TrySharedPart(SharedPartInput input, IReadOnlyCollection<Guid> processorProductIds,
        [NotNullWhen(true)] out UnderlyingContract? contract, [NotNullWhen(true)] out IReadOnlyList<Guid>? products, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var description = Text.Optional(input.ContractDescription, "ContractDescription", UnderlyingContract.DescriptionMaxLength, errors);
        var chosen = (input.ProductIds ?? []).Distinct().ToList();
        if (chosen.Count == 0)
        {
            errors.Add("ProductIds", ValidationCodes.Required);
        }
        else if (chosen.Any(id => !processorProductIds.Contains(id)))
        {
            errors.Add("ProductIds", ValidationCodes.UnknownValue);
        }
        if (input.ReturnTermDays is < 1 or > UnderlyingContract.MaxReturnTermDays)
        {
            errors.Add("ReturnTermDays", ValidationCodes.OutOfRange);
        }
        contract = errors.IsEmpty ? new UnderlyingContract(input.ContractDate, description, input.ReturnTermDays) : null;
        products = errors.IsEmpty ? chosen : null;
        return errors.IsEmpty;
    }
}
