using System.Runtime.InteropServices;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// A plain item-score file's rows as columns (decision 0230): row <c>r</c> (line <c>r + 2</c>) is the student
/// <c>StudentIds[Student[r]]</c>, the item <c>ItemIds[Item[r]]</c> and the score <c>Score[r]</c>, −1 when empty; ids
/// numbered in order of their first row; no student and item twice.
/// </summary>
internal sealed record ItemScoreColumns(StudentId[] StudentIds, ItemId[] ItemIds, int[] Student, int[] Item, double[] Score)
{
    /// <summary>How many rows.</summary>
    public int Count => Score.Length;

    /// <summary>The line of row <paramref name="row"/> (the header is line 1; a plain file has no blank lines).</summary>
    public static int LineOf(int row) => row + 2;

    /// <summary>The score of row <paramref name="row"/>, or null when the item was not answered.</summary>
    public double? ScoreOf(int row) => Score[row] is var score && score < 0 ? null : score;

    /// <summary>The rows as the row reader gives them.</summary>
    public CsvReadResult<ItemScoreLine> ToReadResult(string file)
    {
        var rows = new CsvRow<ItemScoreLine>[Count];
        for (int r = 0; r < rows.Length; r++)
            rows[r] = new CsvRow<ItemScoreLine>(LineOf(r), new ItemScoreLine(StudentIds[Student[r]], ItemIds[Item[r]], ScoreOf(r)));
        return new CsvReadResult<ItemScoreLine>(file, [], ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }

    /// <summary>The rows as the Assessments package's values, in file order.</summary>
    public ValueArray<ItemScore> ToItemScores()
    {
        var scores = new ItemScore[Count];
        for (int r = 0; r < scores.Length; r++) scores[r] = new ItemScore(StudentIds[Student[r]], ItemIds[Item[r]], ScoreOf(r));
        return new ValueArray<ItemScore>(ImmutableCollectionsMarshal.AsImmutableArray(scores));
    }
}
