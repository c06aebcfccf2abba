namespace EduDpa.Domain.Identifiers;

/// <summary>A telephone number as people write one: digits with spaces, dashes, brackets and a leading +; 6 to 15 digits.</summary>
public static class PhoneNumber
{
    public const int MaxLength = 30;

    public static bool IsValid(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' or '(' or ')' || (c == '+' && i == 0)))
            {
                return false;
            }
        }
        return digits is >= 6 and <= 15;
    }
}
