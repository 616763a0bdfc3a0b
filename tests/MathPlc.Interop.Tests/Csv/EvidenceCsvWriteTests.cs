using System.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using NodaTime;

namespace MathPlc.Tests.Csv;

public class EvidenceCsvWriteTests
{
    private static readonly Evidence Plain = new(new StudentId("S-1001"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 14), 3.5);

    [Fact]
    public void Evidence_is_written_with_the_documented_header_crlf_round_trip_numbers_and_minimal_quoting()
    {
        string text = CsvText.Write(
        [
            Plain,
            new Evidence(new StudentId("Smith, Ana"), new TargetId("6.RP \"A\""), new LocalDate(987, 1, 2), 0.1, 2, EvidenceKind.Behaviour, 1e-7, "Unit 1\nitem 4"),
        ]);

        Assert.Equal(
            "student_id,target_id,assessed_on,score,sequence,kind,weight,source\r\n" +
            "S-1001,6.RP.A.3,2026-09-14,3.5,0,summative,,\r\n" +
            "\"Smith, Ana\",\"6.RP \"\"A\"\"\",0987-01-02,0.1,2,behaviour,1E-07,\"Unit 1\nitem 4\"\r\n",
            text);
    }

    [Fact]
    public void No_evidence_is_just_the_header() =>
        Assert.Equal("student_id,target_id,assessed_on,score,sequence,kind,weight,source\r\n", CsvText.Write([]));

    [Fact]
    public void The_output_is_utf8_without_a_byte_order_mark()
    {
        byte[] bytes = CsvText.WriteBytes([new Evidence(new StudentId("Zoë"), new TargetId("数学"), new LocalDate(2026, 9, 14), 3)]);

        Assert.Equal((byte)'s', bytes[0]);
        Assert.Contains("Zoë,数学,", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();
        EvidenceCsv.Write(stream, [Plain]);

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void Write_refuses_null_arguments_and_null_evidence()
    {
        Assert.Throws<ArgumentNullException>("output", () => EvidenceCsv.Write(null!, []));
        Assert.Throws<ArgumentNullException>("evidence", () => EvidenceCsv.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentException>("evidence", () => EvidenceCsv.Write(new MemoryStream(), [Plain, null!]));
    }

    [Fact]
    public void WriteFile_writes_a_file_that_reads_back()
    {
        using var folder = new TemporaryFolder();
        string path = folder.PathOf("evidence.csv");

        EvidenceCsv.WriteFile(path, [Plain]);

        Assert.Equal<Evidence>([Plain], EvidenceCsv.ReadFile(path).GetValueOrThrow());
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void WriteFile_that_fails_part_way_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        string path = folder.PathOf("evidence.csv");
        File.WriteAllText(path, "before");

        Assert.Throws<ArgumentException>(() => EvidenceCsv.WriteFile(path, [Plain, null!]));

        Assert.Equal("before", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void WriteFile_into_a_missing_folder_throws_OutputPathException() => // issue 14: output path problems in plain words
        Assert.Throws<OutputPathException>(() => EvidenceCsv.WriteFile(Path.Combine(Path.GetTempPath(), $"mathplc-{Guid.NewGuid():N}", "e.csv"), [Plain]));

    [Fact]
    public void WriteFile_refuses_a_blank_path() =>
        Assert.Throws<ArgumentException>("path", () => EvidenceCsv.WriteFile(" ", [Plain]));
}
