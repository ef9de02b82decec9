using System.Diagnostics;
using System.Globalization;
using System.Text;
using Distill.Core.Planning;
using Distill.Core.Pipeline;
using Distill.Core.Vault;

namespace Distill.Bench;

/// <summary>
/// Issue 6's figure: one more meeting ingested into a synthetic vault of 2,000 meetings and 300 people, against the same
/// meeting ingested into an empty vault (goal: 3× or less), as the ratio of the medians of several runs. Each run in the
/// big vault is undone before the next, and every run checks that it rewrote only the notes the meeting touches: its
/// own note, the notes of the people in it, and the ledger.
/// </summary>
internal static class EntityBenchmark
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly string[] FirstNames =
    [
        "Ada", "Bela", "Cyrus", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar",
        "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallagher", "Haddad",
        "Ivanova", "Jansen", "Kowalski", "Lindqvist",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var distill = BenchVault.Distill(args.Length > 3 ? args[3] : null);
        var meetings = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var people = (from first in FirstNames from last in LastNames select $"{first} {last}").Take(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300).ToArray();
        var random = new Random(6);
        var big = await BenchVault.CreateAsync();
        try
        {
            for (var i = 0; i < meetings; i++)
            {
                Drop(big, i, Meeting(i, [.. Enumerable.Range(0, 2 + random.Next(3)).Select(_ => people[random.Next(people.Length)]).Distinct()]));
            }

            var building = Stopwatch.StartNew();
            var built = await IngestAsync(big);
            Console.WriteLine(FormattableString.Invariant($"vault of {built.Snapshot.Notes.Count + built.Planned.Plan.Changes.OfType<CreateFile>().Count()} notes built in {building.Elapsed.TotalSeconds:0.0} s"));
            string[] guests = [people[7 % people.Length], people[people.Length / 2], people[^1]];
            var extra = Meeting(meetings, guests);
            var empty = new List<double>();
            var full = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                empty.Add(await IntoEmptyVaultAsync(extra));
                Drop(big, meetings, extra);
                var clock = Stopwatch.StartNew();
                var result = await IngestAsync(big);
                full.Add(clock.Elapsed.TotalMilliseconds);
                CheckTouched(result, [BenchCorpus.Owner, .. guests]);
                await Applier.UndoAsync(new ApplyOptions(big, GitCommit: false), CancellationToken.None);
                File.Delete(InboxFile(big, meetings));
            }

            Console.WriteLine(FormattableString.Invariant($"meetings {meetings}, people {people.Length}, runs {runs}"));
            Console.WriteLine(FormattableString.Invariant($"one meeting into an empty vault      median {Measure.Median(empty),8:0.00} ms"));
            Console.WriteLine(FormattableString.Invariant($"one meeting into the full vault      median {Measure.Median(full),8:0.00} ms"));
            Console.WriteLine(FormattableString.Invariant($"ratio {Measure.Median(full) / Measure.Median(empty):0.00}x (goal <= 3x)"));
            if (distill is not null)
            {
                var emptyProcess = new List<double>();
                var fullProcess = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    var vault = await BenchVault.CreateAsync();
                    Drop(vault, 0, extra);
                    emptyProcess.Add(await BenchVault.IngestProcessAsync(distill, vault));
                    Directory.Delete(vault, recursive: true);
                    Drop(big, meetings, extra);
                    fullProcess.Add(await BenchVault.IngestProcessAsync(distill, big));
                    await Applier.UndoAsync(new ApplyOptions(big, GitCommit: false), CancellationToken.None);
                    File.Delete(InboxFile(big, meetings));
                }

                Console.WriteLine(FormattableString.Invariant($"distill ingest process, empty vault  median {Measure.Median(emptyProcess),8:0.00} ms"));
                Console.WriteLine(FormattableString.Invariant($"distill ingest process, full vault   median {Measure.Median(fullProcess),8:0.00} ms"));
                Console.WriteLine(FormattableString.Invariant($"process ratio {Measure.Median(fullProcess) / Measure.Median(emptyProcess):0.00}x"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(big, recursive: true);
        }
    }

    /// <summary>The run wrote the new meeting's note, the ledger and the notes of the people in it, nothing else.</summary>
    private static void CheckTouched(IngestResult result, string[] people)
    {
        var created = result.Planned.Outcomes.Single().Note!;
        var allowed = people.Select(person => $"People/{person}/{person}.md").Append(created).Append(Ledger.RelativePath).ToHashSet(StringComparer.Ordinal);
        var notes = result.Planned.Plan.Changes.Where(change => change is CreateFile or PatchFile or DeleteFile).Select(change => change.Path).ToList();
        var others = notes.Where(path => !allowed.Contains(path)).ToList();
        if (result.Applied?.Outcome != ApplyOutcome.Applied || others.Count > 0)
        {
            throw new InvalidOperationException($"the run touched notes the meeting does not name: {string.Join(", ", others)} ({result.Applied?.Outcome})");
        }
    }

    private static async Task<double> IntoEmptyVaultAsync(string meeting)
    {
        var vault = await BenchVault.CreateAsync();
        try
        {
            Drop(vault, 0, meeting);
            var clock = Stopwatch.StartNew();
            await IngestAsync(vault);
            return clock.Elapsed.TotalMilliseconds;
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    private static async Task<IngestResult> IngestAsync(string vault)
    {
        var config = BenchVault.ConfigOf(vault);
        var result = await Ingestion.RunAsync(new IngestRequest(vault, [], false, false, null, config, Today), null, CancellationToken.None);
        return result.Applied?.Outcome == ApplyOutcome.Applied ? result : throw new InvalidOperationException($"the ingest did not apply: {result.Applied?.Outcome}");
    }

    /// <summary>A WebVTT recording of the owner and <paramref name="guests"/>: tasks, a decision, facts, small talk.</summary>
    private static string Meeting(int index, string[] guests)
    {
        var speakers = guests.Prepend(BenchCorpus.Owner).ToArray();
        var text = new StringBuilder("WEBVTT\n\n");
        string[] lines =
        [
            $"Thanks for joining, this is the review of workstream {index}.",
            $"{guests[0].Split(' ')[0]} has been leading the storage migration since March.",
            "We decided to ship the beta to the first three customers next month.",
            $"I'll send the updated plan to {guests[^1]} by Friday.",
            "The indexer still loses documents when a node restarts, which is a risk for the launch.",
            "Can you review the pricing draft before Wednesday?",
            "Sure, I will review it and share comments by Wednesday.",
            "Who owns the support handoff after the beta is still open.",
        ];
        for (var cue = 0; cue < 24; cue++)
        {
            var start = TimeSpan.FromSeconds(cue * 20);
            text.Append(CultureInfo.InvariantCulture, $"{cue + 1}\n{start:hh\\:mm\\:ss}.000 --> {start + TimeSpan.FromSeconds(18):hh\\:mm\\:ss}.000\n");
            text.Append(CultureInfo.InvariantCulture, $"{speakers[cue % speakers.Length]}: {lines[cue % lines.Length]}\n\n");
        }

        return text.ToString();
    }

    /// <summary>The recording in the Inbox, named as recorders name them: its date, then what it was.</summary>
    private static void Drop(string vault, int index, string meeting) =>
        File.WriteAllText(InboxFile(vault, index), meeting);

    private static string InboxFile(string vault, int index) =>
        Path.Combine(vault, "Inbox", "Transcripts", $"{new DateOnly(2024, 1, 1).AddDays(index / 3):yyyy-MM-dd} - Workstream {index} review.vtt");
}
