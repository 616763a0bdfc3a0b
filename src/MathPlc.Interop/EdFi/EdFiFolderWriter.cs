using System.Text.Json;
using NodaTime.Text;

namespace MathPlc.Interop.EdFi;

/// <summary>Writes <see cref="EdFiData"/> as the resource files <see cref="EdFiFolderReader"/> reads.</summary>
internal static class EdFiFolderWriter
{
    public static IReadOnlyList<KeyValuePair<string, string>> Files(EdFiData data)
    {
        var assessmentOf = data.Assessments.ToDictionary(a => a.Identifier, StringComparer.Ordinal);
        var itemMax = data.Items.ToDictionary(i => (i.AssessmentIdentifier, i.IdentificationCode), i => i.MaxRawScore);
        var files = new List<KeyValuePair<string, string>>
        {
            new(EdFiFiles.Students, EdFiJsonWriter.Array(data.Students, static (w, s) =>
            {
                w.WriteString("studentUniqueId", s.Id.Value);
                if (s.FirstName is { } first) w.WriteString("firstName", first);
                if (s.LastSurname is { } last) w.WriteString("lastSurname", last);
            })),
            new(EdFiFiles.Sections, EdFiJsonWriter.Array(data.Sections, static (w, s) =>
            {
                w.WriteString("sectionIdentifier", s.Key.SectionIdentifier);
                w.WriteStartObject("courseOfferingReference");
                EdFiJsonWriter.Key(w, "localCourseCode", s.Key.LocalCourseCode);
                EdFiJsonWriter.Key(w, "schoolId", s.Key.SchoolId);
                EdFiJsonWriter.Key(w, "schoolYear", s.Key.SchoolYear);
                EdFiJsonWriter.Key(w, "sessionName", s.Key.SessionName);
                w.WriteEndObject();
            })),
            new(EdFiFiles.StudentSectionAssociations, EdFiJsonWriter.Array(data.StudentSections, static (w, a) =>
            {
                EdFiJsonWriter.SectionReference(w, a.Section);
                EdFiJsonWriter.Reference(w, "studentReference", "studentUniqueId", a.Person);
            })),
            new(EdFiFiles.StaffSectionAssociations, EdFiJsonWriter.Array(data.StaffSections, static (w, a) =>
            {
                if (a.ClassroomPosition is { } position) w.WriteString("classroomPositionDescriptor", position);
                EdFiJsonWriter.SectionReference(w, a.Section);
                EdFiJsonWriter.Reference(w, "staffReference", "staffUniqueId", a.Person);
            })),
            new(EdFiFiles.Assessments, EdFiJsonWriter.Array(data.Assessments, static (w, a) =>
            {
                w.WriteString("assessmentIdentifier", a.Identifier);
                w.WriteString("namespace", a.Namespace);
                if (a.Title is { } title) w.WriteString("assessmentTitle", title);
                if (a.MaxRawScore is { } max) w.WriteNumber("maxRawScore", max);
            })),
            new(EdFiFiles.StudentAssessments, EdFiJsonWriter.Array(data.StudentAssessments, (w, s) =>
            {
                var assessment = assessmentOf[s.AssessmentIdentifier];
                w.WriteString("studentAssessmentIdentifier", s.Identifier);
                EdFiJsonWriter.AssessmentReference(w, assessment);
                EdFiJsonWriter.Reference(w, "studentReference", "studentUniqueId", s.Student.Value);
                if (s.AdministrationDate is { } date) w.WriteString("administrationDate", LocalDatePattern.Iso.Format(date) + "T00:00:00Z");
                if (!s.Items.IsEmpty) Scores(w, "items", s.Items, assessment, "assessmentItemReference", (w, score) =>
                {
                    double? max = itemMax.GetValueOrDefault((s.AssessmentIdentifier, score.IdentificationCode));
                    w.WriteString("assessmentItemResultDescriptor", EdFiDescriptor.Of("AssessmentItemResultDescriptor", ItemResult(score.RawScore, max)));
                    if (score.RawScore is { } raw) w.WriteNumber("rawScoreResult", raw);
                });
                if (!s.Objectives.IsEmpty) Scores(w, "studentObjectiveAssessments", s.Objectives, assessment, "objectiveAssessmentReference", static (w, score) =>
                {
                    if (score.RawScore is not { } raw) return;
                    w.WriteStartArray("scoreResults");
                    w.WriteStartObject();
                    w.WriteString("assessmentReportingMethodDescriptor", EdFiDescriptor.Of("AssessmentReportingMethodDescriptor", EdFiResults.RawScore));
                    w.WriteString("result", EdFiFolderReader.Number(raw));
                    w.WriteString("resultDatatypeTypeDescriptor", EdFiDescriptor.Of("ResultDatatypeTypeDescriptor", "Decimal"));
                    w.WriteEndObject();
                    w.WriteEndArray();
                });
            })),
        };
        if (!data.Items.IsEmpty) files.Add(new(EdFiFiles.AssessmentItems, Parts(data.Items, assessmentOf)));
        if (!data.Objectives.IsEmpty) files.Add(new(EdFiFiles.ObjectiveAssessments, Parts(data.Objectives, assessmentOf)));
        if (!data.LearningStandards.IsEmpty)
            files.Add(new(EdFiFiles.LearningStandards, EdFiJsonWriter.Array(data.LearningStandards, static (w, s) =>
            {
                w.WriteString("learningStandardId", s.Id.Value);
                if (s.Description is { } description) w.WriteString("description", description);
            })));
        if (!data.Statuses.IsEmpty)
            files.Add(new(EdFiFiles.StudentEducationOrganizationAssociations, EdFiJsonWriter.Array(data.Statuses, (w, s) =>
            {
                EdFiJsonWriter.Reference(w, "studentReference", "studentUniqueId", s.Student.Value);
                if (s.Sex is { } sex) w.WriteString("sexDescriptor", sex);
                if (s.LimitedEnglishProficiency is { } lep) w.WriteString("limitedEnglishProficiencyDescriptor", lep);
            })));
        if (data.SpecialEducation is { } specialEducation)
            files.Add(new(EdFiFiles.StudentSpecialEducationProgramAssociations, EdFiJsonWriter.Array(specialEducation, static (w, s) =>
            {
                w.WriteStartObject("programReference");
                w.WriteString("programName", "Special Education");
                w.WriteString("programTypeDescriptor", EdFiDescriptor.Of("ProgramTypeDescriptor", "Special Education"));
                w.WriteEndObject();
                EdFiJsonWriter.Reference(w, "studentReference", "studentUniqueId", s.Value);
            })));
        return files;
    }

