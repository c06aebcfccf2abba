using System.Security.Cryptography;
using System.Text;

namespace EduDpa.Web.Infrastructure.Security;

/// <summary>Random secrets handed to people once (API tokens, invitation links) and the hashes kept of them.</summary>
public static class Secrets
{
    /// <summary>A new secret: the prefix, then 32 random bytes in URL-safe base64.</summary>
    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>SHA-256 in lower-case hex. The secrets are random and long, so a fast hash is enough.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
