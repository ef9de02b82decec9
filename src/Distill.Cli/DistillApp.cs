using System.CommandLine;
using Distill.Cli.Commands;

namespace Distill.Cli;

/// <summary>The list of commands.</summary>
internal static class DistillApp
{
    public static RootCommand Build() => new("Distill: meeting transcripts, emails and notes into a linked Obsidian vault.")
    {
        InitCommand.Create(),
        IngestCommand.Create(),
        UndoCommand.Create(),
        EntitiesCommand.Create(),
        MergeCommand.Create(),
        DoctorCommand.Create(),
        ExtractCommand.Create(),
        CleanCommand.Create(),
    };
}
