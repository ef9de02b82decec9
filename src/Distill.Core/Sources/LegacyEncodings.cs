using System.Text;

namespace Distill.Core.Sources;

/// <summary>The single-byte code pages that UTF-8 text is most often mis-decoded as.</summary>
internal static class LegacyEncodings
{
    public static Encoding Windows1252 { get; } = Load(1252);

    public static Encoding MacRoman { get; } = Load(10000);

    private static Encoding Load(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
