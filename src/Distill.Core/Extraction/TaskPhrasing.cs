using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// Turns what someone said into a short task: fillers and hedges out ("um", "you know", "I think",
/// "sort of", "or something"), "you", "me" and "I" replaced by names, cut at a clause boundary when it
/// runs on, a capital and a period. Every word a reader has to skip is a word that hides the work.
/// </summary>
internal static partial class TaskPhrasing
{
    private const int MaxWords = 30;

    // Held once: every sentence of a meeting is rewritten, and a params list would be a new array each time.
    private static readonly char[] LooseEnds = [' ', ',', ';', '-', '—'];
    private static readonly char[] SentenceEnds = ['.', '?', '!', ',', ';', ' '];
    private static readonly char[] QuotationMarks = ['"', '“', '”'];

    public static string Rewrite(string said, string? speaker, string? addressee)
    {
        var text = Fillers().Replace(said, " ");
        text = Tail().Replace(text, string.Empty);
        if (speaker is not null || addressee is not null)
        {
            text = Contraction().Replace(text, match => Named(match, speaker, addressee));
            text = SubjectAndVerb().Replace(text, match => Name(match.Groups["who"].Value, speaker, addressee) is { } name ? $"{name} {ThirdPerson(match.Groups["verb"].Value)}" : match.Value);
            text = Pronoun().Replace(text, match => Name(match.Value, speaker, addressee) ?? match.Value);
        }

        text = WithoutStrayQuote(Spaces().Replace(text, " ")).Trim(LooseEnds);
        text = Shortened(text);
        text = BrokenOff().Replace(text.TrimEnd(SentenceEnds), string.Empty).TrimEnd(SentenceEnds);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>
    /// A quotation mark whose partner lies outside the words taken: the speaker quoted someone ("You're saying, "Hey, I want
    /// to build a configuration around it."") and the task starts inside the quotation, so only its closing mark is left.
    /// </summary>
    private static string WithoutStrayQuote(string text)
    {
        var first = text.IndexOfAny(QuotationMarks);
        return first >= 0 && text.IndexOfAny(QuotationMarks, first + 1) < 0 ? text.Remove(first, 1) : text;
    }

    /// <summary>
    /// What is to be done, from the words after a promise or a request: "have to specify the design" is "specify the
    /// design", "be refining our model" is "refine our model". The obligation is the trigger's to say, not the task's.
    /// </summary>
    public static string Instruction(string rest)
    {
        var text = HedgedObligation().Replace(rest, string.Empty);
        return Progressive().Replace(text, match => Gerund.BaseOf(match.Groups["verb"].Value) ?? match.Value);
    }

    /// <summary>
    /// "Attend this call." → "Attend this call (Sync with Microsoft on PRD).": a task from an email that points at
    /// something only its thread names ("this call", "the information below", "it") says which thread, since on a task
    /// list, away from its note, the pointer says nothing. A task that names its object, or most of the topic, is left
    /// as it is: the note it lives in is named by the subject already.
    /// </summary>
    public static string About(string task, string topic)
    {
        var topicWords = ContentWords.Of(topic);
        if (task.Length == 0 || topicWords.Count == 0 || !PointsAway().IsMatch(task)
            || ContentWords.Of(task).Count(topicWords.Contains) * 2 >= topicWords.Count)
        {
            return task;
        }

        return $"{task.TrimEnd('.')} ({topic}).";
    }

    /// <summary>The text without the words that give its due date ("by Friday"): the date has a field of its own.</summary>
    public static string WithoutDue(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }

        var before = DeadlineWord().Replace(text[..at], string.Empty);
        return before + OtherDay().Replace(text[(at + phrase.Length)..], string.Empty);
    }

    /// <summary>
    /// Strips what comes before the request or promise itself: "So yeah, I think " and the like. Apostrophes come out
    /// straight, as every rule's phrases are written: a mail client's "I’ll" is a promise too.
    /// </summary>
    public static string WithoutLeadIn(string text) => LeadIn().Replace(text.Replace('’', '\''), string.Empty);

