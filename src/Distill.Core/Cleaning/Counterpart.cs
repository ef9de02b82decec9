using System.Text.RegularExpressions;

namespace Distill.Core.Cleaning;

/// <summary>
/// The other person of a 1:1, as its title or file name names them: "Jai Menon", "1:1 with Jai Menon",
/// "1:1 — Jai Menon — 2025-09-30", "Jonsi Jason 1:1", "Jeff Denworth - Microsoft strategy". A title that
/// says more than names and meeting words ("Silk briefed Jason on …") names no counterpart, nor does a
/// name beside meeting words without a 1:1 marker ("Lumen weekly" is a project's meeting).
/// </summary>
public static partial class Counterpart
{
    /// <summary>Words that name a kind of meeting or a recorder, never a person.</summary>
    private static readonly HashSet<string> MeetingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "1:1", "1-1", "1on1", "one", "on", "with", "and", "&", "x", "vs", "<>", "/", "sync", "weekly", "biweekly",
        "monthly", "daily", "call", "meeting", "chat", "catch", "up", "catch-up", "catchup", "intro", "introduction",
        "check-in", "checkin", "standup", "stand-up", "review", "discussion", "recording", "new", "untitled",
        "transcript", "transcription", "notes", "zoom", "teams", "microsoft", "google", "chrome", "meet", "parallels",
        "desktop", "audio", "unknown", "remote", "me", "myself", "speaker", "follow-up", "followup", "prep", "the",
        "a", "our", "my", "session", "coffee", "lunch", "quick", "connect",
    };

    /// <summary>Meeting words that make the name beside them the other person of a 1:1.</summary>
    private static readonly HashSet<string> OneOnOneMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "1:1", "1-1", "1on1", "one-on-one", "with", "<>", "/", "&", "and", "x", "vs",
    };

    public static string? FromTitle(string title, string? owner)
    {
        var ownerParts = (owner ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var part in TitleParts().Split(title))
        {
            var names = Names(part, ownerParts);
            if (names is { Count: 1 })
            {
                return names[0];
            }

            if (names is { Count: > 1 })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The names in a part of a title made only of names and meeting words; null when it says anything else.</summary>
    private static List<string>? Names(string part, HashSet<string> ownerParts)
    {
        var words = part.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        var current = new List<string>();
        var hasMeetingWords = false;
        var hasMarker = false;
        foreach (var word in words)
        {
            var bare = word.Trim(',', '(', ')', '"', '\'', '“', '”');
            var isName = NameWord().IsMatch(bare) && !MeetingWords.Contains(bare);
            if (isName && !ownerParts.Contains(bare))
            {
                current.Add(bare);
                continue;
            }

            if (!isName && !MeetingWords.Contains(bare) && !DateLike().IsMatch(bare))
            {
                return null;
            }

            hasMeetingWords |= MeetingWords.Contains(bare);
            hasMarker |= OneOnOneMarkers.Contains(bare) || ownerParts.Contains(bare);

            Flush();
        }

        Flush();
        return names.Count == 0 || (hasMeetingWords && !hasMarker) ? null : names;

        void Flush()
        {
            if (current.Count is > 0 and <= 4)
            {
                names.Add(string.Join(' ', current));
            }

            current.Clear();
        }
    }

    [GeneratedRegex(@"\s+[-—–:|]\s+")]
    private static partial Regex TitleParts();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Lu}'’.\-]*$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^[\d:./-]+$")]
    private static partial Regex DateLike();
}
