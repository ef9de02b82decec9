using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Cleaning;
using Distill.Core.Extraction;
using Distill.Core.Pipeline;
using Distill.Core.Sources;

namespace Distill.Cli.Commands;

internal static class ExtractCommand
{
    private static readonly Argument<string[]> Files = new("files")
    {
        Description = "Source files, inside a vault or not.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> Json = new("--json") { Description = "Print the Extraction JSON (../shared/eval/EXTRACTION.md)." };

    public static Command Create()
    {
        var command = new Command("extract", "Print what a source yields: participants, summary, facts, decisions, tasks.") { Files, Json };
        command.SetAction(parse => Run(Terminal.From(parse), parse.GetRequiredValue(Files), parse.GetValue(Json), Settings.FromEnvironment()));
        return command;
    }

    /// <summary>One file prints one Extraction (the JSON contract); several print one each, as a JSON array with <c>--json</c>.</summary>
    internal static int Run(Terminal terminal, IReadOnlyList<string> paths, bool json, Settings settings)
    {
        var extractions = new List<Extraction>();
        var rejected = false;
        foreach (var path in paths)
        {
            switch (Preparation.ReadAndClean(path, new CleaningOptions(settings.Owner)))
            {
                case ReadResult.Rejected rejection:
                    terminal.Report(rejection.Problem);
                    rejected = true;
                    break;
                case ReadResult.Read read:
                    foreach (var warning in read.Source.Warnings)
                    {
                        terminal.Warn(path, warning);
                    }

                    extractions.Add(RuleExtractor.Extract(read.Source, new ExtractionOptions(settings.Owner)));
                    break;
            }
        }

        if (extractions.Count == 0)
        {
            return (int)ExitCode.InputRejected;
        }

        if (json)
        {
            terminal.Out.WriteLine(paths.Count == 1
                ? ExtractionJson.Write(extractions[0])
                : ExtractionJson.WriteAll(extractions));
        }
        else
        {
            terminal.Out.WriteLine(string.Join("\n\n", extractions.Select(ExtractionMarkdown.Write)));
        }

        return (int)(rejected ? ExitCode.InputRejected : ExitCode.Ok);
    }
}
