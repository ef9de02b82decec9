using System.Collections.Immutable;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>What every rule reads: the cleaned source cut into sentences, and who took part.</summary>
internal sealed record Meeting(Source Source, ImmutableArray<Utterance> Utterances, ImmutableArray<string> Participants, string? Owner)
{
    public static Meeting Of(Source source, ImmutableArray<string> participants, ExtractionOptions options) =>
        new(source, Utterance.Of(source), participants, options.Owner);

    /// <summary>Quotes evidence as the source file holds it.</summary>
    public Grounding Grounding { get; } = new(Source.Raw);

    public int WordCount { get; } = Utterances.Sum(utterance => utterance.Text.Count(c => c == ' ') + 1);

    /// <summary>How often the meeting uses each content word: what it talks about most.</summary>
    private Dictionary<string, int> Frequency { get; } = Utterances.SelectMany(utterance => ContentWords.Of(utterance.Text))
        .GroupBy(word => word, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    /// <summary>How much a text is about what the meeting talks about most: the mean log frequency of its content words.</summary>
    public double Salience(string text)
    {
        var words = ContentWords.Of(text);
        return words.Count == 0 ? 0 : words.Average(word => Math.Log(1 + Frequency.GetValueOrDefault(word)));
    }

    /// <summary>A speaker label as a person's name, or null for "Remote", "Speaker 3" and the like.</summary>
    public static string? Person(string? speaker) => speaker is not null && SpeakerNamer.IsPerson(speaker) ? speaker : null;

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
        var people = Utterances.Select(utterance => Person(utterance.Speaker)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (people.Count == 2 && speaker is not null && people.Contains(speaker, StringComparer.Ordinal))
        {
            return people.First(person => person != speaker);
        }

        return Participants.Length == 2 && speaker is not null && Participants.Contains(speaker, StringComparer.Ordinal)
            ? Participants.First(person => person != speaker)
            : null;
    }
}
