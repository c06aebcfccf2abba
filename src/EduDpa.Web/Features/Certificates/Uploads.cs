using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduDpa.Web.Features.Certificates;

/// <summary>Settings for uploaded documents (section "Documents").</summary>
public sealed class UploadOptions
{
    /// <summary>The largest PDF accepted, in megabytes (Documents:MaxUploadMegabytes).</summary>
    public int MaxUploadMegabytes { get; set; } = StoredDocument.DefaultMaxMegabytes;

    public long MaxBytes => MaxUploadMegabytes * 1024L * 1024L;
}

/// <summary>
/// What the certificate and audit uploads share: reading a file only when it is within the limit, the sentence for a file
/// that is too large (naming the field and the limit), and the anti-forgery check for the API's form posts.
/// </summary>
public sealed class Uploads(IOptions<UploadOptions> options, ValidationMessages messages, IStringLocalizer<SharedResource> t, IAntiforgery antiforgery, TenantContext tenant)
{
    public long MaxBytes => options.Value.MaxBytes;
    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>The file as the domain judges it; its bytes are read only when it is within the limit (a larger one is refused unread).</summary>
    public async Task<FileUpload?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }
        if (file.Length > MaxBytes)
        {
            return new FileUpload(file.FileName, file.ContentType, file.Length, null);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new FileUpload(file.FileName, file.ContentType, file.Length, buffer.ToArray());
    }

    public string Describe(string field, string code, string? scope) =>
        code == FileCodes.TooLarge ? t[$"Validation.{code}", messages.FieldLabel(field, scope), MaxMegabytes] : messages.Describe(field, code, scope);

    public Dictionary<string, string[]> ForApi(ValidationErrors errors, string? scope) =>
        errors.ByField.ToDictionary(e => ValidationMessages.ApiFieldName(e.Key), e => e.Value.Select(code => Describe(e.Key, code, scope)).ToArray());

    public void AddTo(ModelStateDictionary modelState, string prefix, ValidationErrors errors, string? scope)
    {
        foreach (var (field, codes) in errors.ByField)
        {
            foreach (var code in codes)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", Describe(field, code, scope));
            }
        }
    }

    /// <summary>
    /// A form post to the API made with the login cookie must carry the anti-forgery token (header RequestVerificationToken or
    /// field __RequestVerificationToken): unlike a JSON body, a multipart form can be posted from another site. With a personal
    /// access token there is no cookie to abuse and no token is needed.
    /// </summary>
    public async Task<bool> IsForgedAsync(HttpContext context) =>
        tenant.AccessTokenId is null && !await antiforgery.IsRequestValidAsync(context);

    /// <summary>A stored PDF as a download: always as an attachment, never sniffed, never cached by shared caches.</summary>
    public static IResult Download(HttpContext context, StoredDocument document)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(document.Bytes, StoredDocument.PdfContentType, document.FileName);
    }
}
