using Distill.Core.Cleaning;

namespace Distill.Core.Planning;

/// <summary>
/// A meeting's readable title: the one its file or front matter gives, unless that is only what the recorder
/// calls every recording ("New Recording 12", "Google Chrome", "zoom_0"); then who the meeting was with.
/// </summary>
internal static class NoteTitle
{
    /// <summary>Words recorders and exporters put in default file names; a title of only these (and numbers) says nothing.</summary>
    private static readonly HashSet<string> RecorderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "recording", "untitled", "google", "chrome", "zoom", "us", "zoom.us", "meeting", "microsoft", "teams",
        "audio", "transcript", "transcription", "parallels", "desktop", "gmt", "voice", "memo", "macwhisper", "otter",
        "webex", "facetime", "call", "rec", "video", "file", "export", "copy", "of", "unknown",
    };

    public static string For(string title, IReadOnlyList<string> participants, string? owner)
    {
        if (!IsRecorderDefault(title))
        {
            return title.Trim();
        }

        var others = participants.Where(name => !string.Equals(name, owner, StringComparison.OrdinalIgnoreCase) && SpeakerNamer.IsPerson(name)).ToList();
        return others switch
        {
            [] => "Meeting",
            [var one] => $"Meeting with {one}",
            [.. var first, var last] when others.Count <= 3 => $"Meeting with {string.Join(", ", first)} and {last}",
            _ => $"Meeting with {string.Join(", ", others.Take(2))} and others",
        };
    }

    internal static bool IsRecorderDefault(string title) =>
        title.Split([' ', '_', '-', '.', '(', ')', '—', '–'], StringSplitOptions.RemoveEmptyEntries)
            .All(word => word.All(char.IsDigit) || RecorderWords.Contains(word));
}
