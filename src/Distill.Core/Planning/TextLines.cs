namespace Distill.Core.Planning;

/// <summary>Text cut into lines that keep their line ends ("\n" or "\r\n"), so that joining them gives the text back.</summary>
internal static class TextLines
{
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    /// <summary>A line without its line end.</summary>
    public static string Content(string line) => line.TrimEnd('\n').TrimEnd('\r');
}
