namespace Distill.Cli;

/// <summary>DESIGN, CLI: what a script can tell from the exit status.</summary>
internal enum ExitCode
{
    Ok = 0,
    UsageOrCrash = 1,
    InputRejected = 2,
    NothingWritten = 3,
}
