using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Sources;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("Inbox/2025-10-27 09 30 - Jeff.md", "2025-10-27", "09:30", "Jeff")]
    [InlineData("2025-09-30 - Jai Menon.md", "2025-09-30", null, "Jai Menon")]
    [InlineData("20251006 1630 Teams Meeting (Parallels) Transcription.txt", "2025-10-06", "16:30", "Teams Meeting (Parallels) Transcription")]
    [InlineData("GMT20240124-202901_Recording.transcript.vtt", "2024-01-24", "20:29", "Recording.transcript")]
    [InlineData("Weekly sync.txt", null, null, "Weekly sync")]
    public void Date_time_and_title_come_apart_without_the_minutes_in_the_title(string path, string? date, string? time, string title)
    {
        var name = FileName.Parse(path);

        name.Date.Should().Be(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        name.Time.Should().Be(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
        name.Title.Should().Be(title);
    }
}
