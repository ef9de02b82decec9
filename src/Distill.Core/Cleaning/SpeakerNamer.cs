using System.Text.RegularExpressions;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Recording channels to people: a microphone's label is the local channel, the vault owner; an app's
/// label ("zoom.us", "Parallels Desktop") or "Remote" is the other side — the counterpart of a 1:1
/// named in the title, else "Remote". Labels that already name someone stay as they are.
/// </summary>
internal sealed partial class SpeakerNamer : ICleaningStep
{
    public const string RemoteSpeaker = "Remote";

    /// <summary>Apps whose audio MacWhisper records as the remote side of a call.</summary>
    private static readonly string[] RemoteLabels =
    [
        "remote", "zoom", "parallels", "teams", "chrome", "safari", "firefox", "edge", "arc", "slack", "webex",
        "facetime", "discord", "google meet", "whatsapp", "skype", "system audio", "app audio",
    ];

    /// <summary>Devices that record the person at the desk.</summary>
    private static readonly string[] LocalLabels =
    [
        "microphone", "mic", "jabra", "airpods", "speak", "yeti", "headset", "macbook", "built-in", "iphone", "rode",
        "shure", "logitech", "elgato", "poly", "plantronics", "sennheiser", "usb audio", "local", "me",
    ];

    public Source Apply(Source source, CleaningOptions options)
    {
        var remote = Counterpart.FromTitle(source.Title, options.Owner) ?? RemoteSpeaker;
        return source with
        {
            Segments = [.. source.Segments.Select(segment => segment.Speaker is { } label
                ? segment with { Speaker = Name(label, options.LocalSpeaker, remote) }
                : segment)],
        };
    }

    /// <summary>Whether a speaker label names a person: not a channel, a device, "Remote", "Me", "Unknown" or "Speaker 3".</summary>
    public static bool IsPerson(string label) =>
        Channel(label) is null
        && !PlaceholderSpeaker().IsMatch(label)
        && label.Any(char.IsLetter);

    private static string Name(string label, string local, string remote) => Channel(label) switch
    {
        true => local,
        false => remote,
        null => label,
    };

    /// <summary>True for the local channel, false for the remote one, null for a label that is not a channel.</summary>
    private static bool? Channel(string label)
    {
        var words = label.ToLowerInvariant().Split([' ', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(word => RemoteLabels.Contains(word)) || RemoteLabels.Contains(label.ToLowerInvariant()))
        {
            return false;
        }

        if (words.Any(word => LocalLabels.Contains(word)) || LocalLabels.Contains(label.ToLowerInvariant()))
        {
            return true;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:speaker|spk|unknown|guest|participant|person|me|myself|remote|local)(?:[ _]?\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderSpeaker();
}
