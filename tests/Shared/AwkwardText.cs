using FsCheck;
using FsCheck.Fluent;

namespace MathPlc.Tests;

/// <summary>
/// Text with what real exports hold: CSV's special characters, spaces, accents, CJK, an emoji, a would-be formula. Shared
/// by the file-format tests (Interop) and the rendering tests (Reports), which are separate projects since decision 0091.
/// </summary>
internal static class AwkwardText
{
    private static readonly string[] Pieces =
        ["S", "-", "1", "07", "a", "Z", ",", "\"", " ", "\t", "\n", "\r\n", "\r", "é", "数学", "😀", "=SUM(A1)", "ß", "'", ";", "\u00A0"];

    /// <summary>Text that is not blank, as identifiers and sources must be.</summary>
    public static Gen<string> NotBlank { get; } =
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).Where(text => !string.IsNullOrWhiteSpace(text));
}
