using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// Checks a row table read from <c>report.json</c> (decision 0200): an object <c>{"columns", "data"}</c> whose columns
/// are exactly the row contract's, in order; each row an array of one cell per column; each cell of its column's JSON
/// type, nested values (reasons, evidence) included. The first problem of a table is recorded, with its path, line and
/// column, and the rest of that table is not looked at (a table is a million cells of one shape: its first fault says
/// what is wrong).
/// </summary>
internal static class RowTableCheck
{
    /// <summary>The code of a table whose columns are not the format's.</summary>
    public const string WrongColumnsCode = "wrong-columns";

    /// <summary>The code of a row whose number of cells is not the number of columns.</summary>
    public const string WrongRowLengthCode = "wrong-row-length";

    /// <summary>The code of a file whose rows per student and target are arrays of objects: written before decision 0200.</summary>
    public const string OldShapeCode = "old-report-shape";

    /// <summary>Checks the table <paramref name="rows"/> read at <paramref name="path"/>; a missing table (null) is not this check's.</summary>
    public static void Check<TRow>(IEnumerable<TRow?>? rows, string path, JsonProblems problems) where TRow : class
    {
        if (rows is not RowTable<TRow> table) return;
        var json = table.Json;
        if (json.ValueKind == JsonValueKind.Array)
        {
            // Once per file: a file of the old shape has it in every table of every team.
            if (!problems.Found.Any(p => p.Code == OldShapeCode))
                problems.Add(OldShapeCode, path, "this table is an array of row objects: the file was written by an earlier MathPlc, before its rows per "
                    + "student and target became tables ({\"columns\": […], \"data\": […]}, decision 0200). Run `mathplc cycle` again to write it anew.");
            return;
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            WrongType(problems, path, "an object", json);
            return;
        }
        var columns = RowColumns.Of(CriticalQuestionsJsonContext.Default.GetTypeInfo(typeof(TRow))!);
        JsonElement? names = null, data = null;
        foreach (var member in json.EnumerateObject())
        {
            if (member.NameEquals(RowColumns.ColumnsName)) names = member.Value;
            else if (member.NameEquals(RowColumns.DataName)) data = member.Value;
            else
            {
                problems.Add(JsonProblems.UnknownPropertyCode, JsonPath.Property(path, member.Name),
                    JsonProblems.UnknownPropertyReason(member.Name, [RowColumns.ColumnsName, RowColumns.DataName]));
                return;
            }
        }
        if (!problems.Present(path, (RowColumns.ColumnsName, names is not null), (RowColumns.DataName, data is not null))) return;
        if (!Columns(names!.Value, columns, JsonPath.Property(path, RowColumns.ColumnsName), problems)) return;
        Data(data!.Value, columns, JsonPath.Property(path, RowColumns.DataName), problems);
    }

    private static bool Columns(JsonElement names, JsonPropertyInfo[] columns, string path, JsonProblems problems)
    {
        if (names.ValueKind != JsonValueKind.Array)
        {
            WrongType(problems, path, "an array", names);
            return false;
        }
        string expected = JsonProblems.QuotedList(columns.Select(c => c.Name));
        int k = 0;
        foreach (var name in names.EnumerateArray())
        {
            string at = JsonPath.Index(path, k);
            if (name.ValueKind != JsonValueKind.String)
            {
                WrongType(problems, at, "a string", name);
                return false;
            }
            string found = name.GetString()!;
            if (k >= columns.Length)
            {
                problems.Add(WrongColumnsCode, at, $"\"{found}\" is not a column of this table; its columns are {expected}, in this order.", found);
                return false;
            }
            if (found != columns[k].Name)
            {
                problems.Add(WrongColumnsCode, at, $"expected the column \"{columns[k].Name}\", found \"{found}\"; the columns are {expected}, in this order.", found);
                return false;
            }
            k++;
        }
        if (k < columns.Length)
        {
            problems.Add(WrongColumnsCode, path, $"the column \"{columns[k].Name}\" is missing; the columns are {expected}, in this order.");
            return false;
        }
        return true;
    }

    private static void Data(JsonElement data, JsonPropertyInfo[] columns, string path, JsonProblems problems)
    {
        if (data.ValueKind != JsonValueKind.Array)
        {
            WrongType(problems, path, "an array", data);
            return;
        }
        var options = CriticalQuestionsJsonContext.Default.Options;
        var types = columns.Select(c => options.GetTypeInfo(c.PropertyType)).ToArray();
        int i = 0;
        foreach (var row in data.EnumerateArray())
        {
            string at = JsonPath.Index(path, i++);
            if (row.ValueKind != JsonValueKind.Array)
            {
                WrongType(problems, at, "an array (a row)", row);
                return;
            }
            int cells = row.GetArrayLength();
            if (cells != columns.Length)
            {
                problems.Add(WrongRowLengthCode, at, string.Create(CultureInfo.InvariantCulture,
                    $"this row has {cells} cells; the table has {columns.Length} columns, one cell each (null for none)."));
                return;
            }
            int k = 0;
            foreach (var cell in row.EnumerateArray())
                if (!Value(cell, types[k], JsonPath.Index(at, k++), problems)) return;
        }
    }

    // A value of the contract type `info` (every member is nullable): its JSON type, and that of everything in it the contract names.
    private static bool Value(JsonElement value, JsonTypeInfo info, string path, JsonProblems problems)
    {
        if (value.ValueKind == JsonValueKind.Null) return true;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (value.ValueKind != JsonValueKind.Object) return WrongType(problems, path, "an object", value);
                foreach (var member in info.Properties)
                    if (!member.IsExtensionData && value.TryGetProperty(member.Name, out var inner)
                        && !Value(inner, info.Options.GetTypeInfo(member.PropertyType), JsonPath.Property(path, member.Name), problems))
                        return false;
                return true;
            case JsonTypeInfoKind.Enumerable:
                if (value.ValueKind != JsonValueKind.Array) return WrongType(problems, path, "an array", value);
                var element = info.Options.GetTypeInfo(info.ElementType!);
                int i = 0;
                foreach (var item in value.EnumerateArray())
                    if (!Value(item, element, JsonPath.Index(path, i++), problems)) return false;
                return true;
            default:
                var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
                if (type == typeof(string))
                    return value.ValueKind == JsonValueKind.String || WrongType(problems, path, "a string", value);
                if (value.ValueKind != JsonValueKind.Number) return WrongType(problems, path, "a number", value);
                if (value.TryGetDouble(out double number) && double.IsFinite(number)) return true;
                problems.Add(JsonWrongType.NotANumberCode, path, $"{value.GetRawText()} is too large for a number of MathPlc (a finite double).", value.GetRawText());
                return false;
        }
    }

    private static bool WrongType(JsonProblems problems, string path, string expected, JsonElement found)
    {
        var (token, text) = found.ValueKind switch
        {
            JsonValueKind.Object => (JsonTokenType.StartObject, null),
            JsonValueKind.Array => (JsonTokenType.StartArray, null),
            JsonValueKind.String => (JsonTokenType.String, found.GetRawText()[1..^1]),
            JsonValueKind.Number => (JsonTokenType.Number, found.GetRawText()),
            JsonValueKind.True => (JsonTokenType.True, "true"),
            JsonValueKind.False => (JsonTokenType.False, "false"),
            _ => (JsonTokenType.Null, (string?)"null"),
        };
        problems.Add(JsonWrongType.Code, path, JsonWrongType.Reason(expected, token, text), text);
        return false;
    }
}
