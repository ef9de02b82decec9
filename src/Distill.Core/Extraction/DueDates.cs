using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// The due date a sentence gives, resolved against the meeting date (DESIGN: Extraction — relative
/// dates are resolved in code, never by a model). No clock and no culture: the same sentence and
/// meeting date always give the same date. The cases are specified in Specs/due-dates.md.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>"today", "tonight", "this afternoon", "EOD", "(by) end of day", "COB": the meeting date — unless a
/// day follows ("EOD Friday", "end of day tomorrow"), which then names the date.</item>
/// <item>"tomorrow": the day after; "the day after tomorrow": two days after.</item>
/// <item>A weekday ("Monday", "by Wednesday", "on Friday", "this Friday"): the next such day after the
/// meeting, 1 to 7 days on; the meeting's own weekday is a week later. "last", "past", "every" before it,
/// or a plural ("on Mondays"), is no date.</item>
/// <item>"next Monday": that day in the calendar week after the meeting's. Weeks run Monday to Sunday.</item>
/// <item>A period resolves to its end. A week ends on its Friday: "this week", "end of the week", "EOW" are
/// the Friday of the meeting's week, "next week" the Friday after; on a Saturday or Sunday, both are the
/// coming Friday. "end of (the) month", "this month", "EOM": the month's last day (the meeting date itself on
/// the last day); "next month": the last day of the next month. Quarters are calendar quarters ("EOQ",
/// "end of next quarter"); "end of the year", "EOY": December 31.</item>
/// <item>"in three days", "in 2 weeks", "in a couple of weeks", "within a week", "two weeks from now":
/// that many days, weeks (7 days) or calendar months after the meeting. "a few" and "soon" are no date.</item>
/// <item>"by the 15th", "on the 3rd": the next such day of a month on or after the meeting, skipping months
/// too short for it; it needs "by", "on", "before", "until", "due" or "for" in front, and is no date when a
/// noun it counts follows ("on the 15th floor").</item>
/// <item>"October 3rd", "Oct 3", "3 October", "the 3rd of October", "by 10/3" (US month/day): the occurrence
/// nearest the meeting date, and no date when that one has passed ("by Sept 15" said on September 30 is a
/// date gone by, not a deadline a year away). "May" counts only capitalised. "10/3" without a year counts
/// only after "by", "on", "before", "until", "due", "for" or a weekday: bare number pairs are more often
/// versions and ratios ("Windows 10/11", "24/7"). With a year ("10/3/2025", "2025-10-03"), exactly that day.</item>
/// <item>A due date lies between the meeting date and <see cref="HorizonDays"/> days after it; a phrase that
/// resolves outside that is a reference, not a deadline, and is ignored.</item>
/// <item>Of several phrases, one introduced as a deadline ("by", "before", "until", "due", "no later than")
/// wins over the others; among equals, the first in the sentence.</item>
/// </list>
/// </remarks>
internal static partial class DueDates
{
    public const int HorizonDays = 400;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly ImmutableArray<Rule> Rules =
    [
        new(SameDay(), (_, meeting) => meeting),
        new(Tomorrow(), (match, meeting) => meeting.AddDays(match.Groups["after"].Success ? 2 : 1)),
        new(Weekday(), NamedWeekday),
        new(PeriodEnd(), EndOfPeriod),
        new(Count(), CountedFrom),
        new(OrdinalDay(), (match, meeting) => NextDayOfMonth(Number(match, "day"), meeting)),
        new(MonthDay(), CalendarDate),
        new(DayMonth(), CalendarDate),
        new(MonthSlashDay(), CalendarDate),
        new(IsoDate(), CalendarDate),
    ];

    /// <summary>The due date the sentence gives, or null when it names none.</summary>
    public static DueDate? Resolve(string sentence, DateOnly meetingDate)
    {
        var latest = meetingDate.AddDays(HorizonDays);
        var found = new List<(Match Match, DateOnly Date)>();
        foreach (var rule in Rules)
        {
            foreach (Match match in rule.Pattern.Matches(sentence))
            {
                if (rule.Resolve(match, meetingDate) is { } date && date >= meetingDate && date <= latest)
                {
                    found.Add((match, date));
                }
            }
        }

        return found
            .OrderByDescending(candidate => Deadline().IsMatch(sentence.AsSpan(0, candidate.Match.Index)))
            .ThenBy(candidate => candidate.Match.Index)
            .ThenByDescending(candidate => candidate.Match.Length)
            .Select(candidate => new DueDate(candidate.Date, candidate.Match.Value))
            .FirstOrDefault();
    }

