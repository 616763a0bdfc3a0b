using System.CommandLine;
using System.Globalization;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Grading;

/// <summary>
/// <c>--memory-limit SIZE</c> of <c>mathplc proficiency</c>: about how much memory the evidence rows may take on the
/// fast path before they are spilled to temporary files (decision 0101). A size is a whole number of bytes, or with
/// <c>K</c>, <c>M</c> or <c>G</c> (binary: 1K = 1024 bytes; <c>KB</c>, <c>MB</c>, <c>GB</c>, <c>KiB</c>, <c>MiB</c>,
/// <c>GiB</c> and lower case mean the same).
/// </summary>
internal static class MemoryLimit
{
    /// <summary>
    /// A full, compacting collection that gives freed memory back to the system, so the peak is one step's and not the
    /// sum of their garbage: after each spilled partition is scored, after the in-memory rows are scored, and after a
    /// Parquet file is read (decision 0195).
    /// </summary>
    public static void Settle()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The option's name.</summary>
    public const string Name = "--memory-limit";

    /// <summary>The option, null when absent (then <see cref="ColumnarEvidenceCsv.DefaultMemoryLimit"/>).</summary>
    public static Option<long?> Option() => new(Name)
    {
        Description = "About how much memory the evidence rows may take (56 bytes a row) on the fast path (CSV output, no policy, no weight or source column): " +
                      "beyond it the rows are spilled to temporary files in the system's temporary folder (TMPDIR), partitioned by student, and scored a " +
                      "partition at a time, with the same output. Bytes, or with K, M or G (1K = 1024). Default 640M (about 12 million rows in memory); " +
                      "the identifiers and the runtime come on top (about 150 MB for 2.5 million students).",
        HelpName = "SIZE",
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (TryParse(text, out long bytes)) return bytes;
            result.AddError($"{Name} {text} is not a size; write a whole number of bytes, or one with K, M or G, e.g. 512M or 2G.");
            return null;
        },
    };

    /// <summary>Reads a size such as <c>512M</c>, <c>2G</c> or <c>1048576</c>; false when it is not one, or is 0.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        string trimmed = text.Trim();
        int digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits])) digits++;
        int shift = trimmed[digits..].ToUpperInvariant() switch
        {
            "" or "B" => 0,
            "K" or "KB" or "KIB" => 10,
            "M" or "MB" or "MIB" => 20,
            "G" or "GB" or "GIB" => 30,
            _ => -1,
        };
        if (digits == 0 || shift < 0 || !long.TryParse(trimmed[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            || number == 0 || number > long.MaxValue >> shift) return false;
        bytes = number << shift;
        return true;
    }
}
