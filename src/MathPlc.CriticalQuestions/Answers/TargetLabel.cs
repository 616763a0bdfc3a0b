using MathPlc.Standards;

namespace MathPlc.CriticalQuestions;

/// <summary>How a target is named to teachers in every report, table and reason: its code without the CCSS prefix (<c>6.RP.A.3c</c>), or its id when it has no code — never a CASE identifier when a code exists.</summary>
public static class TargetLabel
{
    private const string CcssPrefix = "CCSS.Math.Content.";

    /// <summary>The label of a target.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static string Of(EssentialTarget target)
    {
        Guard.Against.Null(target);
        return target.Code is { } code && !string.IsNullOrWhiteSpace(code)
            ? (code.StartsWith(CcssPrefix, StringComparison.Ordinal) && code.Length > CcssPrefix.Length ? code[CcssPrefix.Length..] : code.Trim())
            : target.Id.Value;
    }
}