    private static DateOnly? NamedWeekday(Match match, DateOnly meeting)
    {
        var day = Enum.Parse<DayOfWeek>(match.Groups["day"].Value, ignoreCase: true);
        if (match.Groups["next"].Success)
        {
            return MondayOf(meeting).AddDays(7 + DaysFromMonday(day));
        }

        var ahead = ((int)day - (int)meeting.DayOfWeek + 7) % 7;
        return meeting.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? EndOfPeriod(Match match, DateOnly meeting)
    {
        var next = match.Groups["next"].Success ? 1 : 0;
        var period = match.Groups["period"].Success ? match.Groups["period"].Value : match.Groups["abbreviation"].Value;
        return char.ToUpperInvariant(period[0]) switch
        {
            'W' => EndOfWeek(MondayOf(meeting).AddDays(7 * next), meeting),
            'M' => LastDayOfMonth(FirstOfMonth(meeting).AddMonths(next)),
            'Q' => LastDayOfMonth(new DateOnly(meeting.Year, ((meeting.Month - 1) / 3 * 3) + 1, 1).AddMonths((3 * next) + 2)),
            _ => new DateOnly(meeting.Year + next, 12, 31),
        };
    }

    /// <summary>The Friday of the week that starts on <paramref name="monday"/>; on a weekend that Friday has passed, so the next one.</summary>
    private static DateOnly EndOfWeek(DateOnly monday, DateOnly meeting)
    {
        var friday = monday.AddDays(4);
        return friday < meeting ? friday.AddDays(7) : friday;
    }

    private static DateOnly? CountedFrom(Match match, DateOnly meeting)
    {
        var countText = match.Groups["count"].Value;
        var count = match.Groups["couple"].Success ? 2
            : Counts.TryGetValue(countText, out var word) ? word
            : int.Parse(countText, CultureInfo.InvariantCulture);
        return char.ToUpperInvariant(match.Groups["unit"].Value[0]) switch
        {
            'D' => meeting.AddDays(count),
            'W' => meeting.AddDays(7 * count),
            _ => meeting.AddMonths(count),
        };
    }

    /// <summary>The first day numbered <paramref name="day"/> on or after the meeting; a year always holds one.</summary>
    private static DateOnly NextDayOfMonth(int day, DateOnly meeting)
    {
        var month = FirstOfMonth(meeting);
        while (day > DateTime.DaysInMonth(month.Year, month.Month) || new DateOnly(month.Year, month.Month, day) < meeting)
        {
            month = month.AddMonths(1);
        }

        return new DateOnly(month.Year, month.Month, day);
    }

    private static DateOnly? CalendarDate(Match match, DateOnly meeting)
    {
        var monthText = match.Groups["month"].Value;
        var month = char.IsAsciiDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : Months[monthText[..3]];
        var day = Number(match, "day");
        if (match.Groups["year"].Success)
        {
            var year = Number(match, "year");
            year = year < 100 ? 2000 + year : year;
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return NearestOccurrence(month, day, meeting);
    }

    /// <summary>The month and day in the year before, of or after the meeting, whichever is closest; null when that one has passed.</summary>
    private static DateOnly? NearestOccurrence(int month, int day, DateOnly meeting)
    {
        var nearest = Enumerable.Range(meeting.Year - 1, 3)
            .Where(year => day <= DateTime.DaysInMonth(year, month))
            .Select(year => new DateOnly(year, month, day))
            .OrderBy(date => Math.Abs(date.DayNumber - meeting.DayNumber))
            .ThenByDescending(date => date)
            .Cast<DateOnly?>()
            .FirstOrDefault();
        return nearest < meeting ? null : nearest;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-DaysFromMonday(date.DayOfWeek));

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly LastDayOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    private sealed record Rule(Regex Pattern, Func<Match, DateOnly, DateOnly?> Resolve);

    [GeneratedRegex(@"\b(?:by|before|until|till|due(?:\s+(?:on|by))?|no\s+later\s+than)\s+\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?:today|tonight|this\s+(?:afternoon|evening)|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|EOD|COB|close\s+of\s+business)\b(?!,?\s+(?:on\s+)?(?:(?:next|this)\s+)?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"\b(?<after>(?:the\s+)?day\s+after\s+)?tomorrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"(?:\b(?<next>next)\s+|\bthis\s+(?:coming\s+)?|\bcoming\s+)?(?<!\b(?:last|past|previous|every|each)\s+)\b(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?<next>next)\s+)?(?<period>week|month|quarter|year)|(?:this|(?<next>next))\s+(?<period>week|month|quarter)|(?<period>week|month|quarter|year)[-\s]end|EO(?<abbreviation>[WMQY]))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEnd();

    [GeneratedRegex(@"\b(?:(?:in|within)\s+(?:the\s+next\s+)?(?<count>(?<couple>(?:a\s+)?couple(?:\s+of)?)|\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>day|week|month)s?\b|(?<count>(?<couple>(?:a\s+)?couple(?:\s+of)?)|\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>day|week|month)s?\s+from\s+(?:now|today)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?<=\b(?:by|on|before|until|till|due|for)\s+)\bthe\s+(?<day>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of|floor|time|place|row|line|item|round|attempt|version|century|percentile|anniversary)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:the\s+)?(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>[12][0-9]{3})\b)?(?![:.][0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+(?<year>[12][0-9]{3})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![0-9/.])(?:(?<=\b(?:by|on|before|until|till|due|for|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)|(?=[0-9]{1,2}/[0-9]{1,2}/[0-9]))(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12][0-9]|0?[1-9])(?:/(?<year>[12][0-9]{3}|[0-9]{2}))?(?![0-9/]|\.[0-9]|\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthSlashDay();

    [GeneratedRegex(@"\b(?<year>[12][0-9]{3})-(?<month>[0-9]{2})-(?<day>[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
