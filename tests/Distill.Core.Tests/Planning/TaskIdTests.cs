using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class TaskIdTests
{
    private const string Source = "29803638cfc02e04e9fe795d17120ff0fa6f9b8e86e443a83b282cddc20bca8c";

    [Fact]
    public void An_id_is_six_lower_case_base36_characters()
    {
        Gen.String.Sample(text => TaskId.For(Source, text, new HashSet<string>()).Should().MatchRegex("^[0-9a-z]{6}$"));
    }

    [Fact]
    public void The_same_task_of_the_same_source_has_the_same_id()
    {
        TaskId.For(Source, "Send Jai the offer", new HashSet<string>()).Should().Be(TaskId.For(Source, "Send Jai the offer", new HashSet<string>()));
    }

    [Fact]
    public void Ids_do_not_depend_on_the_order_of_the_tasks()
    {
        var forward = new HashSet<string>();
        var backward = new HashSet<string>();

        var first = (TaskId.For(Source, "Send the offer", forward), TaskId.For(Source, "Brief Maneesh", forward));
        var second = (TaskId.For(Source, "Brief Maneesh", backward), TaskId.For(Source, "Send the offer", backward));

        first.Should().Be((second.Item2, second.Item1));
    }

    [Fact]
    public void Case_and_spacing_do_not_change_the_id()
    {
        TaskId.For(Source, "Send  Jai the\noffer", new HashSet<string>()).Should().Be(TaskId.For(Source, "send jai the offer", new HashSet<string>()));
    }

    [Fact]
    public void The_same_text_in_another_source_has_another_id()
    {
        TaskId.For(Source, "Send the offer", new HashSet<string>()).Should().NotBe(TaskId.For("another", "Send the offer", new HashSet<string>()));
    }

    [Fact]
    public void A_taken_id_is_never_given_again_and_the_next_one_is_stable()
    {
        var taken = new HashSet<string>();
        var ids = new[] { TaskId.For(Source, "Same task", taken), TaskId.For(Source, "Same task", taken) };
        var again = new HashSet<string>();
        var idsAgain = new[] { TaskId.For(Source, "Same task", again), TaskId.For(Source, "Same task", again) };

        ids.Should().OnlyHaveUniqueItems().And.Equal(idsAgain);
    }
}
