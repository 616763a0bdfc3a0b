using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>Tier decisions and groups as <c>mathplc tiers</c> writes them (docs/cli.md).</summary>
internal static class TiersTable
{
    /// <summary>The CSV columns, fixed by the command-line contract.</summary>
    public static IReadOnlyList<string> Header { get; } = ["student_id", "tier", "targets_unmet", "extension", "reasons"];

    /// <summary>The groups file's columns.</summary>
    public static IReadOnlyList<string> GroupsHeader { get; } = ["group_id", "kind", "target_id", "student_id", "reason"];

    /// <summary>The tier as written: <c>core</c>, <c>tier2</c>, <c>tier3</c>.</summary>
    public static string TierText(Tier tier) => tier switch
    {
        Tier.Tier2 => "tier2",
        Tier.Tier3 => "tier3",
        _ => "core",
    };

    /// <summary>The decisions in <paramref name="format"/>; JSON also carries the groups.</summary>
    public static string Write(ImmutableArray<TierDecision> decisions, GroupingResult groups, OutputFormat format) => format switch
    {
        OutputFormat.Csv => CsvText.Of(Header, decisions.Select(d => (IReadOnlyList<string?>)
        [
            d.StudentId.Value,
            TierText(d.Tier),
            string.Join(";", d.UnmetTargets.Select(t => t.Value)),
            d.Extension ? "true" : "false",
            ReasonText.Csv(d.Reasons),
        ])),
        _ => CliJson.Text(TiersOutput.Of(decisions, groups), json => json.TiersOutput),
    };

    /// <summary>
    /// Writes the decisions as CSV straight to <paramref name="output"/>: the same bytes as <see cref="Write"/> gives
    /// for <see cref="OutputFormat.Csv"/> (tested), from the columns — each distinct reason and each target encoded
    /// once, a student's cells joined from those pieces (issue 18; decisions 0121, 0215).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static void WriteCsv(Stream output, TierDecisions decisions, CsvFormulas formulas)
    {
        using var csv = new CsvRowWriter(output, formulas);
        foreach (var name in Header) csv.WriteText(name);
        csv.EndRow();
        var reasons = new CsvRowWriter.Piece[decisions.Reasons.Length];
        for (int r = 0; r < reasons.Length; r++) reasons[r] = CsvRowWriter.Piece.Of(ReasonText.Csv(decisions.Reasons[r]));
        var targets = decisions.Targets.Select(t => CsvRowWriter.Piece.Of(t.Value)).ToArray();
        var cell = new CsvRowWriter.Piece[8];
        var students = decisions.Students;
        for (int i = 0; i < decisions.Count; i++)
        {
            csv.WriteText(students[i].Value);
            csv.WriteRepeatedText(TierText(decisions.TierOf(i)));   // a few constant texts, encoded once (decision 0255)
            WriteJoined(csv, decisions.UnmetOf(i), targets, ";", ref cell);
            csv.WriteRepeatedText(decisions.ExtensionOf(i) ? "true" : "false");
            WriteJoined(csv, decisions.ReasonsOf(i), reasons, "; ", ref cell);
            csv.EndRow();
        }
    }

    /// <summary>Writes one cell: the pieces <paramref name="numbers"/> name, joined by <paramref name="separator"/>.</summary>
    private static void WriteJoined(CsvRowWriter csv, ReadOnlySpan<int> numbers, CsvRowWriter.Piece[] pieces, string separator, ref CsvRowWriter.Piece[] cell)
    {
        if (cell.Length < numbers.Length) cell = new CsvRowWriter.Piece[numbers.Length];
        for (int k = 0; k < numbers.Length; k++) cell[k] = pieces[numbers[k]];
        csv.WriteJoined(cell.AsSpan(0, numbers.Length), separator);
    }

    /// <summary>Writes the groups file, all or nothing, as it is made: the same bytes as <see cref="WriteGroups"/> writes (tested).</summary>
    public static void WriteGroupsStreamed(string path, GroupingResult groups) =>
        MathPlc.Interop.OutputFile.Write(path, stream =>
        {
            using var csv = new CsvRowWriter(stream, CsvText.Formulas);
            foreach (var name in GroupsHeader) csv.WriteText(name);
            csv.EndRow();
            // The group's cells repeat on each of its students' rows: encoded once per string (decisions 0235, 0255).
            foreach (var g in groups.Groups)
            {
                string kind = Grouping.Name(g.Kind);
                foreach (var s in g.Students)
                {
                    csv.WriteRepeatedText(g.Id);
                    csv.WriteRepeatedText(kind);
                    csv.WriteRepeatedText(g.Target?.Value);
                    csv.WriteText(s.Value);
                    csv.WriteRepeatedText(g.Reason.Code);
                    csv.EndRow();
                }
            }
            var reasons = new ReasonPieces();
            foreach (var u in groups.Unplaced)
            {
                csv.WriteEmpty();
                csv.WriteText(Grouping.Name(u.Kind));
                csv.WriteText(u.Target?.Value);
                csv.WriteText(u.StudentId.Value);
                reasons.Write(csv, new[] { u.Reason });
                csv.EndRow();
            }
        });

    /// <summary>Writes the groups file, all or nothing: one row per placed student, then one per student not placed.</summary>
    public static void WriteGroups(string path, GroupingResult groups) =>
        CsvText.WriteFile(path, GroupsHeader,
            groups.Groups.SelectMany(g => g.Students.Select(s => (IReadOnlyList<string?>)[g.Id, Grouping.Name(g.Kind), g.Target?.Value, s.Value, g.Reason.Code]))
            .Concat(groups.Unplaced.Select(u => (IReadOnlyList<string?>)[null, Grouping.Name(u.Kind), u.Target?.Value, u.StudentId.Value,
                $"{u.Reason.Code}: {u.Reason.Message}"])));
}
