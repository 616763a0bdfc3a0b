using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>Reasons as the intervention commands write them in CSV: <c>code: message</c> joined by <c>"; "</c> (JSON: <see cref="TiersOutput.Reasons"/>).</summary>
internal static class ReasonText
{
    /// <summary>The reasons for a CSV cell.</summary>
    public static string Csv(IEnumerable<Reason> reasons) => string.Join("; ", reasons.Select(Csv));

    /// <summary>The CSV text of <paramref name="reason"/> in a reasons cell: <c>code: message</c>.</summary>
    public static string Csv(Reason reason) => Csv(reason.Code, reason.Message);

    /// <summary>The CSV text of a reason with <paramref name="code"/> and <paramref name="message"/>: <c>code: message</c>.</summary>
    public static string Csv(string code, string message) => $"{code}: {message}";
}

/// <summary>
/// Reasons written as a CSV reasons cell (<see cref="ReasonText.Csv(IEnumerable{Reason})"/>'s text, the same bytes) from
/// pieces encoded once per reason instance: the decisions share one instance per distinct reason (decision 0107), so a
/// million rows encode a few hundred sentences.
/// </summary>
internal sealed class ReasonPieces
{
    private readonly Dictionary<Reason, MathPlc.Interop.Csv.CsvRowWriter.Piece> _pieces = new(ReferenceEqualityComparer.Instance);
    private const int Limit = 4096;
    private MathPlc.Interop.Csv.CsvRowWriter.Piece[] _row = new MathPlc.Interop.Csv.CsvRowWriter.Piece[8];

    /// <summary>Writes the reasons as one cell.</summary>
    public void Write<TReasons>(MathPlc.Interop.Csv.CsvRowWriter csv, TReasons reasons) where TReasons : IReadOnlyList<Reason>
    {
        if (_row.Length < reasons.Count) _row = new MathPlc.Interop.Csv.CsvRowWriter.Piece[reasons.Count];
        if (_pieces.Count >= Limit) _pieces.Clear();   // reasons made per student (a trend's own slope) would otherwise pile up
        for (int i = 0; i < reasons.Count; i++) _row[i] = PieceOf(reasons[i]);
        csv.WriteJoined(_row.AsSpan(0, reasons.Count), "; ");
    }

    /// <summary>
    /// Writes student <paramref name="student"/>'s reasons as one cell: the shared ones from their pieces, the student's
    /// own (<see cref="ProgressDecisions.SharedReason"/> null) composed once here (decision 0155).
    /// </summary>
    public void Write(MathPlc.Interop.Csv.CsvRowWriter csv, ProgressDecisions decisions, int student)
    {
        int count = decisions.ReasonCount(student);
        if (_row.Length < count) _row = new MathPlc.Interop.Csv.CsvRowWriter.Piece[count];
        if (_pieces.Count >= Limit) _pieces.Clear();
        for (int i = 0; i < count; i++)
            _row[i] = decisions.SharedReason(student, i) is { } shared ? PieceOf(shared)
                : MathPlc.Interop.Csv.CsvRowWriter.Piece.Of(ReasonText.Csv(decisions.ReasonCode(student, i), decisions.ReasonMessage(student, i)));
        csv.WriteJoined(_row.AsSpan(0, count), "; ");
    }

    /// <summary>The reason's piece, encoded the first time this instance is written.</summary>
    private MathPlc.Interop.Csv.CsvRowWriter.Piece PieceOf(Reason reason)
    {
        ref var piece = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pieces, reason, out _);
        return piece ??= MathPlc.Interop.Csv.CsvRowWriter.Piece.Of(ReasonText.Csv(reason));
    }
}
