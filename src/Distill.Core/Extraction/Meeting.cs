using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>What every rule reads: the cleaned source cut into sentences, who took part, and what it talks about, worked out once.</summary>
internal sealed class Meeting
{
    private readonly FrozenSet<string> people;
    private readonly Dictionary<string, int> frequency;

    // Every rule reads each sentence without its lead-in and most as an item states it; each is worked out once, when first asked for.
    private readonly string?[] said;
    private readonly string?[] statements;

    private Meeting(Source source, ImmutableArray<Utterance> utterances, ImmutableArray<string> participants, string? owner)
    {
        Source = source;
        Utterances = utterances;
        Participants = participants;
        Owner = owner;
        Speakers = [.. utterances.Select(utterance => utterance.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).Where(SpeakerNamer.IsPerson)];
        people = Speakers.ToFrozenSet(StringComparer.Ordinal);
        Grounding = new Grounding(source.Raw);
        WordCount = utterances.Sum(utterance => utterance.Text.AsSpan().Count(' ') + 1);
        Words = [.. utterances.Select(utterance => ContentWords.Of(utterance.Text))];
        Named = [.. utterances.SelectMany(utterance => Topics.Named(utterance.Text))];
        frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words.SelectMany(words => words))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(frequency, word, out _)++;
        }

        Correspondence = Correspondence.Of(source, utterances, Participant);
        said = new string?[utterances.Length];
        statements = new string?[utterances.Length];
    }

    public Source Source { get; }

    public ImmutableArray<Utterance> Utterances { get; }

    public ImmutableArray<string> Participants { get; }

    public string? Owner { get; }

    /// <summary>Who an email's sentences are written to; null for a meeting.</summary>
    public Correspondence? Correspondence { get; }

    /// <summary>The people who speak, in the order they first do.</summary>
    public ImmutableArray<string> Speakers { get; }

    /// <summary>Quotes evidence as the source file holds it.</summary>
    public Grounding Grounding { get; }

    public int WordCount { get; }

    /// <summary>Every name, product and place the meeting says, each time it says one ("NVIDIA Dynamo").</summary>
    public ImmutableArray<string> Named { get; }

    /// <summary>The content words of each sentence, by its index.</summary>
    public ImmutableArray<HashSet<string>> Words { get; }

    public static Meeting Of(Source source, ImmutableArray<string> participants, ExtractionOptions options) =>
        new(source, Utterance.Of(source), participants, options.Owner);

    /// <summary>The sentence without what comes before what it says ("So yeah, I think ").</summary>
    public string Said(Utterance utterance) => said[utterance.Index] ??= TaskPhrasing.WithoutLeadIn(utterance.Text);

    /// <summary>
    /// The sentence as an item states it: lead-in and fillers out ("So yeah, we agreed to um ship" → "We agreed to
    /// ship"); a question keeps its question mark.
    /// </summary>
    public string Statement(Utterance utterance) => statements[utterance.Index] ??= Stated(Said(utterance));

    private static string Stated(string said)
    {
        var text = TaskPhrasing.Rewrite(said, null, null);
        return ItemCues.IsRealQuestion(said) && text.EndsWith('.') ? text[..^1] + "?" : text;
    }

    /// <summary>How much a text, by its content words, is about what the meeting talks about most: their mean log frequency.</summary>
    public double Salience(IReadOnlySet<string> words) =>
        words.Count == 0 ? 0 : words.Average(word => Math.Log(1 + Frequency(word)));

    /// <summary>How many sentences of the meeting use a content word.</summary>
    public int Frequency(string word) => frequency.GetValueOrDefault(word);

    /// <summary>A speaker label as a person's name, or null for "Remote", "Speaker 3" and the like.</summary>
    public string? PersonOf(string? speaker) => speaker is not null && people.Contains(speaker) ? speaker : null;

    /// <summary>The participant a first name or full name stands for ("Jai" → "Jai Menon"), when exactly one fits.</summary>
    public string? Participant(string name)
    {
        var matches = Participants.Where(participant =>
            string.Equals(participant, name, StringComparison.OrdinalIgnoreCase)
            || participant.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The other person of a two-person meeting, as seen from <paramref name="speaker"/>.</summary>
    public string? OtherParty(string? speaker)
    {
        var people = Speakers;
        if (people.Length == 2 && speaker is not null && people.Contains(speaker, StringComparer.Ordinal))
        {
            return people.First(person => person != speaker);
        }

        return Participants.Length == 2 && speaker is not null && Participants.Contains(speaker, StringComparer.Ordinal)
            ? Participants.First(person => person != speaker)
            : null;
    }
}
