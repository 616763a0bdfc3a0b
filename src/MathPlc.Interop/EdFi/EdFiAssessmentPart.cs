using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// An assessment item (<c>/ed-fi/assessmentItems</c>) or an objective assessment (<c>/ed-fi/objectiveAssessments</c>):
/// both name their assessment, an <c>identificationCode</c>, a <c>maxRawScore</c> and the learning standards they assess.
/// </summary>
public sealed record EdFiAssessmentPart
{
    /// <summary>Creates the value.</summary>
    /// <param name="assessmentIdentifier">The assessment it belongs to.</param>
    /// <param name="identificationCode">The item's or objective's code (an item's is the blueprint's item id).</param>
    /// <param name="maxRawScore">The most points, or null when not given.</param>
    /// <param name="learningStandards">The learning standards it assesses (the blueprint's targets).</param>
    /// <param name="source">Where it was read; null when built in code.</param>
    /// <exception cref="ArgumentNullException">A collection or required text is null.</exception>
    public EdFiAssessmentPart(string assessmentIdentifier, string identificationCode, double? maxRawScore, IEnumerable<TargetId> learningStandards, EdFiSource? source = null)
    {
        LearningStandards = [.. Guard.Against.Null(learningStandards)];
        AssessmentIdentifier = Guard.Against.Null(assessmentIdentifier);
        IdentificationCode = Guard.Against.Null(identificationCode);
        MaxRawScore = maxRawScore;
        Source = source;
    }

    /// <summary>The assessment it belongs to.</summary>
    public string AssessmentIdentifier { get; }

    /// <summary>The item's or objective's code (an item's is the blueprint's item id).</summary>
    public string IdentificationCode { get; }

    /// <summary>The most points, or null when not given.</summary>
    public double? MaxRawScore { get; }

    /// <summary>Where it was read; null when built in code.</summary>
    public EdFiSource? Source { get; }

    /// <summary>The learning standards it assesses.</summary>
    public ValueArray<TargetId> LearningStandards { get; }
}
