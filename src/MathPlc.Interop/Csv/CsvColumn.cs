namespace MathPlc.Interop.Csv;

/// <summary>One column a CSV reader knows: its header name and whether every file must have it.</summary>
internal readonly record struct CsvColumn(string Name, bool Required);
