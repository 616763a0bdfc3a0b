using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop.Csv;
using MathPlc.Tests;

namespace MathPlc.Tests.Csv;

/// <summary>
/// Decision 0180: <see cref="CsvRowWriter.WriteText(ReadOnlySpan{char})"/> writes a text cell straight as UTF-8 when it
/// can, and its bytes are always those <see cref="CsvTable"/>'s writer gives (<see cref="CsvRowWriter.Encode"/>): the
/// quoting, the doubled quotes and the formula neutralisation stay in one place.
/// </summary>
public sealed class CsvRowWriterTextTests
{
    // Texts built from the characters that decide a cell's bytes: commas, quotes, blanks, line breaks, formula starts,
    // digits (a number is never neutralised), non-ASCII letters and dashes, the Unicode line separator, C1 controls,
    // no-break space and surrogates, lone or paired.
    private static readonly char[] Alphabet =
        ['a', 'Z', '0', '7', '.', ',', '"', ' ', '\t', '\r', '\n', '=', '+', '-', '@', '\'', ';', ':', 'é', '—', '≥', '\u00a0', '\u2028', '\u0085', '\u007f',
         '\u0001', '\ud83d', '\ude00', 'E'];

    private static readonly Gen<string> Texts =
        from length in Gen.Choose(0, 12)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length)
        select new string(chars);

    private static byte[] Written(string? text, CsvFormulas formulas, bool asSpan)
    {
        using var bytes = new MemoryStream();
        using (var csv = new CsvRowWriter(bytes, formulas))
        {
            if (asSpan) csv.WriteText(text.AsSpan());
            else csv.WriteText(text);
        }
        return bytes.ToArray();
    }

    [Fact]
    public void Any_text_is_written_as_the_general_writer_encodes_it() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Elements(CsvFormulas.Neutralise, CsvFormulas.Raw).ToArbitrary(), (text, formulas) =>
                Written(text, formulas, asSpan: true).SequenceEqual(CsvRowWriter.Encode(text, formulas))
                && Written(text, formulas, asSpan: false).SequenceEqual(CsvRowWriter.Encode(text, formulas)))
            .Check(maxTest: 2000);

    [Fact] // a repeated text is encoded once, kept by identity: equal texts, the same string or not, give the same bytes
    public void Any_text_encoded_once_or_repeated_is_written_as_the_general_writer_encodes_it() =>
        Prop.ForAll(Gen.ArrayOf(Texts).ToArbitrary(), Gen.Elements(CsvFormulas.Neutralise, CsvFormulas.Raw).ToArbitrary(), (texts, formulas) =>
            {
                var twice = texts.Concat(texts.Select(t => new string(t.AsSpan()))).Concat(texts).ToArray();
                using var direct = new MemoryStream();
                using var repeated = new MemoryStream();
                using (var a = new CsvRowWriter(direct, formulas))
                using (var b = new CsvRowWriter(repeated, formulas))
                {
                    foreach (string text in twice)
                    {
                        a.WriteText(text);
                        b.WriteRepeatedText(text);
                    }
                    a.EndRow();
                    b.EndRow();
                }
                return texts.All(t => CsvRowWriter.EncodeText(t, formulas).SequenceEqual(CsvRowWriter.Encode(t, formulas)))
                    && direct.ToArray().SequenceEqual(repeated.ToArray());
            })
            .Check(maxTest: 1000);

    [Fact] // the kept texts are let go of (a team's strings are not kept alive by the next team's writer), and the bytes stay the same
    public void Forgotten_texts_are_let_go_of()
    {
        using var bytes = new MemoryStream();
        using var csv = new CsvRowWriter(bytes);
        var kept = WriteOnce(csv);
        csv.ForgetRepeatedTexts();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(kept.IsAlive);
        csv.WriteRepeatedText("Not yet, on 6.RP.A.2");
        csv.EndRow();
        csv.Flush();
        Assert.Equal("\"Not yet, on 6.RP.A.2\"\r\n\"Not yet, on 6.RP.A.2\"\r\n", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WriteOnce(CsvRowWriter csv)
    {
        string text = string.Concat("Not yet, on ", "6.RP.A.2");
        csv.WriteRepeatedText(text);
        csv.EndRow();
        return new WeakReference(text);
    }

    [Theory] // the cells a unit cycle's tables write most: sentences with commas and dashes, ids, dates
    [InlineData("Not yet proficient on 6.RP.A.2 (score 2, cut 3).", "\"Not yet proficient on 6.RP.A.2 (score 2, cut 3).\"")]
    [InlineData("extends on its 4.0 task — Explains why.", "extends on its 4.0 task — Explains why.")]
    [InlineData("S0001", "S0001")]
    [InlineData("2026-10-19", "2026-10-19")]
    [InlineData("-3", "-3")]
    [InlineData("-x", "'-x")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    public void Cells_are_written_as_RFC_4180_says(string text, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(Written(text, CsvFormulas.Neutralise, asSpan: true)));
        Assert.Equal(expected, Encoding.UTF8.GetString(CsvRowWriter.Encode(text)));
    }

    [Fact] // a cell longer than the writer's direct limit goes through the general writer, whole
    public void A_long_cell_is_written_whole()
    {
        string text = string.Concat(Enumerable.Repeat("a, é — b ", 4_000));
        Assert.Equal(CsvRowWriter.Encode(text), Written(text, CsvFormulas.Neutralise, asSpan: true));
    }

    [Fact]
    public void Null_and_empty_are_an_empty_field()
    {
        using var bytes = new MemoryStream();
        using (var csv = new CsvRowWriter(bytes))
        {
            csv.WriteText((string?)null);
            csv.WriteText(ReadOnlySpan<char>.Empty);
            csv.WriteText("x");
            csv.EndRow();
        }
        Assert.Equal(",,x\r\n", Encoding.UTF8.GetString(bytes.ToArray()));
    }
}
