using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>The priority a task sentence gives by its cues, whole words in any case.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Highest: "urgent", "critical", "blocker(s)", "blocking", "P0", "top priority", "highest priority",
/// "immediately" — the work cannot wait.</item>
/// <item>High: "ASAP", "as soon as possible", "as soon as you can", "right away", "high(er) priority",
/// "important", "P1" — wanted soon, but not stopping anyone.</item>
/// <item>Low: "low(er) priority", "nice to have", "whenever", "no rush", "no hurry", and a negated cue of
/// the two above ("not urgent", "not a blocker", "non-critical", "not a top priority").</item>
/// <item>Medium: no cue, or only "no blockers" (nothing is in the way, which says nothing of the task's
/// urgency). With several cues the most urgent wins; a negated cue never raises the priority.</item>
/// </list>
/// </remarks>
internal static partial class Priorities
{
    /// <summary>Not after a negation: "not a blocker", "no blockers", "non-critical".</summary>
    private const string NotNegated = @"(?<!\b(?:not|isn't|aren't|wasn't|no|non)[\s-]+(?:(?:a|an|that|very|really|super|the)\s+)?)";

    public static Priority Of(string sentence) =>
        Highest().IsMatch(sentence) ? Priority.Highest
        : High().IsMatch(sentence) ? Priority.High
        : Low().IsMatch(sentence) ? Priority.Low
        : Priority.Medium;

    [GeneratedRegex(NotNegated + @"\b(?:urgent(?:ly)?|critical|blockers?|blocking|P0|top\s+priority|highest\s+priority|immediately)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Highest();

    [GeneratedRegex(NotNegated + @"\b(?:ASAP|as\s+soon\s+as\s+(?:possible|you\s+can)|right\s+away|high(?:er)?[\s-]+priority|important|P1)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex High();

    [GeneratedRegex(@"\b(?:low(?:er)?[\s-]+priority|nice[\s-]+to[\s-]+have|whenever|no\s+(?:rush|hurry)|(?:not|isn't|aren't|wasn't|non)[\s-]+(?:(?:a|an|that|very|really|super|the)\s+)?(?:urgent|critical|blockers?|blocking|top\s+priority|highest\s+priority|high\s+priority|important|ASAP))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Low();
}
