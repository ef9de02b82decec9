using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>
/// Who the sentences of an email thread are written to. A letter is the run of sentences one author wrote in one
/// message; its opening greets its readers ("Hi Jason,", "Ray,", "Jonsi &amp; Jason,", "Hi @jason.vallery,",
/// "@Chuck Cancilla and @Jeff Denworth -"), and an @-mention addresses a sentence to someone ("@Karl what is …").
/// Names are resolved to participants as the thread writes them: a full name, a first name, an address's local part.
/// </summary>
internal sealed partial class Correspondence
{
    private readonly ImmutableArray<Utterance> utterances;
    private readonly ImmutableArray<int> letterStarts;
    private readonly Func<string, string?> participant;

    private Correspondence(ImmutableArray<Utterance> utterances, ImmutableArray<int> letterStarts, Func<string, string?> participant)
    {
        this.utterances = utterances;
        this.letterStarts = letterStarts;
        this.participant = participant;
    }

    /// <summary>The thread's letters, or null for a source that is not email.</summary>
    /// <param name="source">The source the sentences are from.</param>
    /// <param name="utterances">Its sentences.</param>
    /// <param name="participant">The participant a written name stands for, when exactly one fits.</param>
    public static Correspondence? Of(Source source, ImmutableArray<Utterance> utterances, Func<string, string?> participant)
    {
        if (source.Email is not { } thread)
        {
            return null;
        }

        var messageLines = thread.Messages.Select(message => message.Line).ToList();
        var starts = ImmutableArray.CreateBuilder<int>(utterances.Length);
        for (var i = 0; i < utterances.Length; i++)
        {
            var newLetter = i == 0
                || utterances[i].Speaker != utterances[i - 1].Speaker
                || messageLines.Any(line => line > utterances[i - 1].Line && line <= utterances[i].Line);
            starts.Add(newLetter ? i : starts[i - 1]);
        }

        return new Correspondence(utterances, starts.MoveToImmutable(), participant);
    }

    /// <summary>The participants the opening of the sentence's letter greets, in the order it names them.</summary>
    public ImmutableArray<string> Greeted(Utterance utterance)
    {
        var opening = utterances[letterStarts[utterance.Index]].Text;
        return Greeting().Match(opening) is { Success: true } greeting
            ? Resolved(Separator().Split(greeting.Groups["names"].Value))
            : [];
    }

    /// <summary>
    /// The sentence is an item of a list its letter introduces as asked of the reader ("Your participation in the
    /// following is required:", "Please:"): see <see cref="LeadInOf"/>.
    /// </summary>
    public bool ListedUnderAnAsk(Utterance utterance) => LeadInOf(utterance) is { } leadIn && AskingLeadIn().IsMatch(leadIn);

    /// <summary>
    /// The sentence is an item of a list headed as the reader's to do ("Required Action:", "Action needed:"): the one
    /// thing a service's notification asks of the reader, where everything else it says is for information.
    /// </summary>
    public bool ListedUnderRequiredAction(Utterance utterance) => LeadInOf(utterance) is { } leadIn && RequiredAction().IsMatch(leadIn);

    /// <summary>
    /// The line ending in a colon that introduces the list the sentence is an item of, or null: the sentence follows
    /// that line, one line after another, in the same letter. A line holding two sentences is prose, which a list
    /// does not run through.
    /// </summary>
    private string? LeadInOf(Utterance utterance)
    {
        var index = utterance.Index;
        if ((index > 0 && utterances[index - 1].Line == utterance.Line) || (index + 1 < utterances.Length && utterances[index + 1].Line == utterance.Line))
        {
            return null;
        }

        for (var i = index - 1; i >= letterStarts[index] && utterances[i + 1].Line - utterances[i].Line == 1; i--)
        {
            if (utterances[i].Text.EndsWith(':'))
            {
                return utterances[i].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// "@Marco Bellinican you review it?" → "@Marco Bellini can you review it?": a mention exported from a mail client's
    /// name chip loses the space after it; a participant's full name is where such a mention ends.
    /// </summary>
    public static string WithMentionsApart(string text, ImmutableArray<string> participants) =>
        text.Contains('@', StringComparison.Ordinal)
            ? participants.Aggregate(text, (apart, name) => Regex.Replace(apart, "@" + Regex.Escape(name) + @"(?=\p{L})", "@" + name + " ", RegexOptions.CultureInvariant))
            : text;

    /// <summary>The participants a sentence @-mentions.</summary>
    public ImmutableArray<string> Mentioned(string text) =>
        Resolved(Mention().Matches(text).Select(match => match.Groups["name"].Value));

    /// <summary>
    /// The one of <paramref name="people"/> a request to all of them is for: the vault owner when among them — the
    /// vault is theirs, and what is asked of them is their task — else the first named.
    /// </summary>
    public static string? Chosen(ImmutableArray<string> people, string? owner) =>
        people.Contains(owner ?? string.Empty, StringComparer.Ordinal) ? owner : people.FirstOrDefault();

    private ImmutableArray<string> Resolved(IEnumerable<string> written) =>
        [.. written.Select(Resolve).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>"@jason.vallery" → "jason vallery", then the participant it names; a glued or unknown surname falls back to the first name.</summary>
    private string? Resolve(string written)
    {
        var name = Handle().Replace(written.Trim().TrimStart('@'), " ").Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var first = name.Split(' ')[0];
        return participant(name) ?? (first.Length < name.Length ? participant(first) : null);
    }

    private const string Name = @"@?\p{L}[\p{L}\p{M}.'’_-]*(?:\s+@?\p{Lu}[\p{L}\p{M}'’-]*)?";

    [GeneratedRegex(@"^(?:(?i:hi|hey|hello|dear|good morning|good afternoon|good evening)\b[\s,]*)?(?<names>" + Name + @"(?:\s*(?:,|&|/|\band\b)\s*" + Name + @")*)\s*(?:[,:!—–-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:required|please|action (?:needed|required|items?)|required actions?|next steps|to[- ]dos?|you(?:'ll| will) need to|we need you to|asks? (?:of|for) you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskingLeadIn();

    [GeneratedRegex(@"\b(?:required actions?|actions? (?:required|needed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequiredAction();

    [GeneratedRegex(@"\s*(?:,|&|/|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"@(?<name>\p{L}[\p{L}\p{M}._-]*[\p{L}\p{M}](?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"[._]+")]
    private static partial Regex Handle();
}
