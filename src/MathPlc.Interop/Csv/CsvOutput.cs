using System.Globalization;
using CsvHelper;

namespace MathPlc.Interop.Csv;

/// <summary>
/// How MathPlc writes CSV, in one place: RFC 4180, comma separated, CRLF line ends (as the RFC says), UTF-8
/// without a byte order mark, invariant culture, numbers at round-trip precision. A field is quoted when it holds
/// a comma, a quote or a line break, or starts or ends with a space or tab (so readers that trim keep it).
/// </summary>
internal static class CsvOutput
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        ValidateFieldCount = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>A writer over <paramref name="output"/>, which disposing the writer flushes but leaves open.</summary>
    public static CsvWriter Create(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);
}
