using System.Globalization;
using System.Text;

namespace Distill.Core.Tests.Pipeline;

/// <summary>An Apple Mail export written by hand, as the old pipeline's script writes one: oldest message first, bodies quoted, bare-CR line ends.</summary>
internal static class EmailExport
{
    public static byte[] Of(string subject, params (string Sent, string From, string Body)[] messages)
    {
        var text = new StringBuilder($"# {subject}\n\n- Exported: 2026-01-05 17:29:56\n- Messages: {messages.Length}\n---\n");
        foreach (var (sent, from, body) in messages)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {sent} — {from}\n**Subject:** {subject}\n\n");
            text.AppendJoin('\n', body.Split('\n').Select(line => "> " + line)).Append("\n\n---\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString().Replace('\n', '\r'));
    }
}
