using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// An item-score file as read for a unit cycle (<see cref="ItemScoreCsv.ReadTable"/>): what
/// <see cref="ItemScoreCsv.Read"/> gives, kept as columns when the plain scan vouched for the file, so
/// <see cref="CycleInputs.FromFiles(CycleUnitFile, ItemScoreTable, Roster?)"/> puts a district's million scores
/// together without an object per line (issue 18, decision 0230).
/// </summary>
/// <remarks>Either way the input, and every diagnostic with its line, is the one the row reader's result gives.</remarks>
public sealed class ItemScoreTable
{
    private readonly CsvReadResult<ItemScoreLine>? _rows;

    internal ItemScoreTable(CsvReadResult<ItemScoreLine> rows) => (_rows, File) = (rows, rows.File);

    // The item scores are made with the table, as the file is read: the cycle's input needs them whatever the roster,
    // and the command line reads the roster on another thread meanwhile (decision 0230).
    internal ItemScoreTable(string file, ItemScoreColumns columns) => (File, Columns, Scores) = (file, columns, columns.ToItemScores());

    /// <summary>The file's name or path, as diagnostics name it.</summary>
    public string File { get; }

    /// <summary>The scores as columns, or null when the file was read by the row reader.</summary>
    internal ItemScoreColumns? Columns { get; }

    /// <summary>The rows as item scores when the file was read as columns (<see cref="ItemScoreColumns.ToItemScores"/>).</summary>
    internal ValueArray<ItemScore> Scores { get; }

    /// <summary>The file as <see cref="ItemScoreCsv.Read"/> gives it: every row with its line, value or problems.</summary>
    public CsvReadResult<ItemScoreLine> ToReadResult() => _rows ?? Columns!.ToReadResult(File);
}
