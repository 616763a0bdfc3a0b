using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.OneRoster;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// Which input <c>mathplc cycle</c> runs on, from its options: the sample team (no input options, optionally
/// <c>--seed</c>), a unit file with item scores and an optional roster, or a OneRoster folder with a unit file.
/// </summary>
internal sealed record CycleRequest(string? Unit, string? Evidence, string? Roster, string? OneRoster, int? Seed, string? EdFi = null, string? Assessment = null,
    string? Screening = null, string? NonResponse = null)
{
    /// <summary>The file name of the unit file looked for in a OneRoster folder when <c>--unit</c> is not given.</summary>
    public const string UnitFileName = "unit.json";

    /// <summary>Why the combination of options cannot run (a usage error), or null.</summary>
    public string? Problem()
    {
        if (EdFiCycleInput.Problem(EdFi, Assessment, Evidence, Roster, OneRoster) is { } edFiProblem) return edFiProblem;
        bool real = Unit is not null || Evidence is not null || Roster is not null || OneRoster is not null || EdFi is not null;
        if (real && Seed is not null) return "--seed is for the sample team; it cannot be used with --unit, --evidence, --roster or --oneroster.";
        if (OneRoster is not null && (Evidence is not null || Roster is not null)) return "--oneroster brings its own roster and results; use it without --evidence and --roster.";
        if (Roster is not null && Evidence is null) return "--roster needs --evidence (the item scores) and --unit.";
        if (Evidence is not null && Unit is null) return "--evidence needs --unit (the unit file with the assessment's blueprint).";
        if (Unit is not null && Evidence is null && OneRoster is null && EdFi is null) return "--unit needs the scores: --evidence scores.csv (with an optional --roster) or --oneroster DIR.";
        foreach (var (name, value) in new[] { ("--unit", Unit), ("--evidence", Evidence), ("--roster", Roster), ("--oneroster", OneRoster), ("--screening", Screening), ("--nonresponse", NonResponse) })
            if (value is not null && string.IsNullOrWhiteSpace(value)) return $"{name} needs a file name.";
        return null;
    }

    /// <summary>
    /// Runs the unit cycle. On real data, a problem the cycle finds between the parts of its input (tier rules that name
    /// other targets than the unit, a next cycle outside the calendar) is bad data in the unit file, not a crash.
    /// </summary>
    public UnitCycleReport Run(UnitCycleInput input)
    {
        return AsBadData(() => UnitCycle.Run(input));
    }

    /// <summary>Runs the unit cycle once per team (decision 0106), with the same bad-data rule as <see cref="Run(UnitCycleInput)"/>.</summary>
    public DistrictCycleReport Run(UnitCycleInput input, IReadOnlyDictionary<StudentId, string> teams)
    {
        return AsBadData(() => DistrictCycle.Run(input, teams));
    }

    /// <summary>
    /// Runs <paramref name="work"/>; on real data an <see cref="ArgumentException"/> from putting the input together or
    /// running it (a next cycle before the assessment, an assessment outside the calendar) is bad data in the unit file
    /// (exit 3, issue 14), never a crash.
    /// </summary>
    public T AsBadData<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (ArgumentException e) when (Unit is not null || OneRoster is not null || EdFi is not null)
        {
            string file = Unit ?? Path.Combine(OneRoster ?? EdFi!, UnitFileName);
            string message = e.Message.Split('\n')[0].Trim();
            if (e.ParamName is { } name) message = message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal);
            throw new DataFileException([new DataDiagnostic("invalid-cycle", message, file)], e);
        }
    }

    /// <summary>
    /// Reads the input (bad data is a <see cref="DataFileException"/>) and says where it came from: first the team and its
    /// scores from one source (<see cref="TeamInput"/>), then the routes into Tier 3 (<c>--screening</c>, <c>--nonresponse</c>),
    /// checked against that roster.
    /// </summary>
    public (UnitCycleInput Input, string Source) Input()
    {
        var (input, source, _) = DistrictInput();
        return (input, source);
    }

    /// <summary>
    /// As <see cref="Input"/>, with each student's team when the roster file has a <c>team_id</c> column (decision 0106)
    /// or a OneRoster folder's classes are in several schools (one team per school, decision 0136): null otherwise. A unit file that lists its adults cannot go with several teams (each team's groups
    /// are led by its own teachers): bad data, <c>adults-with-teams</c>.
    /// </summary>
    public (UnitCycleInput Input, string Source, IReadOnlyDictionary<StudentId, string>? Teams) DistrictInput()
    {
        var (input, source, teams) = TeamInput();
        if (Screening is null && NonResponse is null) return (input, source, teams);
        var screening = Screening is { } s ? InputFile.Read(s, ScreeningCsv.Read) : null;
        var nonResponse = NonResponse is { } n ? InputFile.Read(n, NonResponseCsv.Read) : null;
        return (CycleInputs.WithResponseData(input, screening, nonResponse), source, teams);
    }

    /// <summary>
    /// The item-score file (kept as columns when the plain scan reads it) and the roster file with the roster it makes.
    /// Two files on disk are read at the same time, the roster on another thread (decision 0230); a problem is reported
    /// as reading them one after the other would: the item-score file's first, then the roster's.
    /// </summary>
    private static (ItemScoreTable Scores, IReadOnlyList<RosterRow>? Rows, Core.Roster? Roster) ScoresAndRoster(string evidence, string? rosterPath)
    {
        static (IReadOnlyList<RosterRow>, Core.Roster) ReadRoster(string path)
        {
            var rows = InputFile.Read(path, RosterCsv.ReadWithTeams).GetValueOrThrow();
            return (rows, new Core.Roster(rows.Select(r => r.Student)));
        }
        if (rosterPath is null) return (InputFile.Read(evidence, ItemScoreCsv.ReadTable), null, null);
        if (evidence == "-" || rosterPath == "-")
        {
            var scores = InputFile.Read(evidence, ItemScoreCsv.ReadTable);
            var (rows, roster) = ReadRoster(rosterPath);
            return (scores, rows, roster);
        }
        var rosterRead = Task.Run(() => ReadRoster(rosterPath));
        ItemScoreTable read;
        try
        {
            read = InputFile.Read(evidence, ItemScoreCsv.ReadTable);
        }
        catch
        {
            try
            {
                rosterRead.Wait();
            }
            catch (AggregateException)
            {
                // The roster's own problem is not reported: the item-score file's comes first.
            }
            throw;
        }
        var (rosterRows, rosterOf) = rosterRead.GetAwaiter().GetResult();
        return (read, rosterRows, rosterOf);
    }

    /// <summary>The team, its unit and its scores from exactly one source: a OneRoster folder, files, or the sample team.</summary>
    private (UnitCycleInput Input, string Source, IReadOnlyDictionary<StudentId, string>? Teams) TeamInput()
    {
        if (EdFi is { } edFi)
        {
            // A district's folder is several PLC teams: one per school (decisions 0136, 0141).
            return AsBadData(() => EdFiCycleInput.Read(edFi, Unit, Assessment));
        }
        if (OneRoster is { } folder)
        {
            if (!Directory.Exists(folder))
                throw new DataFileException([new DataDiagnostic("folder-not-found", "there is no such folder", folder)]);
            string unitPath = Unit ?? Path.Combine(folder, UnitFileName);
            var unitFile = InputFile.Read(unitPath, CycleUnitJson.Read);
            var read = OneRosterFolder.Read(folder);
            var input = AsBadData(() => CycleInputs.FromOneRoster(unitFile, read, folder));
            // A course taught in several schools is several PLC teams: one per school (decision 0136).
            var teams = read.TeamsBySchool();
            if (teams is not null) CycleInputs.CheckTeams(unitFile, unitPath, teams.Values);
            return (input, $"OneRoster folder {folder}", teams);
        }
        if (Unit is { } unit && Evidence is { } evidence)
        {
            var unitFile = InputFile.Read(unit, CycleUnitJson.Read);
            var (scores, rows, roster) = ScoresAndRoster(evidence, Roster);
            Dictionary<StudentId, string>? teams = null;
            if (rows is not null && rows.Any(r => r.Team is not null))
            {
                teams = rows.ToDictionary(r => r.Student.Student, r => r.Team!);
                CycleInputs.CheckTeams(unitFile, unit, teams.Values);
            }
            return (AsBadData(() => CycleInputs.FromFiles(unitFile, scores, roster)), $"{unit} and {evidence}", teams);
        }
        ulong seed = Seed is { } s ? (ulong)s : SampleTeam.DefaultSeed;
        return (SampleTeam.Generate(seed).Input, $"the sample team, seed {seed}", null);
    }
}
