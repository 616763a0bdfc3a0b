using MathPlc.Core;

namespace MathPlc.Standards.Case;

/// <summary>
/// A package made strict CASE 1.0 by <see cref="CaseJson.ToStrict"/>: the package, which <see cref="CaseJson.Write(Stream, CasePackage)"/>
/// writes as JSON the strict reader accepts with nothing to report, and every change made on the way.
/// </summary>
/// <param name="Package">The strict package, with every item and association of the original.</param>
/// <param name="Notes">Each change, with the code the strict reader would have reported (<c>no-time-zone</c>,
/// <c>null-value</c>, <c>not-a-uuid</c>, <c>missing-property</c>, <c>unknown-association-type</c>) or <c>outline-order</c>,
/// the JSON path in the original package, the value as it was, and what was written instead; in the order made.</param>
public sealed record CaseNormalisation(CasePackage Package, ValueArray<DataDiagnostic> Notes);
