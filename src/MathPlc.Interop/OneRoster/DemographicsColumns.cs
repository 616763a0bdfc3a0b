using MathPlc.Interop.Csv;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// The columns of <c>demographics.csv</c> and which become a student's group attributes: every column except the
/// common three (<c>sourcedId</c>, <c>status</c>, <c>dateLastModified</c>) and <c>birthDate</c> (a date, not a group),
/// including a district's own extra columns (for example <c>ell</c> or <c>iep</c>).
/// </summary>
/// <remarks>
/// The standard columns (OneRoster 1.1 and 1.2 share them; <c>reference/interop.md</c> §2.2) keep their spelling from
/// the specification whatever the header's case; the race and ethnicity flags must be <c>true</c> or <c>false</c> and
/// are written in lower case. An empty value means the student lacks that attribute.
/// </remarks>
internal static class DemographicsColumns
{
    /// <summary>The columns that are never attributes.</summary>
    public static ImmutableArray<string> NotAttributes { get; } = ["sourcedId", "status", "dateLastModified", "birthDate"];

    /// <summary>The race and ethnicity flags, true or false.</summary>
    public static ImmutableArray<string> Flags { get; } =
    [
        "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
        "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity",
    ];

    /// <summary>The standard attribute columns, in the order the specification writes them.</summary>
    public static ImmutableArray<string> Standard { get; } =
    [
        "sex", .. Flags, "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus",
    ];

    /// <summary>The header the writer writes before any extra attribute columns.</summary>
    public static ImmutableArray<string> Header { get; } = [.. NotAttributes, .. Standard];

    /// <summary>The columns for a file with this header: the known ones, then its extra columns, each once.</summary>
    public static CsvColumns For(IEnumerable<string> header)
    {
        var known = new HashSet<string>(Header, StringComparer.OrdinalIgnoreCase);
        var extra = header.Select(static h => h.Trim()).Where(h => h.Length > 0 && known.Add(h));
        return new CsvColumns([new CsvColumn("sourcedId", true), .. Header.Skip(1).Concat(extra).Select(static n => new CsvColumn(n, false))]);
    }

    /// <summary>Whether a column is a race or ethnicity flag.</summary>
    public static bool IsFlag(string name) => Flags.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a name is one the writer cannot write as an attribute.</summary>
    public static bool IsReserved(string name) => NotAttributes.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard spelling of a standard column, or the name as given.</summary>
    public static string Canonical(string name) => Standard.FirstOrDefault(s => s.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;

    /// <summary>The attribute name of each column of <paramref name="columns"/> (from <see cref="For"/>), in the standard spelling where there is one.</summary>
    public static ImmutableArray<string> AttributeNames(CsvColumns columns) => [.. columns.All.Select(c => Canonical(c.Name))];

    /// <summary>Reads a row of a file whose attribute names are <paramref name="names"/> (from <see cref="AttributeNames"/>).</summary>
    public static OneRosterRows.Demographics? Parse(CsvRowFields row, ImmutableArray<string> names)
    {
        bool ok = row.TryRequired(0, out string user);
        ok &= row.TryStatus(1, out bool deleted);
        var attributes = new List<KeyValuePair<string, string>>();
        for (int column = NotAttributes.Length; column < names.Length; column++)
        {
            string? text = row.OptionalText(column)?.Trim();
            if (text is null) continue;
            string name = names[column];
            if (!IsFlag(name))
            {
                attributes.Add(new(name, text));
                continue;
            }
            ok &= row.TryBoolean(column, out bool? flag);
            if (flag is { } yes) attributes.Add(new(name, yes ? "true" : "false"));
        }
        return ok ? new OneRosterRows.Demographics(user, deleted, [.. attributes]) : null;
    }
}
