using Xunit;

namespace Distill.Core.Tests.Specs;

/// <summary>
/// The cases of a markdown spec copied beside the tests: each "## name" heading, then an ```input fence
/// and an ```expected fence. A malformed spec throws, so a typo cannot silently drop a case.
/// </summary>
internal static class SpecCases
{
    private const string Fence = "```";

    public static TheoryData<string, string, string> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        var lines = File.ReadAllLines(path);
        var cases = new TheoryData<string, string, string>();
        string? name = null;
        string? input = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Require(name is null, path, index, "a case without its expected fence");
                name = line[3..].Trim();
                continue;
            }

            if (!line.StartsWith(Fence, StringComparison.Ordinal) || line.Length == Fence.Length)
            {
                continue;
            }

            var label = line[Fence.Length..].Trim();
            var body = new List<string>();
            for (index++; index < lines.Length && lines[index] != Fence; index++)
            {
                body.Add(lines[index]);
            }

            Require(index < lines.Length, path, index, "an unclosed fence");
            switch (label)
            {
                case "input":
                    Require(name is not null && input is null, path, index, "an input fence outside a case");
                    input = string.Join('\n', body);
                    break;
                case "expected":
                    Require(name is not null && input is not null, path, index, "an expected fence without its input");
                    cases.Add(name!, input!, string.Join('\n', body));
                    name = null;
                    input = null;
                    break;
                default:
                    break;
            }
        }

        Require(name is null, path, lines.Length, "a case without its expected fence");
        Require(cases.Count > 0, path, lines.Length, "no cases");
        return cases;
    }

    private static void Require(bool condition, string path, int index, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{path}:{index + 1}: {problem}");
        }
    }
}
