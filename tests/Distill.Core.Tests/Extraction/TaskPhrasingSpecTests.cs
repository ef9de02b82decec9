using AwesomeAssertions;
using Distill.Core.Extraction;
using Distill.Core.Tests.Specs;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class TaskPhrasingSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecCases.Read("task-phrasing.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Said_words_become_the_task_of_the_spec(string name, string said, string expected)
    {
        TaskPhrasing.Rewrite(said, MeetingBuilder.Owner, "Priya Raman").Should().Be(expected, name);
    }
}
