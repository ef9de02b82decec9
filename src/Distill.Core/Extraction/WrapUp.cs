using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// Where a meeting turns to what happens next ("for the next meeting", "next steps", "action items"),
/// if it does in its last part: what people take on there is what the meeting decided they would do.
/// </summary>
internal static partial class WrapUp
{
    /// <summary>A wrap-up starts in the last part of a meeting; the same words earlier are planning the agenda.</summary>
    private const double LastPart = 0.6;

    /// <summary>The index of the first sentence of the wrap-up, or null when the meeting has none.</summary>
    public static int? Start(Meeting meeting)
    {
        var from = (int)(meeting.Utterances.Length * LastPart);
        return meeting.Utterances.Skip(from).FirstOrDefault(utterance => Cue().IsMatch(utterance.Text))?.Index;
    }

    [GeneratedRegex(@"\b(?:next meeting|next steps?|action items?|to recap|to sum up|to summari[sz]e|for next time|before we (?:finish|wrap|go|end)|wrap (?:it )?up|homework|take ?aways?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
