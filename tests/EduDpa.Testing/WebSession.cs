using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduDpa.Testing;

/// <summary>
/// A person using EduDpa through HTTP, as a browser would: cookies, forms with their anti-forgery
/// token, redirects inspected rather than followed. Pages are parsed with AngleSharp.
/// </summary>
public sealed class WebSession : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly HtmlParser Parser = new();

    private WebSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static WebSession Anonymous(TestApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = app.Address ?? new Uri("http://localhost") }));

    /// <summary>Signs in through the login form; fails the test unless that lands on the start page.</summary>
    public static async Task<WebSession> SignInAsync(TestApp app, string email, string password = TestData.Password)
    {
        var session = Anonymous(app);
        var response = await session.SubmitAsync("/account/login", "form.utrecht-form", f => f.Set("Input.Email", email).Set("Input.Password", password));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Sign-in of {email} did not land on the start page: {(int)response.StatusCode} {response.Headers.Location}");
        }
        return session;
    }

    /// <summary>A client for the API that authenticates with a personal access token.</summary>
    public static HttpClient Api(TestApp app, string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = app.Address ?? new Uri("http://localhost") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetAsync(url);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"GET {url}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/> as a
    /// person would (keeping every field the page put there), and submits it with the submit button matched
    /// by <paramref name="submitter"/> (its formaction counts) or the form's own action.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, Action<FormFields>? fill = null, string? submitter = null)
    {
        var page = await PageAsync(pageUrl);
        return await SubmitAsync(page, pageUrl, formSelector, fill, submitter);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string pageUrl, string formSelector, Action<FormFields>? fill = null, string? submitter = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var fields = FormFields.From(form);
        fill?.Invoke(fields);
        var action = form.GetAttribute("action");
        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter) ?? throw new InvalidOperationException($"No button '{submitter}' in the form on {pageUrl}.");
            action = button.GetAttribute("formaction") ?? action;
            if (button.GetAttribute("name") is { Length: > 0 } name)
            {
                fields.Add(name, button.GetAttribute("value") ?? string.Empty);
            }
        }
        var target = Resolve(pageUrl, action);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join('&', fields.Pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
            return await GetAsync(target.Split('?')[0] + "?" + query);
        }
        return await PostAsync(target, fields);
    }

    /// <summary>Posts fields to a URL with a fresh anti-forgery token, as a form on any of the person's pages would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Action<FormFields> fill)
    {
        var fields = new FormFields();
        fill(fields);
        if (!fields.Has("__RequestVerificationToken"))
        {
            fields.Set("__RequestVerificationToken", await AntiforgeryTokenAsync());
        }
        return await PostAsync(url, fields);
    }

    public async Task<string> AntiforgeryTokenAsync()
    {
        var page = await PageAsync("/account/login");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the login page.");
    }

    private Task<HttpResponseMessage> PostAsync(string url, FormFields fields) =>
        Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields.Pairs));

    private static string Resolve(string pageUrl, string? action)
    {
        if (string.IsNullOrEmpty(action))
        {
            return pageUrl;
        }
        if (action.StartsWith('?'))
        {
            var path = pageUrl.Split('?')[0];
            return path + action;
        }
        return action;
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>A form's fields in order; a name may repeat (checkbox lists).</summary>
public sealed class FormFields
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public static FormFields From(IHtmlFormElement form)
    {
        var fields = new FormFields();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(input.Name, input.Value);
                        }
                    }
                    else
                    {
                        fields.Add(input.Name, input.Value);
                    }
                    break;
                case IHtmlSelectElement { IsMultiple: true } multiple when !string.IsNullOrEmpty(multiple.Name):
                    foreach (var option in multiple.SelectedOptions.OfType<IHtmlOptionElement>())
                    {
                        fields.Add(multiple.Name, option.Value);
                    }
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(select.Name, select.Value ?? string.Empty);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(area.Name, area.Value);
                    break;
            }
        }
        return fields;
    }

    public bool Has(string name) => _pairs.Any(p => p.Key == name);

    public string? Get(string name) => _pairs.FirstOrDefault(p => p.Key == name).Value;

    public FormFields Add(string name, string value)
    {
        _pairs.Add(new(name, value));
        return this;
    }

    /// <summary>Replaces every value of the field. For a checkbox: true sets "true", false removes it.</summary>
    public FormFields Set(string name, string? value)
    {
        _pairs.RemoveAll(p => p.Key == name);
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }
        return this;
    }

    public FormFields Check(string name, bool on)
    {
        _pairs.RemoveAll(p => p.Key == name && p.Value == "true");
        if (on)
        {
            _pairs.Insert(0, new(name, "true"));
        }
        return this;
    }

    public FormFields SetAll(string name, params string[] values)
    {
        _pairs.RemoveAll(p => p.Key == name);
        _pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }
}

public static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(WebSession.Json))!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, WebSession.Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body, WebSession.Json);
}
