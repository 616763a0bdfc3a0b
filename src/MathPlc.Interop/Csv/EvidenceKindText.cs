using System.Text;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// <see cref="EvidenceKind"/> as CSV files write it: <c>summative</c>, <c>formative</c>, <c>behaviour</c>
/// (read ignoring case; <c>behavior</c> is read too).
/// </summary>
internal static class EvidenceKindText
{
    /// <summary>The kinds a reader accepts, for messages.</summary>
    public const string Accepted = "summative, formative or behaviour (behavior)";

    /// <summary>Reads a kind from UTF-8 bytes, ignoring ASCII case.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out EvidenceKind kind)
    {
        if (Ascii.EqualsIgnoreCase(utf8, "summative"u8)) kind = EvidenceKind.Summative;
        else if (Ascii.EqualsIgnoreCase(utf8, "formative"u8)) kind = EvidenceKind.Formative;
        else if (Ascii.EqualsIgnoreCase(utf8, "behaviour"u8) || Ascii.EqualsIgnoreCase(utf8, "behavior"u8)) kind = EvidenceKind.Behaviour;
        else
        {
            kind = default;
            return false;
        }
        return true;
    }

    /// <summary>Writes a kind in lower case, British spelling.</summary>
    public static string Format(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Summative => "summative",
        EvidenceKind.Formative => "formative",
        EvidenceKind.Behaviour => "behaviour",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a defined evidence kind."),
    };
}
