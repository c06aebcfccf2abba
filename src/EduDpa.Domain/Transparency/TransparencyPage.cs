using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Transparency;

/// <summary>
/// A school board's public page for pupils and parents (convenant art. 7.1, 7.2): whether it is published, the
/// board's own introduction and the privacy contact it publishes. What the page lists comes from the board's
/// agreements; this is only what the board itself writes. Until the board saves it the page is not published.
/// </summary>
public sealed class TransparencyPage : IVersioned
{
    public const int IntroductionMaxLength = 4000;
    public const int ShortTextMaxLength = 200;

    private TransparencyPage() { }

    public Guid BoardId { get; private set; }
    public bool Published { get; private set; }

    /// <summary>The board's introduction: plain text, paragraphs separated by a blank line.</summary>
    public string? Introduction { get; private set; }

    /// <summary>Who parents write to: a role or a name ("Functionaris gegevensbescherming"); the only name the page shows.</summary>
    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }

    /// <summary>The board's own privacy page, for more information.</summary>
    public Uri? ContactUrl { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When it was last published (kept when unpublished, for the board's own overview).</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The page as a board has it before it ever saved one: not published, nothing written.</summary>
    public static TransparencyPage Unsaved(Guid boardId) => new() { BoardId = boardId };

    /// <summary>Replaces what the board writes. A published page needs an e-mail address parents can write to.</summary>
    public static TransparencyPage Create(Guid boardId, TransparencyPageInput input, DateTimeOffset now)
    {
        var page = new TransparencyPage { BoardId = boardId };
        page.Apply(input, now);
        return page;
    }

    public void Change(TransparencyPageInput input, DateTimeOffset now) => Apply(input, now);

    private void Apply(TransparencyPageInput input, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var introduction = Paragraphs(input.Introduction, nameof(input.Introduction), errors);
        var name = Text.Optional(input.ContactName, nameof(input.ContactName), ShortTextMaxLength, errors);
        var email = Text.Clean(input.ContactEmail);
        EmailAddress? parsedEmail = null;
        if (email is not null && !EmailAddress.TryParse(email, out parsedEmail))
        {
            errors.Add(nameof(input.ContactEmail), ValidationCodes.EmailFormat);
        }
        else if (email is null && input.Published)
        {
            errors.Add(nameof(input.ContactEmail), ValidationCodes.Required);
        }
        var phone = Text.Clean(input.ContactPhone);
        if (phone is not null && !PhoneNumber.IsValid(phone))
        {
            errors.Add(nameof(input.ContactPhone), ValidationCodes.PhoneFormat);
        }
        var url = Text.Clean(input.ContactUrl);
        Uri? parsedUrl = null;
        if (url is not null && !WebAddress.TryParse(url, out parsedUrl))
        {
            errors.Add(nameof(input.ContactUrl), ValidationCodes.WebsiteFormat);
        }
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
        if (input.Published && !Published)
        {
            PublishedAt = now;
        }
        Published = input.Published;
        Introduction = introduction;
        ContactName = name;
        ContactEmail = parsedEmail?.Value;
        ContactPhone = phone;
        ContactUrl = parsedUrl;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Trimmed lines, paragraphs separated by one blank line, runs of spaces collapsed; null when empty.</summary>
    private static string? Paragraphs(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var paragraphs = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        if (text.Length > IntroductionMaxLength)
        {
            errors.Add(field, ValidationCodes.TooLong);
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>The introduction's paragraphs, for rendering.</summary>
    public IReadOnlyList<string> IntroductionParagraphs => Introduction?.Split("\n\n") ?? [];
}

/// <summary>What the board's editor or admin fills in on the page's settings.</summary>
public sealed record TransparencyPageInput(bool Published, string? Introduction, string? ContactName, string? ContactEmail, string? ContactPhone, string? ContactUrl);
