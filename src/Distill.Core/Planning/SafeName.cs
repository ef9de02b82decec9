using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// A name made safe as one component of a path on Linux, macOS and Windows (DESIGN invariant 8), and the key under
/// which names that those file systems would fold together are one name.
/// </summary>
internal static class SafeName
{
    /// <summary>Well under the 255 bytes most file systems allow, leaving room for a date prefix, a suffix and ".md".</summary>
    public const int MaxBytes = 120;

    public const string Fallback = "Untitled";

    /// <summary>Path separators and the characters Windows forbids in a name become a dash: "1:1 with Jai" → "1-1 with Jai".</summary>
    private const string Dashed = "/\\:|";

    /// <summary>The rest of Windows' forbidden characters, and those Obsidian reads inside a link (heading, block, alias), are dropped.</summary>
    private const string Dropped = "*?\"<>#^[]";

    /// <summary>Windows' device names, reserved in any case and with any extension ("con.md" cannot be created either).</summary>
    private static readonly FrozenSet<string> Devices = new[] { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" }
        .Concat(Enumerable.Range(0, 10).SelectMany(digit => new[] { $"COM{digit}", $"LPT{digit}" }))
        .Concat(["COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cleaned = Trim(Collapse(Clean(WithoutLoneSurrogates(name).Normalize(NormalizationForm.FormC)).Normalize(NormalizationForm.FormC)));
        var cut = Trim(Truncate(cleaned));
        // Cutting can leave a device name ("CON" + one huge grapheme); the prefix can push the length over again.
        var safe = IsDevice(cut) ? Trim(Truncate("_" + cut)) : cut;
        return safe.Length == 0 ? Fallback : safe;
    }

    /// <summary>The key under which two names are one name: macOS and Windows fold case and Unicode normalisation.</summary>
    public static string Key(string name) => For(name).ToUpperInvariant().Normalize(NormalizationForm.FormC);

    private static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Dashed.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('-');
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && !Dropped.Contains(c, StringComparison.Ordinal) && !IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A byte-order mark, or a direction override, which makes a name read as something else ("exe.md" shown as "dm.exe").
    /// </summary>
    private static bool IsInvisible(char c) => c is '\uFEFF' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Windows drops trailing dots and spaces (two names become one); a leading dot hides the file.</summary>
    private static string Trim(string text) => text.Trim('.', ' ');

    private static string Truncate(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes)
        {
            return text;
        }

        var bytes = 0;
        var length = 0;
        while (length < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(length));
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(length, next));
            if (bytes + size > MaxBytes)
            {
                break;
            }

            bytes += size;
            length += next;
        }

        return text[..length];
    }

    private static bool IsDevice(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd(' ');
        return Devices.Contains(stem);
    }
}