    /// <summary>The <c>AssessmentItemResultDescriptor</c> code value of a raw score: unscored, incorrect (0), correct (all points) or partially correct.</summary>
    private static string ItemResult(double? raw, double? max) => raw switch
    {
        null => "Unscored",
        0 => "Incorrect",
        _ when raw == max => "Correct",
        _ => "Partially correct",
    };

    private static string Parts(IEnumerable<EdFiAssessmentPart> parts, Dictionary<string, EdFiAssessment> assessmentOf) =>
        EdFiJsonWriter.Array(parts, (w, p) =>
        {
            w.WriteString("identificationCode", p.IdentificationCode);
            EdFiJsonWriter.AssessmentReference(w, assessmentOf[p.AssessmentIdentifier]);
            if (p.MaxRawScore is { } max) w.WriteNumber("maxRawScore", max);
            EdFiJsonWriter.LearningStandards(w, p.LearningStandards);
        });

    private static void Scores(Utf8JsonWriter w, string name, IEnumerable<EdFiPartScore> scores, EdFiAssessment assessment, string reference, Action<Utf8JsonWriter, EdFiPartScore> score)
    {
        w.WriteStartArray(name);
        foreach (var s in scores)
        {
            w.WriteStartObject();
            EdFiJsonWriter.AssessmentReference(w, assessment, reference, s.IdentificationCode);
            score(w, s);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
