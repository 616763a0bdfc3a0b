using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>One row of the CSV that <c>mathplc proficiency</c> writes.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="TargetId">The learning target.</param>
/// <param name="Method">The calculation method or preset, or null when the column is absent or empty.</param>
/// <param name="Score">The score; null exactly when the status is insufficient evidence.</param>
/// <param name="Level">The level's label, or null.</param>
/// <param name="Status">Scored or insufficient evidence.</param>
/// <param name="EvidenceUsed">How many pieces of evidence were used (0 when the column is absent).</param>
/// <param name="EvidenceExcluded">How many were excluded (0 when the column is absent).</param>
public sealed record ProficiencyCsvRow(StudentId StudentId, TargetId TargetId, string? Method, double? Score, string? Level, ProficiencyStatus Status, int EvidenceUsed, int EvidenceExcluded)
{
    /// <summary>The row as the tiering input.</summary>
    public TargetScore ToTargetScore() => new(StudentId, TargetId, Score);
}
