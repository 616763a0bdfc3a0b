namespace MathPlc.Standards;

/// <summary>
/// What the three content levels of a proficiency scale look like for one learning target: 2.0 (the simpler
/// content), 3.0 (the target itself) and 4.0 (more complex content, beyond what was taught).
/// </summary>
/// <remarks>
/// Marzano's proficiency scales: only these three descriptions change from one scale to another; the half points
/// and 1.0 / 0.0 are generic (Marzano, <i>Formative Assessment and Standards-Based Grading</i>, 2010; see
/// plc-frameworks.md §6). The generic levels come from Core's <c>ProficiencyScale.Marzano</c>.
/// </remarks>
/// <param name="Simpler">Score 2.0: the simpler content (vocabulary, basic processes) the student handles without major errors.</param>
/// <param name="Target">Score 3.0: the target content, as taught.</param>
/// <param name="MoreComplex">Score 4.0: in-depth inferences and applications beyond what was taught.</param>
public sealed record ScaleDescriptors(string Simpler, string Target, string MoreComplex)
{
    /// <summary>Score 2.0; never empty.</summary>
    public string Simpler { get; } = Required(Simpler, nameof(Simpler));

    /// <summary>Score 3.0; never empty.</summary>
    public string Target { get; } = Required(Target, nameof(Target));

    /// <summary>Score 4.0; never empty.</summary>
    public string MoreComplex { get; } = Required(MoreComplex, nameof(MoreComplex));

    private static string Required(string text, string name) =>
        !string.IsNullOrWhiteSpace(text) ? text : throw new ArgumentException("A scale descriptor must say what the level looks like.", name);
}
