namespace EduDpa.Domain.Common;

/// <summary>What can be wrong with a field. The web layer has a sentence for each.</summary>
public static class ValidationCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string KvkNumberFormat = "kvk-format";
    public const string BrinFormat = "brin-format";
    public const string PostcodeFormat = "postcode-format";
    public const string EmailFormat = "email-format";
    public const string BevoegdGezagNumberFormat = "bevoegd-gezag-format";
    public const string WebsiteFormat = "website-format";
    public const string DateRequiredForMember = "convenant-date-required";
    public const string DateInFuture = "date-in-future";
    public const string DuplicateBrin = "duplicate-brin";
    public const string UnknownValue = "unknown-value";
    public const string NoRoles = "no-roles";
    public const string LastAdmin = "last-admin";
    public const string Duplicate = "duplicate";
    public const string AlreadyMember = "already-member";
    public const string PhoneFormat = "phone-format";
    public const string UnknownCountry = "unknown-country";
    public const string UnknownService = "unknown-service";
    public const string UnknownModel = "unknown-model";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownField = "unknown-field";
    public const string WrongType = "wrong-type";
    public const string DateFormat = "date-format";
    public const string InvalidJson = "invalid-json";
    public const string OutOfRange = "out-of-range";
}
