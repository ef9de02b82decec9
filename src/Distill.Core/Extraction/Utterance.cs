using System.Collections.Immutable;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>
/// A sentence of the cleaned transcript with where it was said: its speaker, its time interpolated by
/// character offset inside a long recorder segment, and its line in the source file.
/// </summary>
internal sealed record Utterance(int Index, string Text, string? Speaker, TimeSpan? Start, TimeSpan? End, int Line)
{
    /// <summary>The passage as evidence, quoted as the source file holds it.</summary>
    public Evidence Evidence(Grounding grounding) => new(Start, End, Speaker, grounding.Quote(Text), Line);

    /// <summary>The sentences of every segment, in order.</summary>
    public static ImmutableArray<Utterance> Of(Source source)
    {
        var utterances = ImmutableArray.CreateBuilder<Utterance>();
        foreach (var segment in source.Segments)
        {
            var offset = 0;
            foreach (var sentence in Sentences.Split(segment.Text))
            {
                var text = sentence.Trim();
                if (text.Length > 0)
                {
                    var line = segment.Line + segment.Text.AsSpan(0, offset).Count('\n');
                    utterances.Add(new Utterance(
                        utterances.Count,
                        text.ReplaceLineEndings(" "),
                        segment.Speaker,
                        segment.TimeAt(offset),
                        segment.TimeAt(offset + sentence.Length),
                        line));
                }

                offset += sentence.Length;
            }
        }

        return utterances.ToImmutable();
    }
}
