namespace EduDpa.Web.Infrastructure;

/// <summary>
/// The address people reach EduDpa at (<c>App:PublicUrl</c>), used for links in e-mails. Configured
/// rather than taken from the request, so that a forged Host header cannot redirect a reset link.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration)
{
    private readonly Uri _base = new((configuration["App:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/') + "/");

    public string For(string pathAndQuery) => new Uri(_base, pathAndQuery.TrimStart('/')).ToString();
}
