using System.Buffers;
using System.Text.RegularExpressions;
using Distill.Core.Cleaning;

namespace Distill.Core.Extraction;

/// <summary>
/// Action items and follow-ups: promises ("I'll", "I will", "let me", "I can take that"), requests
/// ("can you", "could you", "please") and shared duties ("we need to"). The owner is the speaker of a
/// promise, the person asked of a request — named ("Jai, can you …"), else whoever answers, else the
/// other party of a 1:1 — and the speaker of a "we". The text becomes a short imperative.
/// </summary>
internal sealed partial class TaskRule : IExtractionRule
{
    private const int MinTaskWords = 3;

    /// <summary>
    /// A word every alternative of <see cref="Trigger"/> contains ("'ll", "can", "please", "have to", …). Most sentences
    /// hold none, and for them the expression, the costliest of the extractor, is not run.
    /// </summary>
    private static readonly SearchValues<string> TriggerWords = SearchValues.Create(
        ["'ll", "’ll", "will", "going", "gonna", "let", "can", "could", "would", "should", "need", "have to", "has to", "must", "want", "happy", "plan", "please", "possible", "make sure", "shall", "got to", "like you", "like me"],
        StringComparison.OrdinalIgnoreCase);

    private const double WrapUpWeight = 3;

    /// <summary>How much the bonus favours the very end: next steps are assigned in a meeting's last minutes.</summary>
    private const double WrapUpSharpness = 6;

    /// <summary>
    /// A candidate this far behind the meeting's best is talk that happens to use a task's words ("we can
    /// have push-buttons"), not a task.
    /// </summary>
    public const double MaxBehindBest = 4;

    /// <summary>
    /// How much commitment a task needs: a promise or a request (3) and something that makes it concrete — a name or a
    /// number (1), a due date (2), its place in the wrap-up (up to 6) — or a shared duty with two of those. A bare "we
    /// should look at that" is talk about the work, not a task. Email is exempt: a thread's asks are few and written
    /// on purpose, and <see cref="ItemMerger.ThreadTasks"/> bounds them.
    /// </summary>
    private const double MinCommitment = 4;

    /// <summary>"Make it happen" names no work: a task has three content words at least.</summary>
    private const int MinContentWords = 3;

    /// <summary>An email's task also names its thread's topic, which anchors a short ask ("chime in on how we approach this").</summary>
    private const int MinContentWordsInEmail = 2;

