using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("02070578", "02070578")]
    [InlineData("0207 0578", "02070578")]
    [InlineData(" 41.15.96.05 ", "41159605")]
    public void Kvk_number_accepts_eight_digits_with_separators(string input, string stored)
    {
        Assert.True(KvkNumber.TryParse(input, out var kvk));
        Assert.Equal(stored, kvk.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("١٢٣٤٥٦٧٨")] // Arabic-Indic digits are digits to char.IsDigit, not to the Chamber of Commerce.
    public void Kvk_number_refuses_anything_but_eight_ascii_digits(string? input) => Assert.False(KvkNumber.TryParse(input, out _));

    [Theory]
    [InlineData("17GW", "17GW")]
    [InlineData("17gw", "17GW")]
    [InlineData(" 00 aa ", "00AA")]
    public void Brin_is_two_digits_then_two_letters_in_capitals(string input, string stored)
    {
        Assert.True(Brin.TryParse(input, out var brin));
        Assert.Equal(stored, brin.Value);
    }

    [Theory]
    [InlineData("GW17")]
    [InlineData("17G")]
    [InlineData("17GWX")]
    [InlineData("1AGW")]
    [InlineData("17É1")]
    [InlineData("")]
    public void Brin_refuses_other_shapes(string input) => Assert.False(Brin.TryParse(input, out _));

    [Theory]
    [InlineData("5271 SW", "5271 SW")]
    [InlineData("5271sw", "5271 SW")]
    [InlineData(" 1234  ab ", "1234 AB")]
    public void Postcode_is_stored_as_four_digits_space_two_capitals(string input, string stored)
    {
        Assert.True(Postcode.TryParse(input, out var postcode));
        Assert.Equal(stored, postcode.Value);
    }

    [Theory]
    [InlineData("0123 AB")] // no postcode starts with 0
    [InlineData("1234 SA")] // SA, SD and SS are never issued
    [InlineData("1234 SD")]
    [InlineData("1234 SS")]
    [InlineData("123 AB")]
    [InlineData("1234 A")]
    [InlineData("1234 A1")]
    [InlineData("B-1000")]
    public void Postcode_refuses_what_PostNL_never_issues(string input) => Assert.False(Postcode.TryParse(input, out _));

    [Theory]
    [InlineData("f.bots@kentalis.nl", "f.bots@kentalis.nl")]
    [InlineData(" Privacy.Officer@School-Bestuur.NL ", "privacy.officer@school-bestuur.nl")]
    [InlineData("a+label@sub.domain.example", "a+label@sub.domain.example")]
    public void Email_is_trimmed_and_lower_cased(string input, string stored)
    {
        Assert.True(EmailAddress.TryParse(input, out var email));
        Assert.Equal(stored, email.Value);
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@school.nl")]
    [InlineData("naam@")]
    [InlineData("naam@school")]
    [InlineData("naam@@school.nl")]
    [InlineData("na me@school.nl")]
    [InlineData(".naam@school.nl")]
    [InlineData("naam..x@school.nl")]
    [InlineData("naam@-school.nl")]
    [InlineData("naam@school.n1")]
    public void Email_refuses_addresses_that_cannot_receive_mail(string input) => Assert.False(EmailAddress.TryParse(input, out _));

    [Fact]
    public void Email_refuses_an_address_longer_than_254_characters() =>
        Assert.False(EmailAddress.TryParse(new string('a', 60) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".nl", out _));

    [Theory]
    [InlineData("41159", true)]
    [InlineData("4115", false)]
    [InlineData("411590", false)]
    [InlineData("4115a", false)]
    public void Bevoegd_gezag_number_is_five_digits(string input, bool valid) => Assert.Equal(valid, BevoegdGezagNumber.TryParse(input, out _));

    [Fact]
    public void Identifiers_with_the_same_value_are_equal() =>
        Assert.Equal(KvkNumber.Parse("0207 0578"), KvkNumber.Parse("02070578"));
}
