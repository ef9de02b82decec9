using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Sources;

/// <summary>
/// A source's identity (DESIGN invariant 1): SHA-256 of its text in NFC with LF line endings,
/// trailing spaces and trailing blank lines dropped, so a re-export with other line endings is the same source.
/// </summary>
internal static class ContentIdentity
{
    public static string Of(IEnumerable<string> lines)
    {
        var normalised = string.Join('\n', lines.Select(line => line.TrimEnd())).TrimEnd('\n').Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
