using System.Diagnostics.CodeAnalysis;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Organisations;

/// <summary>Checked details of an organisation, ready to create or update one.</summary>
public sealed record OrganisationDetails(
    OrganisationKind Kind,
    string Name,
    KvkNumber KvkNumber,
    BevoegdGezagNumber? BevoegdGezagNumber,
    Address Address,
    Uri? Website,
    ConvenantMembership Convenant,
    IReadOnlyList<SchoolDetails> Schools)
{
    public const int NameMaxLength = 200;
    public const int StreetMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int WebsiteMaxLength = WebAddress.MaxLength;

    /// <summary>
    /// Checks every field and reports every problem at once, each under the name of its input field.
    /// A school board needs its bevoegd-gezag number; suppliers and distributors have no schools.
    /// </summary>
    public static bool TryCreate(
        OrganisationInput input,
        DateOnly today,
        [NotNullWhen(true)] out OrganisationDetails? details,
        out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        details = null;

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), ValidationCodes.Required);
            kind = OrganisationKind.SchoolBoard;
        }
        var name = Text.Required(input.Name, nameof(input.Name), NameMaxLength, errors);

        if (!KvkNumber.TryParse(input.KvkNumber, out var kvk))
        {
            errors.Add(nameof(input.KvkNumber), string.IsNullOrWhiteSpace(input.KvkNumber) ? ValidationCodes.Required : ValidationCodes.KvkNumberFormat);
        }

        BevoegdGezagNumber? bevoegdGezag = null;
        if (kind == OrganisationKind.SchoolBoard && !BevoegdGezagNumber.TryParse(input.BevoegdGezagNumber, out bevoegdGezag))
        {
            errors.Add(nameof(input.BevoegdGezagNumber), string.IsNullOrWhiteSpace(input.BevoegdGezagNumber) ? ValidationCodes.Required : ValidationCodes.BevoegdGezagNumberFormat);
        }

        var street = Text.Required(input.Street, nameof(input.Street), StreetMaxLength, errors);
        var city = Text.Required(input.City, nameof(input.City), CityMaxLength, errors);
        if (!Postcode.TryParse(input.Postcode, out var postcode))
        {
            errors.Add(nameof(input.Postcode), string.IsNullOrWhiteSpace(input.Postcode) ? ValidationCodes.Required : ValidationCodes.PostcodeFormat);
        }

        var website = ParseWebsite(input.Website, errors);
        var convenant = ParseConvenant(input, today, errors);
        var schools = ParseSchools(kind, input.Schools, errors);

        if (!errors.IsEmpty)
        {
            return false;
        }
        details = new OrganisationDetails(kind, name, kvk!, bevoegdGezag, new Address(street, postcode!, city), website, convenant, schools);
        return true;
    }

    private static Uri? ParseWebsite(string? input, ValidationErrors errors)
    {
        var text = Text.Clean(input);
        if (text is null)
        {
            return null;
        }
        if (!WebAddress.TryParse(text, out var uri))
        {
            errors.Add(nameof(OrganisationInput.Website), ValidationCodes.WebsiteFormat);
        }
        return uri;
    }

    private static ConvenantMembership ParseConvenant(OrganisationInput input, DateOnly today, ValidationErrors errors)
    {
        if (!input.ConvenantMember)
        {
            return ConvenantMembership.None;
        }
        if (input.ConvenantMemberSince is not { } since)
        {
            errors.Add(nameof(input.ConvenantMemberSince), ValidationCodes.DateRequiredForMember);
            return ConvenantMembership.None;
        }
        if (since > today)
        {
            errors.Add(nameof(input.ConvenantMemberSince), ValidationCodes.DateInFuture);
        }
        return new ConvenantMembership(true, since);
    }

    private static List<SchoolDetails> ParseSchools(OrganisationKind kind, IReadOnlyList<SchoolInput> inputs, ValidationErrors errors)
    {
        var schools = new List<SchoolDetails>();
        if (kind != OrganisationKind.SchoolBoard)
        {
            if (inputs.Count > 0)
            {
                errors.Add(nameof(OrganisationInput.Schools), ValidationCodes.UnknownValue);
            }
            return schools;
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = $"{nameof(OrganisationInput.Schools)}[{i}].";
            if (SchoolDetails.TryCreate(inputs[i], out var school, out var schoolErrors))
            {
                if (schools.Any(s => s.Brin == school.Brin))
                {
                    errors.Add(prefix + nameof(SchoolInput.Brin), ValidationCodes.DuplicateBrin);
                }
                schools.Add(school);
            }
            errors.AddAll(prefix, schoolErrors);
        }
        return schools;
    }
}

public sealed record SchoolDetails(Guid? Id, string Name, Brin Brin, Sector Sector)
{
    public const int NameMaxLength = 200;

    public static bool TryCreate(SchoolInput input, [NotNullWhen(true)] out SchoolDetails? details, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        details = null;
        var name = Text.Required(input.Name, nameof(input.Name), NameMaxLength, errors);
        if (!Brin.TryParse(input.Brin, out var brin))
        {
            errors.Add(nameof(input.Brin), string.IsNullOrWhiteSpace(input.Brin) ? ValidationCodes.Required : ValidationCodes.BrinFormat);
        }
        if (input.Sector is not { } sector || !Enum.IsDefined(sector))
        {
            errors.Add(nameof(input.Sector), ValidationCodes.Required);
            sector = Sector.Po;
        }
        if (!errors.IsEmpty)
        {
            return false;
        }
        details = new SchoolDetails(input.Id, name, brin!, sector);
        return true;
    }
}
