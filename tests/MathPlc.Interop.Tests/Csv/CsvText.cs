using System.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>Reads and writes evidence CSV held in strings, for tests.</summary>
internal static class CsvText
{
    public const string FileName = "evidence.csv";

    public static CsvReadResult<Evidence> Read(string text, bool byteOrderMark = false)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (byteOrderMark) bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        using var stream = new MemoryStream(bytes);
        return EvidenceCsv.Read(stream, FileName);
    }

    public static byte[] WriteBytes(IEnumerable<Evidence> evidence)
    {
        using var stream = new MemoryStream();
        EvidenceCsv.Write(stream, evidence);
        return stream.ToArray();
    }

    public static string Write(IEnumerable<Evidence> evidence) => Encoding.UTF8.GetString(WriteBytes(evidence));

    /// <summary>The one diagnostic a file gives; fails when there are none or several.</summary>
    public static DataDiagnostic OnlyDiagnostic(string text) => Assert.Single(Read(text).Problems);
}