    public IEnumerable<Candidate> Find(Meeting meeting)
    {
        var wrapUp = WrapUp.Start(meeting);
        var notification = meeting.Source.Email is { Automated: true };
        foreach (var utterance in meeting.Utterances)
        {
            // A notification is for information: only what it heads as the reader's action ("Required Action:") is a task.
            if (notification && meeting.Correspondence?.ListedUnderRequiredAction(utterance) != true)
            {
                continue;
            }

            var said = meeting.Correspondence is null ? meeting.Said(utterance) : TaskPhrasing.WithoutLeadIn(Correspondence.WithMentionsApart(utterance.Text, meeting.Participants));
            foreach (var ask in Asks(meeting, utterance, said))
            {
                if (Propose(meeting, utterance, said, ask, wrapUp) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>
    /// What a sentence asks or promises. In email, a written instruction or a rule laid down for the readers is read
    /// first ("Do share the documents … and I can prep" asks for the documents); else every promise, request or duty it
    /// says, each up to where the next begins ("I'll set you up with the next conversation, and I'm going to ask HR to
    /// start the process" is two tasks); else, in email, an item of a list asked of the reader or a question put to
    /// someone by @-mention.
    /// </summary>
    private static IEnumerable<Ask> Asks(Meeting meeting, Utterance utterance, string said)
    {
        var written = meeting.Correspondence is null ? Match.Empty : Imperative().Match(said);
        if (written.Success)
        {
            yield return new Ask(Match.Empty, written.Groups["rest"].Value, said);
            yield break;
        }

        if (meeting.Correspondence is not null && Rule().IsMatch(said))
        {
            yield return new Ask(Match.Empty, said, said);
            yield break;
        }

        var trigger = said.AsSpan().IndexOfAny(TriggerWords) < 0 ? Match.Empty : Trigger().Match(said);
        if (trigger.Success)
        {
            var from = 0;
            while (trigger.Success)
            {
                var rest = trigger.Groups["rest"];
                var next = Trigger().Match(said, rest.Index + 1);
                var to = next.Success ? next.Index : said.Length;
                yield return new Ask(trigger, ClauseLink().Replace(said[rest.Index..to], string.Empty), said[from..to]);
                from = to;
                trigger = next;
            }

            yield break;
        }

        if (meeting.Correspondence?.ListedUnderAnAsk(utterance) == true)
        {
            yield return new Ask(Match.Empty, said, said);
        }
        else if (meeting.Correspondence is not null && MentionedQuestion().Match(said) is { Success: true } asked)
        {
            yield return new Ask(Match.Empty, asked.Groups["rest"].Value, said, Question: true);
        }
    }

    private static Candidate? Propose(Meeting meeting, Utterance utterance, string said, Ask ask, int? wrapUp)
    {
        var trigger = ask.Trigger;
        var rest = TaskPhrasing.Instruction(PleaseFirst().Replace(ask.Rest, string.Empty));
        var work = ContentWords.Of(rest);
        if (NotATask().IsMatch(rest)
            || (meeting.Correspondence is null && !trigger.Groups["tell"].Success && NoVerbFirst().IsMatch(rest))
            || Sentences.WordCount(rest) < MinTaskWords
            || work.Count < (meeting.Correspondence is null ? MinContentWords : MinContentWordsInEmail))
        {
            return null;
        }

        var speaker = meeting.PersonOf(utterance.Speaker);
        var assignee = trigger.Groups["assignee"].Success ? meeting.Participant(trigger.Groups["assignee"].Value) : null;
        if (trigger.Groups["assigned"].Success && assignee is null)
        {
            return null;
        }

        var kind = trigger.Groups["self"].Success ? Kind.Promise : !trigger.Success || trigger.Groups["request"].Success || assignee is not null ? Kind.Request : Kind.Shared;
        var addressee = assignee ?? Addressee(meeting, utterance, said);
        var owner = (kind == Kind.Request ? addressee : speaker) ?? UnnamedSpeaker(meeting, utterance, kind);
        var due = DueDates.Resolve(ask.Span, meeting.Source.Date);
        // A promise whose speaker has no name is its owner's as worked out above, and so are its "I" and "my".
        var promiser = kind == Kind.Request ? speaker : speaker ?? owner;
        // "Let me know which slot works" asks the listener to tell the speaker: the words asked for are the task's.
        var asked = trigger.Groups["tell"].Success ? $"{trigger.Groups["tell"].Value} {rest}" : rest;
        var text = TaskPhrasing.Rewrite(due is null ? asked : TaskPhrasing.WithoutDue(asked, due.Phrase), promiser, kind == Kind.Request ? addressee : meeting.OtherParty(promiser));
        // The rewrite takes out the due date and the words around the work; what is left must still name work ("Talk." does not).
        if (Sentences.WordCount(text) < MinTaskWords)
        {
            return null;
        }

        text = ask.Question && speaker is not null ? $"Answer {speaker.Split(' ')[0]}: {text.TrimEnd('.')}?" : text;
        var field = ask.Question || FollowUp().IsMatch(rest) ? Field.FollowUp : Field.ActionItem;
        var commitment = Commitment(kind, trigger.Groups["weak"].Success, !trigger.Success || trigger.Index == 0, rest, said, due) + WrapUpBonus(meeting, utterance, wrapUp);
        var firm = commitment >= MinCommitment || meeting.Correspondence is not null;
        return new Candidate(field, text, commitment + meeting.Salience(work), [utterance], owner, due?.Date, Priorities.Of(ask.Span), firm);
    }

    /// <summary>How firmly the words commit someone to concrete work, before what the meeting talks about most weighs in.</summary>
    private static double Commitment(Kind kind, bool weak, bool atStart, string rest, string said, DueDate? due)
    {
        var score = kind switch
        {
            Kind.Promise => 3.0,
            Kind.Request => 3.0,
            _ => weak ? 1.0 : 2.0,
        };
        score += due is null ? 0 : 2;
        score += atStart ? 0.5 : 0;
        score += Specific().IsMatch(rest) ? 1 : 0;
        score -= Hedge().IsMatch(said) ? 1.5 : 0;
        score -= rest.AsSpan().Count(' ') > 30 ? 1 : 0;
        return score;
    }

    /// <summary>
    /// Next steps are mostly agreed at the end of a meeting, in its wrap-up: the later a task is said,
    /// the likelier it is one.
    /// </summary>
    private static double WrapUpBonus(Meeting meeting, Utterance utterance, int? wrapUp)
    {
        var position = (double)utterance.Index / Math.Max(1, meeting.Utterances.Length - 1);
        return (WrapUpWeight * Math.Pow(position, WrapUpSharpness)) + (wrapUp is { } start && utterance.Index >= start ? WrapUpWeight : 0);
    }

    /// <summary>
    /// Who a request is for: a participant named in it; in email, else one it @-mentions, else one its letter greets
    /// (the vault owner first among several); in a meeting, else the next other person to speak; else the other
    /// party of a 1:1.
    /// </summary>
    private static string? Addressee(Meeting meeting, Utterance utterance, string said)
    {
        foreach (Match vocative in Vocative().Matches(said))
        {
            if (meeting.Participant(vocative.Groups["name"].Value) is { } named)
            {
                return named;
            }
        }

        var speaker = meeting.PersonOf(utterance.Speaker);
        if (meeting.Correspondence is { } mail)
        {
            return Correspondence.Chosen(mail.Mentioned(said), meeting.Owner)
                   ?? Correspondence.Chosen(mail.Greeted(utterance), meeting.Owner)
                   ?? meeting.OtherParty(speaker);
        }

        var answer = meeting.Utterances.Skip(utterance.Index + 1).Take(4)
            .Select(next => meeting.PersonOf(next.Speaker))
            .FirstOrDefault(next => next is not null && next != speaker);
        return answer ?? meeting.OtherParty(speaker);
    }

    /// <summary>
    /// Whose task it is when the sentence's speaker has no name: with no speakers at all, the owner who
    /// recorded it; said on the far end ("Remote"), a request is the owner's (the far end asks the near one)
    /// and a promise the one other participant's, when there is only one.
    /// </summary>
    private static string? UnnamedSpeaker(Meeting meeting, Utterance utterance, Kind kind)
    {
        if (utterance.Speaker is null || kind == Kind.Request)
        {
            return meeting.Owner;
        }

        var others = meeting.Participants.Where(participant => !string.Equals(participant, meeting.Owner, StringComparison.Ordinal)).ToList();
        return others.Count == 1 ? others[0] : null;
    }

    /// <summary>
    /// One thing a sentence asks or promises: the trigger that says so (empty for a written instruction, a listed
    /// item or a question), the words of the task, and the part of the sentence it spans, where its due date and priority are read.
    /// </summary>
    private sealed record Ask(Match Trigger, string Rest, string Span, bool Question = false);

    private enum Kind
    {
        Promise,
        Request,
        Shared,
    }

    /// <summary>
    /// A promise (an offer too: "do you want me to set a call with Billy?"), a request, an assignment or a shared duty,
    /// at the start of a sentence, after a comma or a linking word, after the @-mentions a written request opens with
    /// ("@Lior Genzel @Jason Vallery please …"), or where the speaker starts a promise again one word in ("I'll leave
    /// I'll give you a tip": the first, a false start, is too short to be a task).
    /// </summary>
    [GeneratedRegex(
        @"(?<=^|[,;:]\s*|\b(?:and|so|then|but|yeah|okay|ok|now|also)\s|\b(?:I'll|I will|I can|I'm going to|I'm gonna|we'll|we will|we can)\s\p{L}+\s|(?:^|\s)@\p{L}[\p{L}\p{M}._-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?\s*[-–—,:]?\s)(?:(?<self>I'll|I will|I'm going to|I am going to|I'm gonna|let me(?! know\b)|I can|I need to|I have to|I should|I'm happy to|I'd be happy to|I plan to|I'm planning to|I want to|I'll go ahead and|(?:do you )?want me to|would you like me to|shall I)"
        + @"|(?<request>(?<tell>let (?:me|us) know)|can you|could you|would you|will you|would you mind|(?:could|can|would) we please|(?:would|will) it be possible to|is it possible to|please|you need to|you should|you have to|you'll need to|you'll want to|make sure you|I need you to|I'd like you to|I want you to|if you can|if you could|you're gonna|you're going to|you'll be|you'll|you (?:guys |two |all )?will|you (?:guys|two|all) (?:are going to|are gonna|have to|need to)|maybe you can)"
        + @"|(?<assigned>(?:the\s+)?(?!(?:we|you|they|it|this|that|there|he|she|someone|everyone|everybody|somebody|nobody)\b)(?<assignee>(?-i:\p{Lu})\p{L}+(?:\s(?-i:\p{Lu})\p{L}+)?)\s+(?:is going to|is gonna|will|should|needs to|has to))"
        + @"|(?<shared>we need to|we should|we have to|we'll need to|we've got to|we must|we're going to|we're gonna|we are going to|we'll|we will|(?<weak>let's|we can)))\s+(?<rest>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    /// <summary>
    /// Talk about the call itself or about what one thinks, not work to do; a state rather than an act ("be happy to
    /// help", "have a separate subnet"), unless what one is to have is a meeting or a look.
    /// </summary>
    [GeneratedRegex(
        @"^(?:please\s+)?(?:be|have(?!\s+(?:(?:a|an|the|our|another|next|this)\s+)?(?:(?:quick|short|brief|proper|good|first|next|follow[- ]up)\s+)?(?:look|chat|call|meeting|conversation|discussion|sync|session|review|talk|follow[- ]up|word|think|go)\b)|say|tell you|ask you|show you|walk you through|give you (?:an example|a sense|some context|a little|a quick)|admit|bet|assume|guess|think|imagine|"
        + @"hear|see (?:my|the|your) screen|see it|see that|share (?:my|the) screen|understand|agree|remember|just say|start (?:off|with)|move on|go back|jump|pull (?:it|that) up|mute|unmute|"
        + @"talk (?:to you )?(?:later|soon)|do (?:it|that|this)\.?$|go ahead\.?$|get (?:going|started)|wrap up|stop (?:sharing|there)|introduce myself|repeat|finish (?:the |my )+(?:thought|sentence|point)|make (?:this|it) (?:brief|quick|short)|make \p{L}+ (?:the )?(?:co-?host|host|presenter)|close (?:the|this) (?:webinar|call|meeting|session)|drop (?:off|another call)|wait a (?:moment|sec|second|minute)|talk again|catch the last|explain (?:it|that|myself)|"
        + @"let (?:me|us) know (?:if|whether|what|when|how)|don['’]t hesitate|feel free|note\b|like to\b|see (?:the )?(?:link|below|above|attached)|find (?:a |the )?(?:link|below|above|attached|enclosed)|continue (?:to )?(?:move|moving) forward)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotATask();

    /// <summary>
    /// Said work starts with its verb. Words that never start an order — a pronoun, an article, a linking word ("I'll
    /// that when I'm reading…", "we'll we let's…", "I have to but, but then…") — mean the promise was abandoned
    /// mid-sentence. Written lists are exempt: an email's item may be a noun ("The deck for Friday"); so is what "let me
    /// know" asks ("which room works").
    /// </summary>
    [GeneratedRegex(@"^(?:i|we|you|he|she|they|it|that|this|these|those|there|which|who|what|where|when|whether|a|an|the|both|than|as|of|in order|later|need|but|and|or|so|because|though|although)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoVerbFirst();

    /// <summary>
    /// A written request without "can you" or "please": a sentence of an email that starts with a verb of work
    /// ("Place orders as early as possible", "Do share the documents"), as list items and instructions are written.
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?:please|kindly|do)\s+)?(?<rest>(?:attend|review|send|share|provide|confirm|schedule|complete|submit|update|book|reply|respond|join|register|prepare|place|keep|build|ensure|make sure|follow up|reach out|sync|check|add|create|draft|fill (?:out|in)|populate|sign|approve|navigate|read|set up|plan|forward|coordinate|contact|remember|rsvp)(?=\s+[\p{L}\d@""“‘']).*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    /// <summary>
    /// A rule a message lays down for its readers, said of the work rather than of a person ("all budgetary quotes must be
    /// synced"): the readers' to follow, kept as written. A promise of one's own ("we must") is a trigger's.
    /// </summary>
    [GeneratedRegex(@"^(?!(?:i|we|you)\b)[^?]*\bmust be \p{L}+[^?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    /// <summary>A written question put to someone by @-mention ("@Karl Vietmeier what is the profile we expect?"): theirs to answer.</summary>
    [GeneratedRegex(@"^(?:@\p{L}[\p{L}\p{M}._-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?[\s,:–—-]*)+(?<rest>\p{L}.*\?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MentionedQuestion();

    /// <summary>
    /// The link to the next promise of the sentence ("…, and I'm going to"), or the name the next request is put to
    /// ("…; Priya, please send…"): not part of this one's task.
    /// </summary>
    [GeneratedRegex(@"(?:[,;]\s*(?-i:\p{Lu})\p{Ll}+)?[\s,;]*(?:\b(?:and|so|then|but|also)\b[\s,]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseLink();

    /// <summary>"Please" at the start of what is asked adds nothing to the task.</summary>
    [GeneratedRegex(@"^(?:please|kindly)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PleaseFirst();

    [GeneratedRegex(@"^(?:follow up|check|confirm|circle back|get back|touch base|sync|reconnect|loop back|ping|ask|find out|verify|review|look into|dig into)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\b(?:maybe|probably|might|perhaps|i guess|not sure|could be|i don't know|hopefully)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    /// <summary>Something concrete to act on: a name, a product, a number.</summary>
    [GeneratedRegex(@"\s\p{Lu}|\d")]
    private static partial Regex Specific();

    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:[Hh]ey|[Hh]i|[Oo]kay|[Ss]o|[Aa]nd)\s+)(?<name>\p{Lu}\p{Ll}+)(?=,|\?|\s+can\b|\s+could\b)")]
    private static partial Regex Vocative();
}
