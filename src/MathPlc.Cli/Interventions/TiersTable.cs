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
    /// for <see cref="OutputFormat.Csv"/> (tested), with each distinct reason encoded once rather than every
    /// student's sentences joined into a string (issue 18; decision 0121).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static void WriteCsv(Stream output, ImmutableArray<TierDecision> decisions, CsvFormulas formulas)
    {
        using var csv = new CsvRowWriter(output, formulas);
        foreach (var name in Header) csv.WriteText(name);
        csv.EndRow();
        var pieces = new ReasonPieces();
        foreach (var d in decisions)
        {
            csv.WriteText(d.StudentId.Value);
            csv.WriteText(TierText(d.Tier));
            csv.WriteText(d.UnmetTargets.Length switch
            {
                0 => null,
                1 => d.UnmetTargets[0].Value,
                _ => string.Join(";", d.UnmetTargets.Select(t => t.Value)),
            });
            csv.WriteText(d.Extension ? "true" : "false");
            pieces.Write(csv, d.Reasons);
            csv.EndRow();
        }
    }

    /// <summary>Writes the groups file, all or nothing, as it is made: the same bytes as <see cref="WriteGroups"/> writes (tested).</summary>
    public static void WriteGroupsStreamed(string path, GroupingResult groups) =>
        MathPlc.Interop.OutputFile.Write(path, stream =>
        {
            using var csv = new CsvRowWriter(stream, CsvText.Formulas);
            foreach (var name in GroupsHeader) csv.WriteText(name);
            csv.EndRow();
            foreach (var g in groups.Groups)
            {
                string kind = Grouping.Name(g.Kind);
                foreach (var s in g.Students)
                {
                    csv.WriteText(g.Id);
                    csv.WriteText(kind);
                    csv.WriteText(g.Target?.Value);
                    csv.WriteText(s.Value);
                    csv.WriteText(g.Reason.Code);
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
