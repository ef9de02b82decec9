using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// A task's 🆔 and block id: six lower-case base-36 characters from the source's identity and the task's text, never
/// from its position, so that re-reading the same source finds the same task (and the status the user gave it).
/// </summary>
internal static class TaskId
{
    public const int Length = 6;

    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>36^6: every id of <see cref="Length"/> characters.</summary>
    private const ulong Space = 2_176_782_336;

    /// <summary>
    /// The id of a task of <paramref name="sourceId"/> that is not in <paramref name="taken"/> (ids already in the
    /// note: other tasks, transcript block ids), which it is added to. A collision is resolved by hashing again with a
    /// counter, so the same tasks always get the same ids.
    /// </summary>
    public static string For(string sourceId, string text, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var key = sourceId + "\n" + Normalise(text);
        for (var attempt = 1; ; attempt++)
        {
            var id = Of(attempt == 1 ? key : key + "\n" + attempt.ToString(CultureInfo.InvariantCulture));
            if (taken.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>Case and spacing are not content: a re-extraction that only changes them keeps the id.</summary>
    private static string Normalise(string text) => MarkdownText.Flatten(text).Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private static string Of(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash) % Space;
        Span<char> id = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            id[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        return new string(id);
    }
}
