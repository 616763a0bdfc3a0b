namespace MathPlc.Teams;

/// <summary>What the team decided at the end of a PDSA cycle (the Act step).</summary>
public enum PdsaDecision
{
    /// <summary>Keep the change as it is and spread it.</summary>
    Adopt,

    /// <summary>Change it and test again in the next cycle.</summary>
    Adapt,

    /// <summary>Drop the change.</summary>
    Abandon,
}

/// <summary>
/// One Plan–Do–Study–Act cycle (Langley et al., <i>The Improvement Guide</i>, 2nd ed., 2009): the change idea tested,
/// the prediction made before, what was done, what was learned against the prediction, and the decision, dated.
/// </summary>
public sealed record PdsaCycle
{
    /// <summary>Records a cycle; a cycle still running has no <paramref name="learned"/>, <paramref name="decision"/> or <paramref name="ended"/> yet.</summary>
    /// <exception cref="ArgumentException"><paramref name="changeIdea"/> or <paramref name="prediction"/> is blank, or a decision is given without what was learned.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ended"/> is before <paramref name="started"/>, or the decision is undefined.</exception>
    public PdsaCycle(string changeIdea, string prediction, LocalDate started, string? done = null, string? learned = null, PdsaDecision? decision = null, LocalDate? ended = null)
    {
        Guard.Against.NullOrWhiteSpace(changeIdea);
        Guard.Against.NullOrWhiteSpace(prediction);
        Guard.Against.NotIsoCalendar(started, nameof(started));
        if (ended is { } e && e < started) throw new ArgumentOutOfRangeException(nameof(ended), e, $"The cycle cannot end before it started ({started:uuuu-MM-dd}).");
        if (decision is { } d && !Enum.IsDefined(d)) throw new ArgumentOutOfRangeException(nameof(decision), d, "Not a PDSA decision.");
        Guard.Against.Unmet(decision is null || !string.IsNullOrWhiteSpace(learned), nameof(decision), "Record what was learned (Study) before the decision (Act).");
        ChangeIdea = changeIdea.Trim();
        Prediction = prediction.Trim();
        Started = started;
        Done = string.IsNullOrWhiteSpace(done) ? null : done.Trim();
        Learned = string.IsNullOrWhiteSpace(learned) ? null : learned.Trim();
        Decision = decision;
        Ended = ended;
    }

    /// <summary>The change idea tested.</summary>
    public string ChangeIdea { get; }

    /// <summary>What the team predicted would happen (Plan).</summary>
    public string Prediction { get; }

    /// <summary>When the test started.</summary>
    public LocalDate Started { get; }

    /// <summary>What was done, as carried out (Do), or null while not yet recorded.</summary>
    public string? Done { get; }

    /// <summary>What was learned, compared with the prediction (Study), or null.</summary>
    public string? Learned { get; }

    /// <summary>Adopt, adapt or abandon (Act), or null while the cycle runs.</summary>
    public PdsaDecision? Decision { get; }

    /// <summary>When the cycle ended, or null.</summary>
    public LocalDate? Ended { get; }

    /// <summary>The phase the cycle has reached: Plan until something is done, Do until something is learned, Study until decided, then Act.</summary>
    public PdsaPhase Phase => Decision is not null ? PdsaPhase.Act : Learned is not null ? PdsaPhase.Study : Done is not null ? PdsaPhase.Do : PdsaPhase.Plan;
}

/// <summary>The four steps of a PDSA cycle.</summary>
public enum PdsaPhase
{
    /// <summary>Objective, prediction, plan for the test and for collecting data.</summary>
    Plan,

    /// <summary>Carry out the test and document what happens.</summary>
    Do,

    /// <summary>Compare the data with the prediction and summarise what was learned.</summary>
    Study,

    /// <summary>Adopt, adapt or abandon; plan the next cycle.</summary>
    Act,
}
