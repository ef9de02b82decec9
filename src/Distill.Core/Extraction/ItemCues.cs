using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>The phrases that mark each kind of item, in one place.</summary>
internal static partial class ItemCues
{
    [GeneratedRegex(@"\b(?:we (?:agreed|decided)|(?:we've|we have) (?:agreed|decided)|decided (?:to|that|on)|the plan is|the decision is|agreed (?:to|that|on)|going forward,? we|we settled on|final answer|that's the plan|we're aligned|let's do (?:that|it|this)|let's move forward|(?:we|we'll|we're|we are|we will|we should|let's|i'd|i would) (?:(?:just|probably|definitely|actually|really) )*(?:gonna |going to )?(?:go(?:ing)? (?:for|with)|opt(?:ing)? for|stick(?:ing)? with|settle (?:on|for))|we(?:'re| are) (?:not )?(?:going to|gonna) (?:go|have(?! to\b)|use|stick|keep|make|put|include|skip|drop)|let's (?:not )?(?:have(?! to\b)|go|use|stick|keep|make|put|include|skip|drop|bother)|we (?:don't )?want (?:a|an|the|it|to have(?! to\b)|to use|to go|to keep|to make)|we should (?:have(?! to\b)|go|use|keep|make|stick|put|include)|we(?:'re| are) (?:having|using|keeping|sticking|including)|i think we (?:should|want|'ll)|we(?:'ll| will) (?:only |just )?(?:go|have(?! to\b)|use|stick|keep|make|put|include|concentrate|skip|drop)|we've (?:got to go with|gone (?:for|with)|chosen|included|determined)|we (?:have )?included|so we(?:'ve got| have got| have| want| need) (?:a|an|the)|we use|we (?:put|make|keep) (?:a|an|the|it|some))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Decision();

    /// <summary>
    /// Words that leave a choice open — a condition, a doubt, a guess, a wish to think it over — or make it someone
    /// else's, told of ("then they said we're gonna keep our own thing").
    /// </summary>
    [GeneratedRegex(@"\b(?:if|whether|unless|wonder(?:ing)?|not sure|don't know|assuming|my guess|i guess|i assume|hopefully|(?:they|he|she) (?:said|says|told|tell))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Undecided();

    [GeneratedRegex(@"\b(?:we agreed|we decided|decided to|the decision is|the plan is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongDecision();

    /// <summary>
    /// What may go wrong. A word made into its opposite ("de-risk", "non-blocking") or a risk said to be small or
    /// gone ("less risk", "no risk") is not one.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?:concern(?:ed|s)?|worr(?:y|ied|ying)|(?<!\b(?:less|no|low|little|zero|without|minimal) )(?:risks?|risky)|blockers?|blocked|blocking|if we don't|if we do not|the problem is|the challenge is|challenging|the issue is|danger(?:ous)?|afraid|bottleneck|slip(?:ped|ping)?|delay(?:ed|s)?|behind schedule|at stake|can't afford|fall(?:ing)? behind|too late|not going to make it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Risk();

    [GeneratedRegex(@"\b(?:risks?|blockers?|if we don't|worried|concerned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongRisk();

    [GeneratedRegex(@"\b(?:not clear|unclear|TBD|to be determined|open question|need to figure out|don't know yet|still figuring out|we'll see|remains to be seen|no answer yet|not decided|undecided|not sure (?:if|whether|how|what|when|who))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OpenQuestion();

    /// <summary>A sentence that asks something, not one that only asks for a nod ("…, right?").</summary>
    public static bool IsRealQuestion(string text) => text.EndsWith('?') && !TagQuestion().IsMatch(text);

    /// <summary>
    /// A statement that asks only for a nod ("it sits within Manisha's org, right?", "… correct?", "does that make
    /// sense?"): not a question the meeting leaves open.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,\s])(?:right|correct|okay|ok|yeah|yes|no|huh|eh|you know|isn't it|aren't they|don't you think|does that make sense|make sense|makes sense|agreed|fair)\s*\?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TagQuestion();

    /// <summary>A request or an offer put as a question ("Marco, could you send the numbers?"): a task, not a question left open.</summary>
    [GeneratedRegex(@"^(?:(?:hey|hi|so|and|okay|ok)\s+)?(?:\p{Lu}\p{L}+,\s*)?(?:(?:can|could|would|will) you|(?:do you )?want me to|would you like me to|shall I)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AskedAsQuestion();

    [GeneratedRegex(@"\b(?:to recap|to summarize|in summary|so the plan|the next steps?|next steps are|sounds like we|so we'll|we landed|we're aligned|we agreed|that works|makes sense,? so|we're on the same page|the outcome)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:to recap|to summarize|in summary|next steps)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongOutcome();
}
