namespace MathPlc.Standards.Case;

/// <summary>How a CASE package reader treats departures from CASE 1.0.</summary>
public enum CaseReadMode
{
    /// <summary>
    /// Accept the common departures of real exports (<c>educationalLevel</c> for <c>educationLevel[]</c>, string links,
    /// numeric strings for sequence numbers, missing time zones, nulls for absent values, pre-CASE properties) and
    /// record each normalisation as a diagnostic.
    /// </summary>
    Tolerant = 0,

    /// <summary>Report every departure from the CASE 1.0 schema as a diagnostic with its JSON path.</summary>
    Strict = 1,
}
