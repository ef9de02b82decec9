using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Two recording channels each transcribe the call, and the microphone hears the other side through
/// the speakers: the same sentences come back under a second label. A sentence of one speaker whose
/// words another speaker's nearby segment already holds is an echo. The copy on the local channel
/// (the owner's microphone) goes, since an app's audio never carries the local voice; between two
/// other speakers the later copy goes.
/// </summary>
internal sealed class EchoFilter : ICleaningStep
{
    /// <summary>Shorter sentences ("Right down the street.") are said back on purpose in real talk.</summary>
    private const int MinWords = 5;

    /// <summary>The share of a sentence's word triples the other segment must hold.</summary>
    private const double Overlap = 0.8;

    private const int SegmentWindow = 4;

    private static readonly TimeSpan TimeWindow = TimeSpan.FromMinutes(3);

    public Source Apply(Source source, CleaningOptions options)
    {
        var segments = source.Segments;
        if (segments.All(segment => segment.Speaker is null))
        {
            return source;
        }

        // Sentences end after white space, so a segment's words are its sentences' words in order.
        var sentences = segments.Select(segment => Sentences.Ranges(segment.Text).Select(range => (Range: range, Words: Fingerprints.Words(segment.Text.AsSpan()[range]))).ToList()).ToList();
        var triples = sentences.Select(said => Triples([.. said.SelectMany(sentence => sentence.Words)]).ToHashSet()).ToList();
        var removals = source.Removals.ToBuilder();
        var cleaned = ImmutableArray.CreateBuilder<Segment>(segments.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var neighbours = Neighbours(segments, i, options.LocalSpeaker).ToList();
            if (neighbours.Count == 0)
            {
                cleaned.Add(segment);
                continue;
            }

            var echoes = sentences[i]
                .Where(sentence => sentence.Words.Length >= MinWords && IsEcho(Triples(sentence.Words).ToList(), neighbours.Select(n => triples[n])))
                .Select(sentence => sentence.Range)
                .ToList();
            if (echoes.Count == 0)
            {
                cleaned.Add(segment);
                continue;
            }

            removals.AddRange(echoes.Select(range => new Removal(RemovalKind.Echo, segment.Line, segment.Text[range].Trim())));
            var kept = sentences[i].Select(sentence => sentence.Range).Where(range => !echoes.Contains(range)).Select(range => segment.Text[range]);
            cleaned.Add(segment with { Text = string.Concat(kept).Trim() });
        }

        return source with { Segments = cleaned.MoveToImmutable(), Removals = removals.ToImmutable() };
    }

    /// <summary>
    /// The segments whose words this one's may echo: another speaker's, close by in order and time;
    /// for the local channel any of them, for the others only those before.
    /// </summary>
    private static IEnumerable<int> Neighbours(ImmutableArray<Segment> segments, int index, string localSpeaker)
    {
        var segment = segments[index];
        if (segment.Speaker is null)
        {
            yield break;
        }

        var isLocal = segment.Speaker == localSpeaker;
        var from = Math.Max(0, index - SegmentWindow);
        var to = isLocal ? Math.Min(segments.Length - 1, index + SegmentWindow) : index - 1;
        for (var other = from; other <= to; other++)
        {
            var candidate = segments[other];
            if (other == index || candidate.Speaker is null || candidate.Speaker == segment.Speaker)
            {
                continue;
            }

            if (!isLocal && candidate.Speaker == localSpeaker && other < index)
            {
                // The local copy of these words is the echo: it is dropped there, not here.
                continue;
            }

            if (segment.Start is { } start && candidate.Start is { } otherStart && (start - otherStart).Duration() > TimeWindow)
            {
                continue;
            }

            yield return other;
        }
    }

    private static bool IsEcho(List<long> sentence, IEnumerable<HashSet<long>> neighbours) =>
        neighbours.Any(other => sentence.Count(other.Contains) >= Overlap * sentence.Count);

    private static IEnumerable<long> Triples(long[] words)
    {
        for (var i = 0; i + 2 < words.Length; i++)
        {
            yield return Fingerprints.Triple(words[i], words[i + 1], words[i + 2]);
        }
    }
}
