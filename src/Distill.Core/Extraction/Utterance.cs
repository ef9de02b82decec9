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

    /// <summary>
    /// The sentences of every segment, in order: where segments enter extraction, so a <see cref="Segment.Quoted"/>
    /// one (quoted history, a signature, boilerplate) is left out here, once for every rule.
    /// </summary>
    public static ImmutableArray<Utterance> Of(Source source)
    {
        var utterances = ImmutableArray.CreateBuilder<Utterance>();
        foreach (var segment in source.Segments.Where(segment => !segment.Quoted))
        {
            var offset = 0;
            var sentences = source.Kind == SourceKind.Email ? Sentences.SplitWritten(segment.Text) : Sentences.Split(segment.Text);
            foreach (var sentence in sentences)
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
