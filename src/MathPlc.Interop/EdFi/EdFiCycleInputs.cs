using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Json;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// A unit cycle's input from a unit file and an Ed-Fi folder (<c>mathplc cycle --edfi DIR</c>), and the way back: a cycle's
/// roster and item scores as Ed-Fi resources.
/// </summary>
/// <remarks>
/// <para>
/// The assessment's items are the blueprint's items: an assessment item's <c>identificationCode</c> is the item id, its
/// <c>maxRawScore</c> the item's points and its learning standards the item's targets; an item that is not on the
/// blueprint, a blueprint item that is not in <c>assessmentItems.json</c>, other points or other standards are
/// problems naming the file and JSON path. A student's <c>rawScoreResult</c> is the points earned; an item without one
/// is an unanswered item.
/// </para>
/// <para>
/// When the assessment has no items in the folder, its objective assessments give the evidence: each names one learning
/// standard (a target of the unit) and a <c>maxRawScore</c>; a student's <c>Raw score</c> on it, as a percent of the
/// maximum, is put on the scale by the unit's conversion table and graded with the other evidence (an objective without a
/// raw score is no evidence, never a zero).
/// </para>
/// <para>Decision record <c>docs/decisions/0074-ed-fi-folders.md</c>.</para>
/// </remarks>
public static class EdFiCycleInputs
{
    /// <summary>The cycle's input from a unit file and an Ed-Fi folder as read.</summary>
    /// <param name="unit">The unit file's content.</param>
    /// <param name="read">The folder as read (its diagnostics are reported as well).</param>
    /// <param name="assessment">The <c>assessmentIdentifier</c> of the common assessment; null when the folder has one assessment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="read"/> is null.</exception>
    /// <exception cref="DataFileException">The folder could not be read, or does not match the unit's blueprint.</exception>
    public static UnitCycleInput FromEdFi(CycleUnitFile unit, EdFiReadResult read, string? assessment = null)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(read);
        var (data, roster) = read.GetRosterOrThrow();
        var chosen = Choose(data, assessment);
        var problems = new List<DataDiagnostic>();
        var items = data.Items.Where(i => i.AssessmentIdentifier == chosen.Identifier).ToList();
        var taken = data.StudentAssessments.Where(s => s.AssessmentIdentifier == chosen.Identifier).ToList();
        if (items.Count > 0)
        {
            CheckItems(unit.Blueprint, items, problems);
            var scores = new List<ItemScore>();
            var seen = new HashSet<(StudentId, string)>();
            foreach (var sa in taken)
                foreach (var score in sa.Items)
                    if (!seen.Add((sa.Student, score.IdentificationCode)))
                        problems.Add(Problem(sa, "duplicate-score", $"The student {sa.Student} has a second score on item {score.IdentificationCode} (another student assessment of {chosen.Identifier}).", score));
                    else scores.Add(new ItemScore(sa.Student, new ItemId(score.IdentificationCode), score.RawScore));
            if (problems.Count > 0) throw new DataFileException(problems);
            return CycleInputs.Input(unit, roster, scores);
        }
        var evidence = ObjectiveEvidence(unit, chosen, data, taken, problems);
        if (problems.Count > 0) throw new DataFileException(problems);
        return CycleInputs.Input(unit, roster, []) with { AdditionalEvidence = [.. evidence] };
    }

    /// <summary>
    /// A cycle's roster and item scores as Ed-Fi resources: the students, one section per roster section (its teacher as
    /// teacher of record), the students' <c>gender</c> and <c>ell</c> attributes as sex and limited English proficiency
    /// descriptors and <c>iep</c> as special education program associations, the unit's targets as learning standards, the
    /// blueprint as an assessment with its items, and one student assessment per student with scores.
    /// </summary>
    /// <param name="input">The cycle's input.</param>
    /// <param name="context">The school, year, session, course and namespace; <see cref="EdFiContext.For"/> the assessment date by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static EdFiData ToEdFi(UnitCycleInput input, EdFiContext? context = null)
    {
        Guard.Against.Null(input);
        context ??= EdFiContext.For(input.AssessedOn);
        var roster = input.Roster;
        EdFiSectionKey Key(SectionId s) => new(s.Value, context.LocalCourseCode, context.SchoolId, context.SchoolYear.ToString(CultureInfo.InvariantCulture), context.SessionName);
        var teachers = new List<EdFiSectionAssociation>();
        foreach (var section in roster.Sections)
        {
            // A roster has one teacher per section, the section's teacher of record.
            var teacher = roster.Students.First(s => s.Section == section).Teacher;
            teachers.Add(new EdFiSectionAssociation(teacher.Value, Key(section), EdFiDescriptor.Of("ClassroomPositionDescriptor", EdFiSectionAssociation.TeacherOfRecord)));
        }
        var statuses = roster.Students
            .Where(s => s.AttributeOrNull("gender") is not null || s.AttributeOrNull("ell") is not null)
            .Select(s => new EdFiStudentStatus(s.Student, Sex(s.AttributeOrNull("gender")), EnglishProficiency(s.AttributeOrNull("ell"))));
        bool anyIep = roster.Students.Any(s => s.AttributeOrNull("iep") is not null);
        var iep = anyIep ? roster.Students.Where(s => IsYes(s.AttributeOrNull("iep"))).Select(s => s.Student) : null;
        string id = input.Blueprint.Name.Length <= 60 ? input.Blueprint.Name : input.Blueprint.Name[..60].TrimEnd();
        var assessment = new EdFiAssessment(id, context.Namespace, input.Blueprint.Name, input.Blueprint.TotalPoints);
        var targets = input.Unit.Targets.Select(t => t.Id).Concat(input.Blueprint.Targets).Distinct();
        var items = input.Blueprint.Items.Select(i => new EdFiAssessmentPart(id, i.Id.Value, i.Points, i.Targets));
        var studentAssessments = input.ItemScores.GroupBy(s => s.Student).Select((g, n) => new EdFiStudentAssessment(
            string.Create(CultureInfo.InvariantCulture, $"{g.Key}-{n + 1}"), id, g.Key, input.AssessedOn,
            g.Select(s => new EdFiPartScore(s.Item.Value, s.Score)), []));
        return new EdFiData(
            roster.Students.Select(s => new EdFiStudent(s.Student)), roster.Sections.Select(s => new EdFiSection(Key(s))),
            roster.Students.Select(s => new EdFiSectionAssociation(s.Student.Value, Key(s.Section))), teachers, statuses, iep,
            targets.Select(t => new EdFiLearningStandard(t)), [assessment], items, [], studentAssessments);
    }

    private static string? Sex(string? gender) => gender switch
    {
        null => null,
        "f" or "F" => EdFiDescriptor.Of("SexDescriptor", "Female"),
        "m" or "M" => EdFiDescriptor.Of("SexDescriptor", "Male"),
        _ => EdFiDescriptor.Of("SexDescriptor", gender),
    };

    private static string? EnglishProficiency(string? ell) => ell is null ? null
        : EdFiDescriptor.Of("LimitedEnglishProficiencyDescriptor", IsYes(ell) ? "Limited" : "NotLimited");

    private static bool IsYes(string? value) => value is not null && (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    private static EdFiAssessment Choose(EdFiData data, string? assessment)
    {
        var source = new EdFiSource(EdFiFiles.Assessments, JsonPath.Root, null);
        if (assessment is not null)
            return data.Assessments.FirstOrDefault(a => a.Identifier == assessment)
                ?? throw new DataFileException([(data.Assessments.FirstOrDefault()?.Source is { } s ? s with { Path = JsonPath.Root } : source).Problem("unknown-assessment",
                    $"No assessment has the assessmentIdentifier given with --assessment; the folder has {List(data.Assessments)}.", value: assessment)]);
        return data.Assessments.Length switch
        {
            1 => data.Assessments[0],
            0 => throw new DataFileException([source.Problem("no-assessment", "The folder has no assessment.")]),
            _ => throw new DataFileException([(data.Assessments[1].Source ?? source).Problem("several-assessments",
                $"The folder has {data.Assessments.Length} assessments ({List(data.Assessments)}); choose the common assessment with --assessment ID.")]),
        };
    }

    private static string List(IEnumerable<EdFiAssessment> assessments) => string.Join(", ", assessments.Select(a => a.Identifier).DefaultIfEmpty("none"));

    private static void CheckItems(AssessmentBlueprint blueprint, List<EdFiAssessmentPart> items, List<DataDiagnostic> problems)
    {
        foreach (var item in items)
        {
            var at = item.Source ?? new EdFiSource(EdFiFiles.AssessmentItems, JsonPath.Root, null);
            if (blueprint.Find(new ItemId(item.IdentificationCode)) is not { } planned)
                problems.Add(at.Problem("unknown-item", $"The item {item.IdentificationCode} is not on the blueprint of \"{blueprint.Name}\".", at.Path + ".identificationCode", item.IdentificationCode));
            else if (item.MaxRawScore is { } max && max != planned.Points)
                problems.Add(at.Problem("points-differ", $"The item {item.IdentificationCode} has maxRawScore {Number(max)} but {Number(planned.Points)} points on the blueprint.", at.Path + ".maxRawScore", Number(max)));
            else if (!item.LearningStandards.IsEmpty && !item.LearningStandards.ToHashSet().SetEquals(planned.Targets))
                problems.Add(at.Problem("standards-differ", $"The item {item.IdentificationCode} assesses {string.Join(", ", item.LearningStandards)} but {string.Join(", ", planned.Targets)} on the blueprint.",
                    at.Path + ".learningStandards", string.Join(", ", item.LearningStandards)));
        }
        var present = items.Select(i => i.IdentificationCode).ToHashSet(StringComparer.Ordinal);
        foreach (var planned in blueprint.Items.Where(i => !present.Contains(i.Id.Value)))
            problems.Add(new DataDiagnostic("missing-item", $"The blueprint's item {planned.Id} is not an item of the assessment.", items[0].Source?.File ?? EdFiFiles.AssessmentItems, Field: JsonPath.Root, Value: planned.Id.Value));
    }

    private static List<Evidence> ObjectiveEvidence(CycleUnitFile unit, EdFiAssessment assessment, EdFiData data, List<EdFiStudentAssessment> taken, List<DataDiagnostic> problems)
    {
        var objectives = data.Objectives.Where(o => o.AssessmentIdentifier == assessment.Identifier).ToDictionary(o => o.IdentificationCode, StringComparer.Ordinal);
        if (objectives.Count == 0)
        {
            problems.Add((assessment.Source ?? new EdFiSource(EdFiFiles.Assessments, JsonPath.Root, null)).Problem("no-scores",
                $"The assessment {assessment.Identifier} has neither items in {EdFiFiles.AssessmentItems} nor objective assessments in {EdFiFiles.ObjectiveAssessments}.", value: assessment.Identifier));
            return [];
        }
        var targets = unit.Unit.Targets.Select(t => t.Id).ToHashSet();
        foreach (var o in objectives.Values)
        {
            var at = o.Source ?? new EdFiSource(EdFiFiles.ObjectiveAssessments, JsonPath.Root, null);
            if (o.LearningStandards.Length != 1 || !targets.Contains(o.LearningStandards[0]))
                problems.Add(at.Problem("unknown-target", $"The objective assessment {o.IdentificationCode} must assess exactly one of the unit's targets ({string.Join(", ", targets)}).",
                    at.Path + ".learningStandards", string.Join(", ", o.LearningStandards)));
            else if (o.MaxRawScore is not > 0)
                problems.Add(at.Problem("missing-field", $"The objective assessment {o.IdentificationCode} needs a maxRawScore above 0 to put its scores on the scale.", at.Path + ".maxRawScore"));
        }
        if (problems.Count > 0) return [];
        var rule = unit.Scoring ?? UnitCycleInput.DefaultScoring;
        var evidence = new List<Evidence>();
        var seen = new HashSet<(StudentId, string)>();
        foreach (var sa in taken)
            foreach (var score in sa.Objectives)
            {
                if (!seen.Add((sa.Student, score.IdentificationCode)))
                    problems.Add(Problem(sa, "duplicate-score", $"The student {sa.Student} has a second score on objective assessment {score.IdentificationCode}.", score));
                else if (score.RawScore is { } raw)
                {
                    var objective = objectives[score.IdentificationCode];
                    double percent = 100 * raw / objective.MaxRawScore!.Value;
                    evidence.Add(new Evidence(sa.Student, objective.LearningStandards[0], sa.AdministrationDate ?? unit.AssessedOn, rule.ScoreFor(percent),
                        source: $"{assessment.Identifier}, {score.IdentificationCode}"));
                }
            }
        return evidence;
    }

    private static DataDiagnostic Problem(EdFiStudentAssessment sa, string code, string message, EdFiPartScore score) =>
        (sa.Source ?? new EdFiSource(EdFiFiles.StudentAssessments, JsonPath.Root, null)).Problem(code, message, score.Path, score.IdentificationCode);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
