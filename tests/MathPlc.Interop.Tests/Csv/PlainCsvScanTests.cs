using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>
/// Decision 0255: the plain scan finds a line's fields and checks that it is plain in one pass of vector compares
/// (<see cref="PlainCsvScan.PlainFields"/>) instead of a plainness check and a search per field. It must give exactly
/// what the two did: the same field ranges for a plain line, and a refusal for any line that is not plain or is wider
/// than the header.
/// </summary>
public sealed class PlainCsvScanTests
{
    /// <summary>Bytes a line is made of: mostly what district files hold, with commas, spaces, quotes, controls, DEL and bytes above ASCII among them.</summary>
    private static readonly Gen<byte> LineByte = Gen.Frequency(
        (12, Gen.Elements("S0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-:;~!"u8.ToArray())),
        (5, Gen.Constant((byte)',')),
        (1, Gen.Constant((byte)' ')),
        (1, Gen.Elements((byte)'"', (byte)'\t', (byte)'\r', (byte)0, (byte)0x1F, (byte)0x7F, (byte)0x80, (byte)0xC3, (byte)0xFF)));

    /// <summary>Lines of every length to 140 bytes (so the vector blocks, the bytes after them and lines shorter than one block are all met), mostly plain.</summary>
    private static readonly Gen<byte[]> Line = Gen.Frequency(
        (3, LineByte.ArrayOf().Select(bytes => bytes.Length > 140 ? bytes[..140] : bytes)),
        (2, from length in Gen.Choose(0, 140) from at in Gen.Choose(0, 140) from b in LineByte select DistrictLike(length, at, b)));

    /// <summary>A district row repeated to <paramref name="length"/> bytes, with byte <paramref name="at"/> (when there is one) made <paramref name="b"/>.</summary>
    private static byte[] DistrictLike(int length, int at, byte b)
    {
        var row = "S012,6.RP.A.1,mean,2.5,Target content,scored,3,0,"u8;
        var line = new byte[length];
        for (int i = 0; i < length; i++) line[i] = row[i % row.Length];
        if (at < length) line[at] = b;
        return line;
    }

    [Fact] // Decision 0255: one pass gives the plainness check's and the per-field search's answer, whatever the line and the header's width.
    public void Plain_fields_are_the_plain_check_and_the_split_in_one_pass() =>
        Prop.ForAll((from line in Line from width in Gen.Choose(0, 12) select (line, width)).ToArbitrary(), input =>
        {
            var expected = new Range[input.width];
            var actual = new Range[input.width];
            int split = PlainCsvScan.Plain(input.line) ? Split(input.line, expected) : -1;
            int fields = PlainCsvScan.PlainFields(input.line, actual);
            Assert.Equal(split, fields);
            if (fields > 0) Assert.Equal(expected[..fields], actual[..fields]);
        }).Check(maxTest: 2000);

    /// <summary>The scan's split before decision 0255, kept as the oracle: the fields of a line, as ranges, by a search per field; -1 when there are more than <paramref name="fields"/> has places for.</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0, start = 0;
        while (count < fields.Length)
        {
            int comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count++] = start..line.Length;
                return count;
            }
            fields[count++] = start..(start + comma);
            start += comma + 1;
        }
        return -1;
    }

    [Theory] // Decision 0255: the refusals, each on a line the vector blocks reach (over 16 bytes) and on a short one.
    [InlineData("S0000001,6.RP.A.1,mean,4,Beyond,scored,2,\"0\"")]
    [InlineData("S0000001,6.RP.A.1,mean,4,Beyond,sco\tred,2,0")]
    [InlineData("S0000001,6.RP.A.1,mean,4,Beyond,scored,2,0,extra")]
    [InlineData("S1,\"x\"")]
    [InlineData("S1,x,y,z,w,v,u,t,s")]
    public void A_line_not_plain_or_too_wide_is_refused(string line)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        Assert.Equal(-1, PlainCsvScan.PlainFields(bytes, new Range[8]));
        Assert.Equal(-1, PlainCsvScan.PlainFields([.. bytes.Take(8), 0xFF], new Range[8]));
    }

    [Fact]
    public void A_plain_line_gives_its_fields()
    {
        var line = "S0000001,6.RP.A.1,mean,4,Target content,scored,2,0"u8;
        var fields = new Range[8];
        Assert.Equal(8, PlainCsvScan.PlainFields(line, fields));
        Assert.Equal("Target content", System.Text.Encoding.ASCII.GetString(line[fields[4]]));
        Assert.Equal("0", System.Text.Encoding.ASCII.GetString(line[fields[7]]));
    }
}
