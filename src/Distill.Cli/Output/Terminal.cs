using System.CommandLine;
using Distill.Core.Sources;
using Spectre.Console;

namespace Distill.Cli.Output;

/// <summary>Where a command writes: results to stdout, one line per problem to stderr.</summary>
internal sealed record Terminal(TextWriter Out, TextWriter Error)
{
    public static Terminal From(ParseResult parse) => new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);

    /// <summary>Tables for stdout; plain text when stdout is not a terminal.</summary>
    public IAnsiConsole Screen => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });

    /// <summary>Progress goes to stderr, so that stdout stays the result (and only JSON with <c>--json</c>); it draws nothing when stderr is not a terminal.</summary>
    public IAnsiConsole ProgressScreen => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });

    public void Report(Problem problem) => Error.WriteLine($"distill: {problem}");

    public void Warn(string file, string warning) => Error.WriteLine($"distill: {file}: {warning}");
}
