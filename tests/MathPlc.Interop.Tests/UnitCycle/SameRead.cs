using MathPlc.Interop.Csv;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>The one comparison of a fast reader's result with the row reader's: the file's problems, every row and every row's problems.</summary>
internal static class SameRead
{
    public static void Assert<T>(CsvReadResult<T> expected, CsvReadResult<T> actual) where T : class
    {
        Xunit.Assert.Equal(expected.FileDiagnostics, actual.FileDiagnostics);
        Xunit.Assert.Equal(expected.Rows, actual.Rows);
        Xunit.Assert.Equal(expected.Problems, actual.Problems);
    }
}
