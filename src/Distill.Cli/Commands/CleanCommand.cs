using System.CommandLine;
using System.Globalization;
using Distill.Cli.Output;
using Distill.Core.Cleaning;
using Distill.Core.Pipeline;
using Distill.Core.Sources;

namespace Distill.Cli.Commands;

internal static class CleanCommand
{
    private static readonly Argument<string> File = new("file") { Description = "A transcript file, inside a vault or not." };

    public static Command Create()
    {
        var command = new Command("clean", "Print a transcript cleaned, as turns: **mm:ss** **Speaker**: text.") { File };
        command.SetAction(parse => Run(Terminal.From(parse), parse.GetRequiredValue(File), Settings.FromEnvironment()));
        return command;
    }

    internal static int Run(Terminal terminal, string path, Settings settings)
    {
        switch (Preparation.ReadAndClean(path, new CleaningOptions(settings.Owner)))
        {
            case ReadResult.Rejected rejected:
                terminal.Report(rejected.Problem);
                return (int)ExitCode.InputRejected;
            case ReadResult.Read read:
                foreach (var warning in read.Source.Warnings)
                {
                    terminal.Warn(path, warning);
                }

                foreach (var segment in read.Source.Segments)
                {
                    terminal.Out.WriteLine(Turn(segment));
                    terminal.Out.WriteLine();
                }

                return (int)ExitCode.Ok;
            default:
                throw new System.Diagnostics.UnreachableException();
        }
    }

    internal static string Turn(Segment segment)
    {
        var time = segment.Start is { } start ? $"**{Clock(start)}** " : string.Empty;
        var speaker = segment.Speaker is { } name ? $"**{name}**: " : string.Empty;
        return time + speaker + segment.Text.ReplaceLineEndings(" ");
    }

    private static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : time.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
