using System.Text.RegularExpressions;
using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Corpus;

/// <summary>Every real transcript of ../shared/corpus read and cleaned; skipped when the corpus is absent.</summary>
public sealed partial class CorpusTranscriptTests(ITestOutputHelper output)
{
    private static readonly CleaningOptions Owner = new("Jason Vallery");

    public static TheoryData<string> Meetings => CorpusTranscript.Ids();

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Each_transcript_is_read_in_the_layout_its_metadata_names(string id)
    {
        var meeting = CorpusTranscript.Load(id);

        var source = Read(meeting.TranscriptPath);

        source.Format.Should().Be(ExpectedFormat(meeting.LineFormat));
        source.Segments.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Cleaning_keeps_every_spoken_word_it_does_not_remove_on_purpose(string id)
    {
        var meeting = CorpusTranscript.Load(id);
        var raw = Read(meeting.TranscriptPath);
        var cleaned = Cleaner.Clean(raw, Owner);

        var spoken = Letters(SpokenText(File.ReadAllText(meeting.TranscriptPath), raw.Format));
        var names = GluedNameLetters(raw, cleaned);
        var removed = cleaned.Removals.GroupBy(removal => removal.Kind).ToDictionary(group => group.Key, group => group.Sum(removal => Letters(removal.Text)));
        var kept = cleaned.Segments.Sum(segment => Letters(segment.Text));
        var removedOnPurpose = removed.Values.Sum();
        var share = (double)(kept + names) / (spoken - removedOnPurpose);

        output.WriteLine(FormattableString.Invariant(
            $"{id}: kept {share:P2} of {spoken - removedOnPurpose} letters; removed on purpose: loops {removed.GetValueOrDefault(RemovalKind.Loop)}, noise {removed.GetValueOrDefault(RemovalKind.Noise)}, echo {removed.GetValueOrDefault(RemovalKind.Echo)}"));
        share.Should().BeGreaterThanOrEqualTo(0.99);
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Cleaned_text_holds_no_mojibake(string id)
    {
        var meeting = CorpusTranscript.Load(id);

        var cleaned = Cleaner.Clean(Read(meeting.TranscriptPath), Owner);

        cleaned.Segments.Select(segment => segment.Text).Append(cleaned.Title)
            .Should().AllSatisfy(text => Mojibake().IsMatch(text).Should().BeFalse(text));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void Every_speaker_is_a_person_or_the_remote_side_never_a_device(string id)
    {
        var meeting = CorpusTranscript.Load(id);

        var cleaned = Cleaner.Clean(Read(meeting.TranscriptPath), Owner);

        cleaned.Segments.Select(segment => segment.Speaker).OfType<string>().Distinct()
            .Should().AllSatisfy(speaker => (speaker == "Remote" || speaker.StartsWith("Speaker ", StringComparison.Ordinal) || SpeakerNamer.IsPerson(speaker)).Should().BeTrue(speaker));
    }

    [Theory]
    [MemberData(nameof(Meetings))]
    public void No_text_starts_with_the_owner_name_glued_to_it(string id)
    {
        var meeting = CorpusTranscript.Load(id);

        var cleaned = Cleaner.Clean(Read(meeting.TranscriptPath), Owner);

        cleaned.Segments.Should().NotContain(segment => GluedOwner().IsMatch(segment.Text));
    }

    [Fact]
    public void The_dual_channel_transcripts_lose_their_echoed_sentences()
    {
        SharedFolder.Require("corpus", "transcripts");
        var before = 0;
        var after = 0;
        foreach (var meeting in CorpusTranscript.All())
        {
            var cleaned = Cleaner.Clean(Read(meeting.TranscriptPath), Owner);
            var echoes = cleaned.Removals.Count(removal => removal.Kind == RemovalKind.Echo);
            var left = new EchoFilter().Apply(cleaned with { Removals = [] }, Owner).Removals.Length;
            before += echoes + left;
            after += left;
            if (echoes > 0)
            {
                output.WriteLine($"{meeting.Id}: {echoes} echoed sentences before cleaning, {left} after");
            }
        }

        output.WriteLine($"corpus: {before} echoed sentences before cleaning, {after} after");
        before.Should().BePositive();
        after.Should().Be(0);
    }

    internal static Source Read(string path) => SourceReader.Read(path) switch
    {
        ReadResult.Read read => read.Source,
        ReadResult.Rejected rejected => throw new Xunit.Sdk.XunitException(rejected.Problem.ToString()),
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static string ExpectedFormat(string lineFormat) => lineFormat switch
    {
        _ when lineFormat.StartsWith("timestamped", StringComparison.Ordinal) => "macwhisper-timestamped",
        "markdown-bold-speaker+mmss" => "macwhisper-markdown",
        "plain-text-single-line" => "plain-text",
        "speaker-name-line" => "speaker-lines",
        _ => throw new Xunit.Sdk.XunitException($"unknown line_format {lineFormat}"),
    };

    /// <summary>
    /// What was said, from the raw file, written here apart from the parsers so that a parser that
    /// drops text is caught: timestamps, channel labels, time lines and name lines taken out.
    /// </summary>
    private static string SpokenText(string raw, string format)
    {
        var lines = raw.ReplaceLineEndings("\n").Split('\n');
        return format switch
        {
            "macwhisper-timestamped" => string.Join('\n', StripLabels(lines.Select(line => TimestampPrefix().Replace(line, string.Empty)).ToList())),
            "macwhisper-markdown" => string.Join('\n', lines.Where(line => !TimeLine().IsMatch(line)).Select(line => BoldName().Replace(line, string.Empty))),
            "speaker-lines" => string.Join('\n', StripNameLines(lines)),
            _ => raw,
        };
    }

    private static IEnumerable<string> StripLabels(List<string> lines)
    {
        var labels = lines.Select(line => LabelPrefix().Match(line)).Where(match => match.Success)
            .GroupBy(match => match.Groups[1].Value.Trim(), StringComparer.Ordinal)
            .Where(group => group.Count() >= 2 || group.Any(match => match.Value.Contains(" :", StringComparison.Ordinal)))
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        return lines.Select(line => LabelPrefix().Match(line) is { Success: true } match && labels.Contains(match.Groups[1].Value.Trim()) ? line[match.Length..] : line);
    }

    private static IEnumerable<string> StripNameLines(string[] lines)
    {
        var names = lines.Where(line => line.Length is > 0 and < 40).GroupBy(line => line.Trim(), StringComparer.Ordinal)
            .Where(group => group.Count() >= 2 && NameLine().IsMatch(group.Key)).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        return lines.Where(line => !names.Contains(line.Trim()));
    }

    /// <summary>Letters of the names the cleaner split off the front of the text ("Jason ValleryYeah").</summary>
    private static int GluedNameLetters(Source raw, Source cleaned)
    {
        var names = cleaned.Segments.Select(segment => segment.Speaker).OfType<string>().Append("Jason Vallery").Append("Remote")
            .Distinct(StringComparer.Ordinal).OrderByDescending(name => name.Length).ToList();
        return raw.Segments.Sum(segment =>
            names.FirstOrDefault(name => segment.Text.TrimStart().StartsWith(name, StringComparison.Ordinal)
                                         && segment.Text.TrimStart().Length > name.Length
                                         && !char.IsWhiteSpace(segment.Text.TrimStart()[name.Length])) is { } glued
                ? Letters(glued)
                : 0);
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);

    [GeneratedRegex(@"^Jason Vallery\S")]
    private static partial Regex GluedOwner();

    /// <summary>The sequences UTF-8 mis-decoded as Windows-1252 or Mac Roman leaves behind.</summary>
    [GeneratedRegex(@"â€|Ã[\u0080-\u00FF]|ðŸ|üì|âœ")]
    internal static partial Regex Mojibake();

    [GeneratedRegex(@"^\s*\[[\d:.,]+\]\s?")]
    private static partial Regex TimestampPrefix();

    [GeneratedRegex(@"^\s*([^\s:.?!,](?:[^:.?!,]|\.(?=[^\s.:])){0,39}?) ?:(?!\d)\s*")]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^\s*\*[\d:]+\*\s*$")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^\*\*[^*]+\*\*:\s*")]
    private static partial Regex BoldName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'.\-]*(?: \p{Lu}[\p{L}'.\-]*){0,3}$")]
    private static partial Regex NameLine();
}
