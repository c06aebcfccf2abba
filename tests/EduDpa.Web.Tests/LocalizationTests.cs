using System.Xml.Linq;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

public sealed class LocalizationTests(SharedApps apps)
{
    private static Dictionary<string, string> Texts(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "EduDpa.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [Fact]
    public void Every_Dutch_text_has_an_English_one_and_none_is_empty()
    {
        var dutch = Texts("SharedResource.resx");
        var english = Texts("SharedResource.en.resx");

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch.Concat(english), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Key));
        Assert.All(dutch.Keys, key => Assert.Equal(
            System.Text.RegularExpressions.Regex.Matches(dutch[key], @"\{\d\}").Select(m => m.Value).Order(),
            System.Text.RegularExpressions.Regex.Matches(english[key], @"\{\d\}").Select(m => m.Value).Order()));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_are_Dutch_first_and_the_switch_makes_them_English_and_back(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = WebSession.Anonymous(app);
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var dutch = await session.PageAsync("/account/login");
        Assert.Equal("nl", dutch.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Inloggen", dutch.QuerySelector("h1")!.TextContent);

        var switched = await session.SubmitAsync(dutch, "/account/login", "form[action='/language']", submitter: "#language-switch");
        Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        var english = await session.PageAsync("/account/login");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Log in", english.QuerySelector("h1")!.TextContent);

        await session.SubmitAsync(english, "/account/login", "form[action='/language']", submitter: "#language-switch");
        Assert.Equal("nl", (await session.PageAsync("/account/login")).DocumentElement.GetAttribute("lang"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_language_switch_only_returns_to_pages_of_this_site(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = WebSession.Anonymous(app);

        var response = await session.PostFormAsync("/language", f => f.Set("language", "en").Set("returnUrl", "https://elders.example/phish"));
        var protocolRelative = await session.PostFormAsync("/language", f => f.Set("language", "en").Set("returnUrl", "//elders.example"));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("/", protocolRelative.Headers.Location?.OriginalString);
    }
}
