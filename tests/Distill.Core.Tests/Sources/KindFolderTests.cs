using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Sources;

public sealed class KindFolderTests
{
    [Theory]
    [InlineData("Email/thread.md", SourceKind.Email)]
    [InlineData("email/2025/thread.eml", SourceKind.Email)]
    [InlineData("Documents/plan.md", SourceKind.Document)]
    [InlineData("Transcripts/2025-10-01 - Sync.vtt", SourceKind.Transcript)]
    [InlineData("Documents/2025/plan.txt", SourceKind.Document)]
    public void The_first_folder_names_the_kind(string path, SourceKind kind)
    {
        KindFolder.KindOf(path).Should().Be(kind);
    }

    [Theory]
    [InlineData("plan.md")]
    [InlineData("Notes/Documents/plan.md")]
    [InlineData("Documents")]
    public void A_file_outside_a_kind_folder_has_no_kind(string path)
    {
        KindFolder.KindOf(path).Should().BeNull();
    }
}
