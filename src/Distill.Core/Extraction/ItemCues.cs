using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>The phrases that mark each kind of item, in one place.</summary>
internal static partial class ItemCues
{
    [GeneratedRegex(@"\b(?:we (?:agreed|decided)|(?:we've|we have) (?:agreed|decided)|decided (?:to|that|on)|let's go with|we'll go with|we're going (?:to go )?with|the plan is|the decision is|agreed (?:to|that|on)|going forward,? we|we'll stick with|we settled on|final answer|that's the plan|we're aligned|let's do (?:that|it|this)|let's move forward|we're gonna go with|we (?:don't )?want (?:a|an|the|to use|to go with)|we could go with|let's go for|we'll go for|we'll use|we're using|we'll have|we've got to go with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Decision();

    [GeneratedRegex(@"\b(?:we agreed|we decided|decided to|the decision is|the plan is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongDecision();

    [GeneratedRegex(@"\b(?:concern(?:ed|s)?|worr(?:y|ied|ying)|risks?|risky|blockers?|blocked|blocking|if we don't|if we do not|the problem is|the challenge is|challenging|the issue is|danger(?:ous)?|afraid|bottleneck|slip(?:ped|ping)?|delay(?:ed|s)?|behind schedule|at stake|can't afford|fall(?:ing)? behind|too late|not going to make it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Risk();

    [GeneratedRegex(@"\b(?:risks?|blockers?|if we don't|worried|concerned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongRisk();

    [GeneratedRegex(@"\b(?:not clear|unclear|TBD|to be determined|open question|need to figure out|don't know yet|still figuring out|we'll see|remains to be seen|no answer yet|not decided|undecided|not sure (?:if|whether|how|what|when|who))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OpenQuestion();

    [GeneratedRegex(@"\b(?:to recap|to summarize|in summary|so the plan|the next steps?|next steps are|sounds like we|so we'll|we landed|we're aligned|we agreed|that works|makes sense,? so|we're on the same page|the outcome)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:to recap|to summarize|in summary|next steps)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongOutcome();
}
