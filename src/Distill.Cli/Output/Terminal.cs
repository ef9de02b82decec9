using System.CommandLine;
using Distill.Core.Sources;

namespace Distill.Cli.Output;

/// <summary>Where a command writes: results to stdout, one line per problem to stderr.</summary>
internal sealed record Terminal(TextWriter Out, TextWriter Error)
{
    public static Terminal From(ParseResult parse) => new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);

    public void Report(Problem problem) => Error.WriteLine($"distill: {problem}");

    public void Warn(string file, string warning) => Error.WriteLine($"distill: {file}: {warning}");
}
