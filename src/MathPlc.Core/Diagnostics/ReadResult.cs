namespace MathPlc.Core.Diagnostics;

/// <summary>
/// What a reader got from a file or folder: the value it could read, every problem that stops it being used as it is,
/// and notes on what was read by rule rather than as written. The one shape of every MathPlc reader's result
/// (decision 0135): CSV tables, CASE packages, OneRoster and Ed-Fi folders.
/// </summary>
/// <typeparam name="T">What was read, e.g. the rows' values of a CSV file or a OneRoster folder's data.</typeparam>
/// <remarks>
/// <para><b>Problems</b> are what a careful user must fix before the value means what the file says (a bad row, a
/// missing column, an unmatched reference, a departure from a standard read strictly). <see cref="Value"/> still holds
/// what could be read, so a tool can show both; a caller that must not go on with partial data calls
/// <see cref="GetValueOrThrow"/>, which throws a <see cref="DataFileException"/> carrying every problem.</para>
/// <para><b>Notes</b> are not problems: rows skipped by a documented rule (a deleted OneRoster row, another role), or
/// a value normalised by a tolerant reader, each counted or located so nothing is dropped silently.</para>
/// <para>Results compare equal by content (the lists are <see cref="ValueArray{T}"/>).</para>
/// </remarks>
/// <example>
/// <code>
/// var read = EvidenceCsv.Read(stream, "scores.csv");
/// foreach (var note in read.Notes) Console.Error.WriteLine(note);
/// var evidence = read.GetValueOrThrow();   // every problem at once, each with its file and line
/// </code>
/// </example>
public record ReadResult<T>
    where T : notnull
{
    /// <summary>Collects what was read.</summary>
    /// <param name="value">What could be read (partial when there are problems).</param>
    /// <param name="problems">Every problem, in the order found.</param>
    /// <param name="notes">What was read by rule rather than as written; not problems.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a list holds null.</exception>
    public ReadResult(T value, IEnumerable<DataDiagnostic> problems, IEnumerable<DataDiagnostic> notes)
    {
        Value = Guard.Against.Null(value);
        Problems = Guard.Against.NullOrNullElements(problems, nameof(problems));
        Notes = Guard.Against.NullOrNullElements(notes, nameof(notes));
    }

    /// <summary>What could be read; partial when <see cref="HasErrors"/>.</summary>
    public T Value { get; }

    /// <summary>Every problem found, in the order found; empty when the value can be used as it is.</summary>
    public ValueArray<DataDiagnostic> Problems { get; }

    /// <summary>What was read by rule rather than as written (rows skipped, values normalised); not problems.</summary>
    public ValueArray<DataDiagnostic> Notes { get; }

    /// <summary>Whether anything could not be read as written.</summary>
    public bool HasErrors => !Problems.IsEmpty;

    /// <summary>The value, when nothing stands in the way of using it.</summary>
    /// <exception cref="DataFileException">There are problems; the exception carries every one of them.</exception>
    public T GetValueOrThrow() => HasErrors ? throw new DataFileException(Problems) : Value;
}
