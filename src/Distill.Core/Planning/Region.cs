using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// A generated region (DESIGN invariant 3): <c>&lt;!-- distill:begin NAME sha256=HEX --&gt;</c>, the body Distill wrote,
/// <c>&lt;!-- distill:end NAME --&gt;</c>. The hash is over the body as written, less task statuses and completion dates,
/// so a region whose body no longer has it was edited by hand, and ticking a task is not an edit.
/// </summary>
/// <param name="Name">Lower-case letters, digits and dashes.</param>
/// <param name="StoredHash">The hash in the begin marker.</param>
/// <param name="Body">The lines between the markers, with their line ends.</param>
/// <param name="Text">The markers and the body, exactly as in the file.</param>
internal sealed record Region(string Name, string StoredHash, string Body, string Text) : NotePart(Text)
{
    public bool IsEdited => !string.Equals(HashOf(Body), StoredHash, StringComparison.Ordinal);

    /// <summary>The region's text: markers around <paramref name="body"/>, which gets a final line end if it lacks one.</summary>
    public static string Render(string name, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Length == 0 || body.EndsWith('\n') ? body : body + "\n";
        return $"<!-- distill:begin {name} sha256={HashOf(lines)} -->\n{lines}<!-- distill:end {name} -->\n";
    }

    /// <summary>
    /// SHA-256 of the body with LF line ends and each task line in its normalised form (<see cref="ParsedTask.Normalised"/>):
    /// any status, without done and cancelled dates, fields in one order.
    /// </summary>
    public static string HashOf(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Split('\n').Select(line => line.TrimEnd('\r')).Select(line => TaskLine.Parse(line)?.Normalised ?? line);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
