using System.Globalization;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Extraction;
using Distill.Core.Tests.Specs;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class DueDatesTests
{
    /// <summary>The meeting date of every case in Specs/due-dates.md: a Tuesday.</summary>
    private static readonly DateOnly SpecMeeting = new(2025, 9, 30);

    private static readonly Gen<DateOnly> MeetingDates =
        Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> Sentences = Gen.OneOf(
        Gen.OneOf<string>(
            "today", "tonight", "by EOD", "by end of day tomorrow", "the day after tomorrow", "this week", "EOW",
            "by the end of the week", "next week", "end of next week", "EOM", "by the end of the month", "next month",
            "EOQ", "end of next quarter", "by the end of the year", "in a couple of weeks", "within a week",
            "a week from today", "EOD Sunday", "this Friday", "next Sunday", "next Monday"),
        Gen.OneOf(Enum.GetNames<DayOfWeek>()).Select(day => $"by {day}"),
        Gen.Int[1, 31].Select(day => $"by the {day}th"),
        Gen.Select(Gen.Int[0, 999], Gen.OneOf<string>("day", "days", "week", "weeks", "month", "months"))
            .Select((count, unit) => $"in {count} {unit}"),
        Gen.Select(Gen.Int[0, 13], Gen.Int[0, 32]).Select((month, day) => $"by {month}/{day}"),
        Gen.Select(Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[1990, 2110]).Select((month, day, year) => $"by {month}/{day}/{year}"),
        Gen.Select(Gen.OneOf<string>("Jan", "February", "Mar", "April", "May", "June", "Jul", "Aug", "Sept", "October", "Nov", "December"), Gen.Int[1, 31])
            .Select((month, day) => $"by {month} {day}"));

    public static TheoryData<string, string, string> Cases => SpecCases.Read("due-dates.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_resolves_against_the_meeting_date(string name, string input, string expected)
    {
        var due = DueDates.Resolve(input, SpecMeeting);

        (due?.Date).Should().Be(Date(expected), name);
    }

    [Theory]
    [InlineData("by Monday", "2025-10-03", "2025-10-06")]
    [InlineData("by Friday", "2025-10-03", "2025-10-10")]
    [InlineData("next Monday", "2025-10-05", "2025-10-06")]
    [InlineData("this week", "2025-10-03", "2025-10-03")]
    public void Week_boundaries_are_crossed_from_the_end_of_a_week(string sentence, string meeting, string expected)
    {
        Resolved(sentence, meeting).Should().Be(Date(expected));
    }

    [Theory]
    [InlineData("end of the week", "2025-10-04")]
    [InlineData("end of the week", "2025-10-05")]
    [InlineData("next week", "2025-10-04")]
    [InlineData("next week", "2025-10-05")]
    public void On_a_weekend_this_week_and_next_week_are_the_coming_Friday(string sentence, string meeting)
    {
        Resolved(sentence, meeting).Should().Be(new DateOnly(2025, 10, 10));
    }

    [Theory]
    [InlineData("tomorrow", "2025-12-31", "2026-01-01")]
    [InlineData("tomorrow", "2028-02-28", "2028-02-29")]
    [InlineData("tomorrow", "2027-02-28", "2027-03-01")]
    [InlineData("end of month", "2025-02-14", "2025-02-28")]
    [InlineData("end of month", "2028-02-14", "2028-02-29")]
    [InlineData("end of quarter", "2025-02-14", "2025-03-31")]
    [InlineData("next month", "2025-12-10", "2026-01-31")]
    [InlineData("in a month", "2025-01-31", "2025-02-28")]
    [InlineData("by the 15th", "2025-10-16", "2025-11-15")]
    [InlineData("by the 30th", "2026-02-10", "2026-03-30")]
    [InlineData("by Jan 5", "2025-12-20", "2026-01-05")]
    [InlineData("by May 5", "2025-04-20", "2025-05-05")]
    public void Month_and_year_ends_roll_over(string sentence, string meeting, string expected)
    {
        Resolved(sentence, meeting).Should().Be(Date(expected));
    }

    [Fact]
    public void The_phrase_is_the_words_that_name_the_date()
    {
        var due = DueDates.Resolve("Please update the ticket by the end of the week, thanks.", SpecMeeting);

        due.Should().Be(new DueDate(new DateOnly(2025, 10, 3), "the end of the week"));
    }

    [Fact]
    public void A_resolved_date_is_never_before_the_meeting_nor_beyond_the_horizon()
    {
        Gen.Select(MeetingDates, Sentences).Sample((meeting, sentence) =>
        {
            if (DueDates.Resolve(sentence, meeting) is { } due)
            {
                due.Date.Should().BeOnOrAfter(meeting, sentence);
                due.Date.DayNumber.Should().BeLessThanOrEqualTo(meeting.DayNumber + 400, sentence);
            }
        });
    }

    [Fact]
    public void Tomorrow_is_always_the_next_day()
    {
        MeetingDates.Sample(meeting =>
            (DueDates.Resolve("Send it tomorrow.", meeting)?.Date).Should().Be(meeting.AddDays(1)));
    }

    [Fact]
    public void By_a_weekday_is_that_weekday_one_to_seven_days_on()
    {
        Gen.Select(MeetingDates, Gen.OneOf(Enum.GetValues<DayOfWeek>())).Sample((meeting, day) =>
        {
            var due = DueDates.Resolve($"Can you do it by {day}?", meeting);

            due.Should().NotBeNull();
            due!.Date.DayOfWeek.Should().Be(day);
            (due.Date.DayNumber - meeting.DayNumber).Should().BeInRange(1, 7);
        });
    }

    private static DateOnly? Resolved(string sentence, string meeting) =>
        DueDates.Resolve(sentence, DateOnly.ParseExact(meeting, "yyyy-MM-dd", CultureInfo.InvariantCulture))?.Date;

    private static DateOnly? Date(string text) =>
        text == "none" ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
