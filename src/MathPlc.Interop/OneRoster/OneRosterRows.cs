using MathPlc.Core;
using MathPlc.Interop.Csv;
using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// The rows of the OneRoster files MathPlc reads, and their columns: only the columns it uses, matched by name, so
/// OneRoster 1.0, 1.1 and 1.2 headers (which differ in columns MathPlc does not use, such as 1.1's <c>users.role</c>
/// and <c>lineItems.gradingPeriodSourcedId</c>) all read.
/// </summary>
/// <remarks>Source: <c>reference/interop.md</c> §2.2 and §2.3 (OneRoster 1.2 CSV headers, and the 1.1 ones).</remarks>
internal static class OneRosterRows
{
    internal sealed record Manifest(string Property, string Value);
    internal sealed record Class(string Id, bool Deleted, string? Course, string? School);
    internal sealed record User(string Id, bool Deleted);
    internal sealed record Enrollment(bool Deleted, string Class, string User, string Role, bool? Primary);
    internal sealed record Demographics(string User, bool Deleted, ValueArray<KeyValuePair<string, string>> Attributes);
    internal sealed record LineItem(string Id, bool Deleted, string Title, string Class, LocalDate? AssignDate, LocalDate? DueDate, double? Min, double? Max);
    internal sealed record Link<T>(string Parent, bool Deleted, T Value);
    internal sealed record Result(string Id, bool Deleted, string LineItem, string Student, OneRosterScoreStatus Status, double? Score, LocalDate? ScoreDate, OneRosterResultFlags Flags);

    public static CsvColumns ManifestColumns { get; } = new(new CsvColumn("propertyName", true), new CsvColumn("value", true));

    public static Manifest? ParseManifest(CsvRowFields row) =>
        row.TryRequired(0, out string property) ? new Manifest(property, row.OptionalText(1)?.Trim() ?? string.Empty) : null;

    public static CsvColumns ClassColumns { get; } = new(
        new CsvColumn("sourcedId", true), new CsvColumn("status", false), new CsvColumn("courseSourcedId", false), new CsvColumn("schoolSourcedId", false));

    public static Class? ParseClass(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string id);
        ok &= row.TryStatus(1, out bool deleted);
        return ok ? new Class(id, deleted, row.OptionalText(2)?.Trim(), row.OptionalText(3)?.Trim() is { Length: > 0 } school ? school : null) : null;
    }

    public static CsvColumns UserColumns { get; } = new(new CsvColumn("sourcedId", true), new CsvColumn("status", false));

    public static User? ParseUser(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string id);
        ok &= row.TryStatus(1, out bool deleted);
        return ok ? new User(id, deleted) : null;
    }

    public static CsvColumns EnrollmentColumns { get; } = new(
        new CsvColumn("classSourcedId", true), new CsvColumn("userSourcedId", true), new CsvColumn("role", true),
        new CsvColumn("status", false), new CsvColumn("primary", false));

    public static Enrollment? ParseEnrollment(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string classId);
        ok &= row.TryRequired(1, out string user);
        ok &= row.TryRequired(2, out string role);
        ok &= row.TryStatus(3, out bool deleted);
        ok &= row.TryBoolean(4, out bool? primary);
        return ok ? new Enrollment(deleted, classId, user, role.ToLowerInvariant(), primary) : null;
    }

    public static CsvColumns LineItemColumns { get; } = new(
        new CsvColumn("sourcedId", true), new CsvColumn("title", true), new CsvColumn("classSourcedId", true),
        new CsvColumn("status", false), new CsvColumn("assignDate", false), new CsvColumn("dueDate", false),
        new CsvColumn("resultValueMin", false), new CsvColumn("resultValueMax", false));

    public static LineItem? ParseLineItem(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string id);
        string title = row.OptionalText(1)?.Trim() ?? string.Empty;
        ok &= row.TryRequired(2, out string classId);
        ok &= row.TryStatus(3, out bool deleted);
        ok &= row.TryOptionalDate(4, out var assign);
        ok &= row.TryOptionalDate(5, out var due);
        ok &= row.TryOptionalNumber(6, out double? min);
        ok &= row.TryOptionalNumber(7, out double? max);
        if (ok && min is { } low && max is { } high && high < low)
        {
            row.Report(7, OneRosterDiagnosticCodes.BadRange, $"The highest score is below the lowest ({InvariantNumber.Format(low)}).");
            ok = false;
        }
        return ok ? new LineItem(id, deleted, title, classId, assign, due, min, max) : null;
    }

    public static CsvColumns LineItemObjectiveColumns { get; } = new(
        new CsvColumn("lineItemSourcedId", true), new CsvColumn("source", true), new CsvColumn("learningObjectiveId", true),
        new CsvColumn("status", false));

    public static Link<OneRosterLearningObjective>? ParseLineItemObjective(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string lineItem);
        ok &= TryObjective(row, 1, 2, out var objective);
        ok &= row.TryStatus(3, out bool deleted);
        return ok ? new Link<OneRosterLearningObjective>(lineItem, deleted, objective!) : null;
    }

    public static CsvColumns ResultColumns { get; } = new(
        new CsvColumn("sourcedId", true), new CsvColumn("lineItemSourcedId", true), new CsvColumn("studentSourcedId", true),
        new CsvColumn("scoreStatus", true), new CsvColumn("status", false), new CsvColumn("score", false),
        new CsvColumn("scoreDate", false), new CsvColumn("inProgress", false), new CsvColumn("incomplete", false),
        new CsvColumn("late", false), new CsvColumn("missing", false));

    public static Result? ParseResult(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string id);
        ok &= row.TryRequired(1, out string lineItem);
        ok &= row.TryRequired(2, out string student);
        ok &= row.TryScoreStatus(3, out var status);
        ok &= row.TryStatus(4, out bool deleted);
        ok &= row.TryOptionalNumber(5, out double? score);
        ok &= row.TryOptionalDate(6, out var date);
        var flags = OneRosterResultFlags.None;
        foreach (var (column, flag) in (ReadOnlySpan<(int, OneRosterResultFlags)>)[(7, OneRosterResultFlags.InProgress), (8, OneRosterResultFlags.Incomplete), (9, OneRosterResultFlags.Late), (10, OneRosterResultFlags.Missing)])
        {
            ok &= row.TryBoolean(column, out bool? set);
            if (set == true) flags |= flag;
        }
        return ok ? new Result(id, deleted, lineItem, student, status, score, date, flags) : null;
    }

    public static CsvColumns ResultObjectiveColumns { get; } = new(
        new CsvColumn("resultSourcedId", true), new CsvColumn("source", true), new CsvColumn("learningObjectiveId", true),
        new CsvColumn("status", false), new CsvColumn("score", false), new CsvColumn("textScore", false));

    public static Link<OneRosterObjectiveScore>? ParseResultObjective(CsvRowFields row)
    {
        bool ok = row.TryRequired(0, out string result);
        ok &= TryObjective(row, 1, 2, out var objective);
        ok &= row.TryStatus(3, out bool deleted);
        ok &= row.TryOptionalNumber(4, out double? score);
        return ok ? new Link<OneRosterObjectiveScore>(result, deleted, new OneRosterObjectiveScore(objective!, score, row.OptionalText(5))) : null;
    }

    private static bool TryObjective(CsvRowFields row, int sourceColumn, int idColumn, out OneRosterLearningObjective? objective)
    {
        bool ok = row.TryRequired(sourceColumn, out string source);
        ok &= row.TryRequired(idColumn, out string id);
        objective = ok ? new OneRosterLearningObjective(source, new TargetId(id)) : null;
        return ok;
    }
}