    /// <summary>"you're" → "Priya is", "I'll" → "Jason will": the name and the verb the contraction stood for.</summary>
    private static string Named(Match contraction, string? speaker, string? addressee)
    {
        var name = contraction.Groups["who"].Value.Equals("you", StringComparison.OrdinalIgnoreCase) ? addressee : speaker;
        if (name is null)
        {
            return contraction.Value;
        }

        var verb = contraction.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "re" or "m" => "is",
            "ll" => "will",
            "ve" => "has",
            _ => "would",
        };
        return $"{name.Split(' ')[0]} {verb}";
    }

    private static string? Name(string pronoun, string? speaker, string? addressee)
    {
        var lower = pronoun.ToLowerInvariant();
        var name = lower is "you" or "your" or "yours" ? addressee : speaker;
        if (name is null)
        {
            return null;
        }

        var first = name.Split(' ')[0];
        return lower is "your" or "my" ? first + "'s" : first;
    }

    /// <summary>"think" → "thinks", "have" → "has", "don't" → "doesn't": the verb that followed "I" or "you", now that a name stands there.</summary>
    private static string ThirdPerson(string verb) => verb.ToLowerInvariant() switch
    {
        "am" or "are" => "is",
        "were" => "was",
        "have" => "has",
        "do" => "does",
        "go" => "goes",
        "don't" or "don’t" => "doesn't",
        "aren't" or "aren’t" => "isn't",
        "haven't" or "haven’t" => "hasn't",
        "weren't" or "weren’t" => "wasn't",
        "try" => "tries",
        "wish" or "push" or "reach" or "watch" or "fix" or "miss" or "guess" => verb + "es",
        _ => verb + "s",
    };

    private static string Shortened(string text)
    {
        if (text.AsSpan().Count(' ') < MaxWords)
        {
            return text;
        }

        var cut = ClauseBoundary().Matches(text).Select(match => match.Index)
            .LastOrDefault(index => text.AsSpan(0, index).Count(' ') < MaxWords);
        return cut > 0 ? text[..cut] : string.Join(' ', text.Split(' ')[..MaxWords]);
    }

    private const string Filler = @"\b(?:um+|uh+|you know|I mean|sort of|kind of|kinda|basically|literally|actually|really|just|definitely|obviously|probably|maybe|I think|I guess|I feel like|I believe|a little bit(?: of)?|a little|a bit|pretty much|go ahead and|be able to)\b";

    /// <summary>
    /// A filler set off by commas takes both commas with it, so that "the, you know, sheet" leaves no stray comma; set
    /// off so, "okay", "right" and "yeah" are fillers too ("interact with Christine more, okay, for the testing").
    /// </summary>
    [GeneratedRegex(@",\s*(?:" + Filler + @"|like|okay|ok|right|yeah)\s*,|" + Filler + @",?|(?<=,\s*)like,|(?<!\b(?:look|looks|looked|sound|sounds|feel|feels|seem|seems)\s)\blike,\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    /// <summary>What trails off a thought without adding to it: "or something like that", "and stuff".</summary>
    [GeneratedRegex(@",?\s*\b(?:or something(?: like that)?|or whatever|or anything|and stuff|and all that(?: stuff)?|and so on|and so forth|and everything|things like that|stuff like that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    /// <summary>
    /// What the speaker trails off with once the work is said: ", and yeah", ", right", a capitalised "Okay" that opens
    /// the next thought, a linking word with nothing after it ("… but it's"). "Get the pricing right" keeps its "right":
    /// only a comma or a capital marks the word as talk.
    /// </summary>
    [GeneratedRegex(@"(?:,\s*(?i:(?:and|so)\s+)?(?i:yeah|yes|okay|ok|right|alright|you know|I guess|I think)|\s+(?:Okay|OK|Yeah|Right|Alright)|[\s,]+(?i:and|but|so|or|because)(?:\s+(?i:it['’]s|that['’]s|I|we|you|they|it))?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenOff();

    /// <summary>
    /// "I" or "you" as the subject of a verb in the present, which a name in its place makes third person; not after a
    /// modal or "let", "make", "help", whose verb stays bare ("can you send", "help you build").
    /// </summary>
    [GeneratedRegex(
        @"(?<!\b(?i:let|lets|make|makes|made|help|helps|have|has|had|see|saw|watch|hear|can|could|would|will|should|shall|may|might|must|did|do|does|to)\s)\b(?<who>(?i:you)|I)\s+(?<verb>(?i:am|are|were|have|do|go|don['’]t|aren['’]t|haven['’]t|weren['’]t|try|wish|push|reach|watch|fix|miss|guess|think|know|need|want|like|see|get|make|take|feel|mean|say|send|work|look|use|run|plan|expect|believe|understand|hope|agree|care|remember|own|lead|help|build|prefer|suggest|recommend|love))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubjectAndVerb();

    [GeneratedRegex(@"\b(?<who>you|I)['’](?<verb>re|ll|ve|d|m)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"\b(?:(?i:you|your|yours|me|my)|I)\b(?!['’])", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:by|on|before|until|for|no later than|sometime|at some point)\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineWord();

    /// <summary>The other day offered with the due one ("tonight or tomorrow morning"): the date field holds the first, the text neither.</summary>
    [GeneratedRegex(@"^\s*or\s+(?:today|tonight|tomorrow|this week|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherDay();

    /// <summary>
    /// The obligation and the hedges before it, or the hedges alone: "probably just need to spend some time on it" is to
    /// "spend some time on it", "also ask Marco" is to "ask Marco".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:probably|maybe|just|really|actually|also|definitely|certainly|obviously|still|then|all|both)\s+)*(?:(?:(?:have|need|got|ought) to|have got to|gotta|be able to)\s+)?(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgedObligation();

    /// <summary>"be refining our model": what one is to be doing, said as the thing to do ("refine our model").</summary>
    [GeneratedRegex(@"^be\s+(?<verb>\p{L}+ing)\b(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Progressive();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@",\s*(?:and|but|so|because|which|if|when|I|we|you|it's|that's)\b|\s(?:because|so that|but|if|when|since|although|unless)\s|;|\.\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^(?:(?:so|and|but|okay|ok|yeah|yes|no|well|right|alright|all right|um+|uh+|oh|now|then|also|actually|anyway|basically|great|cool|sure|perfect|i mean|you know|i think|i guess|i suppose|probably|maybe)\b[,.]?\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    /// <summary>Words that point at something the sentence does not name: the thread, an attachment, the text around it.</summary>
    [GeneratedRegex(@"\b(?:this|these|that|those|it|here|below|above|attached)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAway();
}
