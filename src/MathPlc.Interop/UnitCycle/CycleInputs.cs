using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Csv;
using MathPlc.Interop.OneRoster;
using MathPlc.Interventions;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Puts a unit cycle's input together from files — a unit file with an item-score file and a roster, or a unit file
/// with a OneRoster folder — and checks what no single file can: every score is for a student on the roster and an
/// item on the blueprint, and within the item's points. Every problem is a <see cref="DataDiagnostic"/> naming the
/// file and line, and nothing is returned unless everything reads. Also the way back: a cycle's input as a unit file
/// and a OneRoster folder.
/// </summary>
/// <remarks>
/// <para>
/// In a OneRoster folder the common assessment's items are line items: each class has its own line item per item
/// (classes own line items), and a line item is the blueprint's item named by its <c>title</c> (or, failing that, its
/// <c>sourcedId</c>). A result's <c>score</c> is the points earned; a result without a score is an unanswered item.
/// </para>
/// <para>Decision record <c>docs/decisions/0071-cycle-input-files.md</c>.</para>
/// </remarks>
public static class CycleInputs
{
    /// <summary>The section and teacher given to every student when there is no roster file.</summary>
    public const string WholeTeam = "team";

    /// <summary>The cycle's input from a unit file, an item-score file and a roster.</summary>
    /// <param name="unit">The unit file's content.</param>
    /// <param name="scores">The item-score file as read (its diagnostics are reported as well).</param>
    /// <param name="roster">The roster; null builds one from the students in <paramref name="scores"/>, all in one section
    /// <see cref="WholeTeam"/> with teacher <see cref="WholeTeam"/>, in order of their first row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="scores"/> is null.</exception>
    /// <exception cref="DataFileException">A row of the score file could not be read, or names a student not on the roster, an
    /// item not on the blueprint, or more points than the item has.</exception>
    public static UnitCycleInput FromFiles(CycleUnitFile unit, CsvReadResult<ItemScoreLine> scores, Roster? roster = null)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(scores);
        if (scores.HasErrors) throw new DataFileException(scores.Problems);
        roster ??= new Roster(scores.Value.Select(s => s.Student).Distinct()
            .Select(s => new RosterStudent(s, new SectionId(WholeTeam), new TeacherId(WholeTeam))));
        var problems = new List<DataDiagnostic>();
        foreach (var row in scores.Rows)
        {
            var score = row.Value!;
            if (Problem(unit, scores.File, row.Line, score.Student, roster.Contains(score.Student), score.Item, unit.Blueprint.Find(score.Item), score.Score) is { } problem)
                problems.Add(problem);
        }
        if (problems.Count > 0) throw new DataFileException(problems);
        return Input(unit, roster, scores.Value.Select(s => s.ToItemScore()));
    }

    /// <summary>
    /// The cycle's input from a unit file, an item-score file read for the cycle (<see cref="ItemScoreCsv.ReadTable"/>)
    /// and a roster: the same input, and the same problems, as <see cref="FromFiles(CycleUnitFile, CsvReadResult{ItemScoreLine}, Roster?)"/>
    /// with the file as <see cref="ItemScoreCsv.Read"/> reads it. A file the plain scan read is checked by its ids'
    /// numbers — each student looked up on the roster once and each item on the blueprint once — and becomes the
    /// input's scores with no row object between (issue 18, decision 0230).
    /// </summary>
    /// <param name="unit">The unit file's content.</param>
    /// <param name="scores">The item-score file as read (its diagnostics are reported as well).</param>
    /// <param name="roster">The roster; null builds one from the students in <paramref name="scores"/>, all in one section
    /// <see cref="WholeTeam"/> with teacher <see cref="WholeTeam"/>, in order of their first row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="scores"/> is null.</exception>
    /// <exception cref="DataFileException">A row of the score file could not be read, or names a student not on the roster, an
    /// item not on the blueprint, or more points than the item has.</exception>
    public static UnitCycleInput FromFiles(CycleUnitFile unit, ItemScoreTable scores, Roster? roster = null)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(scores);
        if (scores.Columns is not { } columns) return FromFiles(unit, scores.ToReadResult(), roster);
        // The columns number their students in order of their first row, so their ids are the roster's order.
        roster ??= new Roster(columns.StudentIds.Select(s => new RosterStudent(s, new SectionId(WholeTeam), new TeacherId(WholeTeam))));
        var onRoster = new bool[columns.StudentIds.Length];
        for (int s = 0; s < onRoster.Length; s++) onRoster[s] = roster.Contains(columns.StudentIds[s]);
        var items = new BlueprintItem?[columns.ItemIds.Length];
        for (int i = 0; i < items.Length; i++) items[i] = unit.Blueprint.Find(columns.ItemIds[i]);
        var problems = new List<DataDiagnostic>();
        for (int r = 0; r < columns.Count; r++)
        {
            int student = columns.Student[r], item = columns.Item[r];
            if (!onRoster[student] || items[item] is null || columns.Score[r] > items[item]!.Points)
                problems.Add(Problem(unit, scores.File, ItemScoreColumns.LineOf(r), columns.StudentIds[student], onRoster[student], columns.ItemIds[item], items[item], columns.ScoreOf(r))!);
        }
        if (problems.Count > 0) throw new DataFileException(problems);
        return Input(unit, roster, scores.Scores);
    }

    // What is wrong with one score between the files, or null: a student not on the roster, an item not on the blueprint,
    // or more points than the item has (the first of these).
    private static DataDiagnostic? Problem(CycleUnitFile unit, string file, int line, StudentId student, bool onRoster, ItemId itemId, BlueprintItem? item, double? score)
    {
        if (!onRoster)
            return new DataDiagnostic("unknown-student", $"The student {student} is not on the roster.", file, line, Field: "student_id", Value: student.Value);
        if (item is null)
            return new DataDiagnostic("unknown-item", $"The item {itemId} is not on the blueprint of \"{unit.Blueprint.Name}\".", file, line, Field: "item_id", Value: itemId.Value);
        if (score > item.Points)
            return new DataDiagnostic("off-scale", $"{Number(score.Value)} points is more than item {item.Id}'s {Number(item.Points)}.", file, line, Field: "score", Value: Number(score.Value));
        return null;
    }

    /// <summary>The cycle's input from a unit file and a OneRoster folder's roster and results.</summary>
    /// <param name="unit">The unit file's content.</param>
    /// <param name="read">The folder as read (its diagnostics are reported as well).</param>
    /// <param name="folder">The folder, to name its files in diagnostics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>A line item that is an item of the blueprint (by title or sourcedId) gives item scores; a line item scored
    /// per learning objective (one per assessment, as a SIS exports a gradebook) gives evidence per target through
    /// <see cref="OneRosterEvidence"/>, each score a percent of its <c>resultValueMax</c> put on the unit's scale by its
    /// conversion table.</remarks>
    /// <exception cref="DataFileException">The folder could not be read, a line item is neither an item of the blueprint nor
    /// scored per learning objective, a result has more points than its item, a student has two results on one item, a
    /// per-objective line item has no <c>resultValueMax</c>, an objective is not a target of the unit, or an objective score
    /// is outside its line item's range.</exception>
    public static UnitCycleInput FromOneRoster(CycleUnitFile unit, OneRosterReadResult read, string folder)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(read);
        Guard.Against.Null(folder);
        var data = read.GetValueOrThrow();
        string lineItemsFile = Path.Combine(folder, OneRosterFiles.LineItems), resultsFile = Path.Combine(folder, OneRosterFiles.Results);
        var problems = new List<DataDiagnostic>();
        var itemOf = new Dictionary<string, BlueprintItem>(StringComparer.Ordinal);
        var perObjective = PerObjectiveLineItems(data);
        foreach (var lineItem in data.LineItems)
        {
            if ((unit.Blueprint.Find(new ItemId(lineItem.Title)) ?? unit.Blueprint.Find(new ItemId(lineItem.SourcedId))) is { } item)
                itemOf[lineItem.SourcedId] = item;
            else if (!perObjective.Contains(lineItem.SourcedId))
                problems.Add(new DataDiagnostic("unknown-item", $"The line item {lineItem.SourcedId} (\"{lineItem.Title}\") is not an item of the blueprint of \"{unit.Blueprint.Name}\"; its title must be an item id.",
                    lineItemsFile, LineOf(lineItemsFile, lineItem.SourcedId), Field: "title", Value: lineItem.Title));
        }
        var scores = new List<ItemScore>();
        var seen = new HashSet<(StudentId, ItemId)>();
        foreach (var result in data.Results)
        {
            // Exempt, missing, incomplete or in-progress work is no evidence: no item score at all, never a zero.
            if (!itemOf.TryGetValue(result.LineItemSourcedId, out var item) || result.NotEvidence is not null) continue;
            if (result.Score is { } points && points > item.Points)
                problems.Add(new DataDiagnostic("off-scale", $"{Number(points)} points is more than item {item.Id}'s {Number(item.Points)}.",
                    resultsFile, LineOf(resultsFile, result.SourcedId), Field: "score", Value: Number(points)));
            else if (!seen.Add((result.Student, item.Id)))
                problems.Add(new DataDiagnostic("duplicate-score", $"The student {result.Student} has a second result on item {item.Id}.",
                    resultsFile, LineOf(resultsFile, result.SourcedId), Field: "lineItemSourcedId", Value: result.LineItemSourcedId));
            else scores.Add(new ItemScore(result.Student, item.Id, result.Score));
        }
        var objectiveEvidence = ObjectiveEvidence(unit, data, perObjective, lineItemsFile, problems);
        if (problems.Count > 0) throw new DataFileException(problems);
        var input = Input(unit, data.Roster, scores);
        return objectiveEvidence.Count == 0 ? input : input with { AdditionalEvidence = [.. input.AdditionalEvidence, .. objectiveEvidence] };
    }

    // The line items a SIS gradebook exports one per assessment: not an item of the blueprint, linked to learning
    // objectives (lineItemLearningObjectiveIds.csv) or with results scored per learning objective (resultLearningObjectiveIds.csv).
    private static HashSet<string> PerObjectiveLineItems(OneRosterData data)
    {
        var set = data.LineItems.Where(i => !i.LearningObjectives.IsEmpty).Select(i => i.SourcedId).ToHashSet(StringComparer.Ordinal);
        foreach (var result in data.Results)
            if (!result.ObjectiveScores.IsEmpty) set.Add(result.LineItemSourcedId);
        return set;
    }

    // Evidence per target from the per-objective line items (OneRosterEvidence's rules: missing, exempt, incomplete and
    // unscored results give none, never a zero), each score read as a percent of the line item's resultValueMax and put on
    // the unit's scale by its conversion table, as objective assessments are from Ed-Fi.
    private static List<Evidence> ObjectiveEvidence(CycleUnitFile unit, OneRosterData data, HashSet<string> perObjective, string lineItemsFile,
        List<DataDiagnostic> problems)
    {
        var evidence = new List<Evidence>();
        if (perObjective.Count == 0) return evidence;
        var lineItems = data.LineItems.Where(i => perObjective.Contains(i.SourcedId) && unit.Blueprint.Find(new ItemId(i.Title)) is null
            && unit.Blueprint.Find(new ItemId(i.SourcedId)) is null).ToDictionary(i => i.SourcedId, StringComparer.Ordinal);
        var targets = unit.Unit.Targets.Select(t => t.Id).ToHashSet();
        foreach (var lineItem in lineItems.Values)
            if (lineItem.ResultValueMax is not > 0)
                problems.Add(new DataDiagnostic("missing-field", $"The line item {lineItem.SourcedId} is scored per learning objective and needs a resultValueMax above 0 to put its scores on the scale.",
                    lineItemsFile, LineOf(lineItemsFile, lineItem.SourcedId), Field: "resultValueMax", Value: lineItem.ResultValueMax is { } m ? Number(m) : null));
        if (problems.Count > 0) return evidence;
        var rule = unit.Scoring ?? UnitCycleInput.DefaultScoring;
        var reported = new HashSet<(string, TargetId)>();
        foreach (var e in OneRosterEvidence.From(data).Evidence)
        {
            if (e.Source is not { } source || !lineItems.TryGetValue(source, out var lineItem)) continue;
            double max = lineItem.ResultValueMax!.Value;
            if (!targets.Contains(e.TargetId))
            {
                if (reported.Add((source, e.TargetId)))
                    problems.Add(new DataDiagnostic("unknown-target", $"The learning objective {e.TargetId} of line item {source} is not a target of the unit ({string.Join(", ", targets)}).",
                        lineItemsFile, LineOf(lineItemsFile, source), Field: "learningObjectiveId", Value: e.TargetId.Value));
            }
            else if (e.Score > max || e.Score < (lineItem.ResultValueMin ?? 0))
                problems.Add(new DataDiagnostic("off-scale", $"The score {Number(e.Score)} of {e.StudentId} on {e.TargetId} is outside line item {source}'s {Number(lineItem.ResultValueMin ?? 0)}–{Number(max)}.",
                    lineItemsFile, LineOf(lineItemsFile, source), Field: "resultValueMax", Value: Number(e.Score)));
            else
                evidence.Add(new Evidence(e.StudentId, e.TargetId, e.AssessedOn, rule.ScoreFor(100 * e.Score / max), source: $"{lineItem.Title}, {e.TargetId}"));
        }
        return evidence;
    }

    /// <summary>
    /// Checks a unit file against a roster's teams (decision 0106): with several teams, each team's groups are led by its
    /// own teachers, so a unit file that lists <c>response.adults</c> (one team's adults) is bad data.
    /// </summary>
    /// <param name="unit">The unit file's content.</param>
    /// <param name="unitFile">The unit file's path, read again to name the line of <c>response.adults</c>.</param>
    /// <param name="teams">Each roster student's team id.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException"><c>adults-with-teams</c>: the unit file lists adults and the roster names several teams.</exception>
    public static void CheckTeams(CycleUnitFile unit, string unitFile, IEnumerable<string> teams)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(unitFile);
        Guard.Against.Null(teams);
        if (unit.Response?.Adults is null || !teams.Distinct(StringComparer.Ordinal).Skip(1).Any()) return;
        const string path = "$.response.adults";
        int? line = File.Exists(unitFile) ? new JsonLineIndex(File.ReadAllBytes(unitFile)).LineOf(path) : null;
        throw new DataFileException([new DataDiagnostic("adults-with-teams",
            "response.adults lists one team's adults, but the roster names several teams (a team_id column, or classes in several schools); each team's groups are led by its own teachers, so leave adults out.",
            unitFile, line, Field: path)]);
    }

    /// <summary>
    /// Adds the two routes into Tier 3 to a cycle's input: universal-screening percentiles and documented Tier 2
    /// non-response, each read from its file, every row checked against the input's roster.
    /// </summary>
    /// <param name="input">The input, with its roster.</param>
    /// <param name="screening">The screening file as read (<see cref="ScreeningCsv"/>), or null for none.</param>
    /// <param name="nonResponse">The non-response file as read (<see cref="NonResponseCsv"/>), or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="DataFileException">A row could not be read (a percentile outside 0–100, a bad date, a student twice), or names a student who is not on the roster.</exception>
    public static UnitCycleInput WithResponseData(UnitCycleInput input, CsvReadResult<ScreeningScore>? screening, CsvReadResult<NonResponse>? nonResponse)
    {
        Guard.Against.Null(input);
        var problems = new List<DataDiagnostic>();
        if (screening is not null) problems.AddRange(screening.Problems);
        if (nonResponse is not null) problems.AddRange(nonResponse.Problems);
        if (problems.Count > 0) throw new DataFileException(problems);
        foreach (var row in screening?.Rows ?? [])
            if (!input.Roster.Contains(row.Value!.StudentId))
                problems.Add(new DataDiagnostic("unknown-student", $"The student {row.Value.StudentId} is not on the team's roster.", screening!.File, row.Line, Field: "student_id", Value: row.Value.StudentId.Value));
        foreach (var row in nonResponse?.Rows ?? [])
            if (!input.Roster.Contains(row.Value!.Student))
                problems.Add(new DataDiagnostic("unknown-student", $"The student {row.Value.Student} is not on the team's roster.", nonResponse!.File, row.Line, Field: "student_id", Value: row.Value.Student.Value));
        if (problems.Count > 0) throw new DataFileException(problems);
        return input with
        {
            Screening = screening?.Value ?? input.Screening,
            NonResponse = nonResponse?.Value ?? input.NonResponse,
        };
    }

    /// <summary>The parts of a cycle's input a unit file holds (rules the file cannot hold keep their values only in <paramref name="input"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static CycleUnitFile ToUnitFile(UnitCycleInput input)
    {
        Guard.Against.Null(input);
        ResponseSettings? response = null;
        if (input.Capacity is not null || !input.Response.Equals(ResponseRules.Default))
            response = new ResponseSettings(input.Capacity?.Adults, input.Capacity?.Blocks,
                input.Response.WholeClassAtLeast == ResponseRules.Default.WholeClassAtLeast ? null : input.Response.WholeClassAtLeast,
                input.Response.ReassessAfterDays == ResponseRules.Default.ReassessAfterDays ? null : input.Response.ReassessAfterDays);
        return new CycleUnitFile(input.Team, input.Unit, input.Blueprint, input.AssessedOn, input.Calendar, input.NextCycleStart,
            input.Scoring, input.Grading, input.TierRules, input.TeamData.MinimumGroupSize, response);
    }

    /// <summary>
    /// A cycle's roster and item scores as OneRoster data: one line item per section and item (sourcedId
    /// <c>section/item</c>, title the item id, linked to the item's targets as CASE learning objectives, results from 0 to
    /// the item's points, due on the assessment's date) and one result per score.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static OneRosterData ToOneRoster(UnitCycleInput input)
    {
        Guard.Against.Null(input);
        var lineItems = new List<OneRosterLineItem>();
        foreach (var section in input.Roster.Sections)
            foreach (var item in input.Blueprint.Items)
                lineItems.Add(new OneRosterLineItem($"{section}/{item.Id}", item.Id.Value, section, dueDate: input.AssessedOn, resultValueMin: 0,
                    resultValueMax: item.Points, learningObjectives: item.Targets.Select(t => new OneRosterLearningObjective("case", t))));
        var results = input.ItemScores.Select((s, i) => new OneRosterResult(
            string.Create(CultureInfo.InvariantCulture, $"r{i + 1}"), $"{input.Roster.Find(s.Student)!.Section}/{s.Item}", s.Student,
            s.Score is null ? OneRosterScoreStatus.NotSubmitted : OneRosterScoreStatus.FullyGraded, s.Score, input.AssessedOn));
        return new OneRosterData(input.Roster, lineItems, results);
    }

    internal static UnitCycleInput Input(CycleUnitFile unit, Roster roster, IEnumerable<ItemScore> scores)
    {
        var input = new UnitCycleInput(unit.Team, roster, unit.Unit, unit.Blueprint, scores, unit.AssessedOn, unit.Calendar, unit.NextCycleStart);
        if (unit.Scoring is { } scoring) input = input with { Scoring = scoring };
        if (unit.Grading is { } grading) input = input with { Grading = grading };
        if (unit.TierRules is { } rules) input = input with { TierRules = rules };
        if (unit.MinimumGroupSize is { } size) input = input with { TeamData = new TeamDataOptions(size, input.TeamData.ConfidenceLevel) };
        if (unit.Response is { } response)
        {
            input = input with { Response = response.Rules() };
            if (response.Adults is not null || response.Blocks is not null) input = input with { Capacity = response.Capacity(roster) };
        }
        return input;
    }

    /// <summary>The first line of a CSV file whose first field is <paramref name="id"/>, or null (the readers keep no line per value).</summary>
    private static int? LineOf(string file, string id)
    {
        if (!File.Exists(file)) return null;
        int line = 0;
        foreach (string text in File.ReadLines(file))
        {
            line++;
            string first = text.Split(',')[0].Trim().Trim('"');
            if (string.Equals(first, id, StringComparison.Ordinal)) return line;
        }
        return null;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
