using System.Globalization;
using System.Text;

namespace Distill.Core.Tests.Pipeline;

/// <summary>A WebVTT transcript written by hand: each turn a cue of its own, "Speaker: text", four seconds apart.</summary>
internal static class Vtt
{
    public static string Of(params (string Speaker, string Text)[] turns)
    {
        var text = new StringBuilder("WEBVTT\n");
        for (var i = 0; i < turns.Length; i++)
        {
            var start = TimeSpan.FromSeconds(1 + (i * 4));
            text.Append(CultureInfo.InvariantCulture, $"\n{start:hh\\:mm\\:ss\\.fff} --> {start + TimeSpan.FromSeconds(3):hh\\:mm\\:ss\\.fff}\n{turns[i].Speaker}: {turns[i].Text}\n");
        }

        return text.ToString();
    }
}
