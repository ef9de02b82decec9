namespace Distill.Core.Sources;

/// <summary>Where a source's date came from, so that a guessed date is never passed off as a known one.</summary>
public enum DateOrigin
{
    FrontMatter,
    FileName,
    FileTime,

    /// <summary>The source states it in its own format: an email's Date header, an export's message headings.</summary>
    Content,
}
