using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// The command line's results equal the library's object form for the same options, over random evidence files: the
/// CLI runs on the file (<c>--format json</c>, read back through Interop's contract), the library runs
/// <see cref="Proficiency.ScoreAll"/> on the same evidence with <see cref="ProficiencyOptions"/> built by hand from
/// library objects (not from the CLI's settings), and every result — status, scores, level, evidence used with weights,
/// exclusions with reasons, description — must be equal.
/// </summary>
public sealed class ProficiencyCliEqualsLibraryProperties : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Command-line options, the same options as library objects, and whether the method weighs evidence.</summary>
    private static readonly (string[] Args, ProficiencyOptions Options, bool Weighs)[] Cases =
    [
        (["--method", "mean"], new(new Mean(), ProficiencyScale.Marzano), true),
        (["--preset", "canvas-decaying-average", "--decay", "0.8"],
            GradingPresets.Find("canvas-decaying-average", new MethodSettings { Decay = 0.8 }).ToOptions(LinearScale.CanvasDefault), false),
        (["--preset", "canvas-n-mastery", "--n", "2"],
            GradingPresets.Find("canvas-n-mastery", new MethodSettings { Count = 2, MasteryPoints = 3 }).ToOptions(LinearScale.CanvasDefault), false),
        (["--method", "mode", "--mode-ties", "none", "--include-formative"],
            new(new Mode(ModeTieRule.None), ProficiencyScale.Marzano, Policy: new GradingPolicy { IncludeFormative = true }), false),
        (["--method", "recent-mean", "--recent", "3", "--reassessment", "keep-highest", "--recent-pieces", "4", "--scale-max", "5", "--mastery", "3", "--step", "0.5"],
            new(new RecentMean(3), LinearScale.Create(0, 5, 3, 0.5), Policy: new GradingPolicy { Reassessment = ReassessmentRule.KeepHighest, Recency = RecencyWindow.LastPieces(4) }), true),
        (["--method", "decaying-average", "--decay", "0.7", "--round", "2", "--rounding", "ruby", "--reassessment", "higher-of-first-and-blend", "--blend", "0.8", "--min-evidence", "2"],
            new(new DecayingAverage(0.7), ProficiencyScale.Marzano, new ScoreRounding(2, RoundingMode.Ruby),
                new GradingPolicy { Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.8), MinimumEvidence = 2 }), false),
    ];

    private static readonly string[] Kinds = ["", "summative", "formative", "behaviour"];
    private static readonly string[] Sources = ["", "", "CFA 1", "CFA 2"];

    /// <summary>A random evidence file as text and as the evidence the library is given.</summary>
    private static (string Csv, List<Evidence> Evidence) RandomFile(int seed, bool weights)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("student_id,target_id,assessed_on,score,sequence,kind,weight,source\n");
        var evidence = new List<Evidence>();
        int rows = random.Next(1, 40);
        for (int i = 0; i < rows; i++)
        {
            string student = $"S-{random.Next(1, 4)}", target = $"T-{random.Next(1, 3)}";
            var date = new LocalDate(2026, 9, 1).PlusDays(random.Next(0, 20));
            double score = random.Next(0, 9) / 2.0;
            int sequence = random.Next(0, 3);
            string kind = Kinds[random.Next(Kinds.Length)], source = Sources[random.Next(Sources.Length)];
            double? weight = weights && random.Next(3) > 0 ? random.Next(0, 5) : null;
            csv.Append(CultureInfo.InvariantCulture, $"{student},{target},{date:yyyy-MM-dd},{score:R},{sequence},{kind},{weight:R},{source}\n");
            evidence.Add(new Evidence(new StudentId(student), new TargetId(target), date, score, sequence,
                kind switch { "formative" => EvidenceKind.Formative, "behaviour" => EvidenceKind.Behaviour, _ => EvidenceKind.Summative },
                weight, source == "" ? null : source));
        }
        return (csv.ToString(), evidence);
    }

    [Fact]
    public void The_command_line_gives_the_library_results_for_the_same_options()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), Gen.Choose(0, Cases.Length - 1).ToArbitrary(), (seed, which) =>
        {
            var (args, options, weighs) = Cases[which];
            var (csv, evidence) = RandomFile(seed, weighs);
            string file = _folder.Write($"evidence-{seed}.csv", csv);
            var result = CliRun.Run(["proficiency", "--in", file, "--format", "json", .. args]);
            if (result.ExitCode != 0) return false.Label(result.Stderr);
            var fromCli = MathPlcJson.Deserialize<ImmutableArray<ProficiencyResult>>(result.Stdout);
            var fromLibrary = Proficiency.ScoreAll(evidence, options);
            return fromCli.SequenceEqual(fromLibrary).Label($"{string.Join(' ', args)} on\n{csv}");
        }).Check(maxTest: 60);
    }
}
