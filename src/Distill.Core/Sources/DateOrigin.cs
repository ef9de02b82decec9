namespace Distill.Core.Sources;

/// <summary>Where a source's date came from, so that a guessed date is never passed off as a known one.</summary>
public enum DateOrigin
{
    FrontMatter,
    FileName,
    FileTime,
}
