using System.Text;
using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources;

public sealed class ContentIdentityTests
{
    private const string Lf = "[00:00:01.00] Remote : Caf\u00E9 at noon.\n[00:00:02.00] Remote : Fine.\n";

    [Theory]
    [InlineData("[00:00:01.00] Remote : Caf\u00E9 at noon.\r\n[00:00:02.00] Remote : Fine.\r\n")]
    [InlineData("[00:00:01.00] Remote : Caf\u00E9 at noon.\r[00:00:02.00] Remote : Fine.\r")]
    [InlineData("[00:00:01.00] Remote : Caf\u00E9 at noon.   \n[00:00:02.00] Remote : Fine.\t\n")]
    [InlineData("[00:00:01.00] Remote : Caf\u00E9 at noon.\n[00:00:02.00] Remote : Fine.\n\n\n  \n")]
    [InlineData("[00:00:01.00] Remote : Cafe\u0301 at noon.\n[00:00:02.00] Remote : Fine.\n")]
    [InlineData("[00:00:01.00] Remote : Caf\u00E9 at noon.\n[00:00:02.00] Remote : Fine.")]
    public void The_same_text_written_differently_has_the_same_identity(string variant)
    {
        Read(variant).Sha256.Should().Be(Read(Lf).Sha256);
    }

    [Fact]
    public void Different_text_has_a_different_identity()
    {
        Read("[00:00:01.00] Remote : Cafe at noon.\n[00:00:02.00] Remote : Fine.\n").Sha256.Should().NotBe(Read(Lf).Sha256);
    }

    [Fact]
    public void The_identity_is_the_sha256_of_the_normalised_text()
    {
        ContentIdentity.Of(["abc", ""]).Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void A_utf8_byte_order_mark_does_not_change_the_identity()
    {
        var withMark = SourceReader.Read("meeting.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lf)], FileDate);

        withMark.Should().BeOfType<ReadResult.Read>().Which.Source.Sha256.Should().Be(Read(Lf).Sha256);
    }
}
