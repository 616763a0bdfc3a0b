using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>Leadership commitments: progress across self-assessments and the gaps they show.</summary>
public class CommitmentTests
{
    private static readonly Commitment Feedback = new("feedback-on-stages", "Give every team ongoing feedback on its stage of collaboration",
        new Dictionary<LeadershipLevel, string>
        {
            [LeadershipLevel.District] = "Publish the seven-stage tool and collect site views each semester",
            [LeadershipLevel.Site] = "Diagnose each team's stage twice a year and meet with each team",
        });

    private static readonly Commitment Time = new("collaboration-time", "Protect collaborative time in the schedule",
        new Dictionary<LeadershipLevel, string>
        {
            [LeadershipLevel.District] = "Approve a weekly late start",
            [LeadershipLevel.Site] = "Keep late starts free of other meetings",
            [LeadershipLevel.Team] = "Use the time on the four critical questions",
        });

    private static readonly CommitmentSelfAssessment Fall = new(new LocalDate(2026, 10, 1),
    [
        new("feedback-on-stages", LeadershipLevel.District, CommitmentStatus.NotStarted, nextSteps: ["Adopt the tool"]),
        new("collaboration-time", LeadershipLevel.District, CommitmentStatus.Developing, ["Late start approved"], ["Extend to all schools"], ["Board minutes"]),
        new("collaboration-time", LeadershipLevel.Site, CommitmentStatus.Emerging, ["Two of four late starts protected"], ["Protect every late start"], ["Calendar"]),
        new("collaboration-time", LeadershipLevel.Team, CommitmentStatus.Emerging, ["Agendas on Q1 and Q2"], ["Add Q3"], ["Agendas"]),
    ]);

    private static readonly CommitmentSelfAssessment Spring = new(new LocalDate(2027, 3, 1),
    [
        new("feedback-on-stages", LeadershipLevel.District, CommitmentStatus.Emerging, ["Tool adopted"], [], ["Memo"]),
        new("collaboration-time", LeadershipLevel.District, CommitmentStatus.Sustaining, ["All schools"], [], ["Board minutes"]),
        new("collaboration-time", LeadershipLevel.Site, CommitmentStatus.Developing, ["Every late start protected"], ["Share the schedule"]),
        new("collaboration-time", LeadershipLevel.Team, CommitmentStatus.Developing, ["Agendas on Q1–Q3"], ["Add Q4"], ["Agendas"]),
    ]);

    [Fact]
    public void Progress_follows_each_level_across_occasions()
    {
        var progress = LeadershipCommitments.Progress([Feedback, Time], [Spring, Fall]);
        Assert.Equal(5, progress.Length); // 3 levels of collaboration-time, 2 of feedback-on-stages
        var site = progress.Single(p => p.CommitmentId == "collaboration-time" && p.Level == LeadershipLevel.Site);
        Assert.Equal([CommitmentStatus.Emerging, CommitmentStatus.Developing], site.Statuses.Select(s => s.Status).ToArray());
        Assert.Equal(1, site.Change);
        Assert.Empty(progress.Single(p => p.CommitmentId == "feedback-on-stages" && p.Level == LeadershipLevel.Site).Statuses);
    }

    [Fact]
    public void Gaps_show_missing_owners_next_steps_assessments_and_evidence()
    {
        var gaps = LeadershipCommitments.Gaps([Feedback, Time], [Fall, Spring]);
        Assert.Equal(
        [
            (CommitmentGapKind.NoEvidence, "collaboration-time", LeadershipLevel.Site),
            (CommitmentGapKind.NoNextStep, "feedback-on-stages", LeadershipLevel.District),
            (CommitmentGapKind.NotAssessed, "feedback-on-stages", LeadershipLevel.Site),
            (CommitmentGapKind.NoOwner, "feedback-on-stages", LeadershipLevel.Team),
        ], gaps.Select(g => (g.Kind, g.CommitmentId, g.Level)).ToArray());
    }

    [Fact]
    public void A_blank_role_is_refused() =>
        Assert.Throws<ArgumentException>("roles", () => new Commitment("x", "y", new Dictionary<LeadershipLevel, string> { [LeadershipLevel.Site] = " " }));

    [Fact]
    public void A_level_assessed_twice_on_one_occasion_is_refused() =>
        Assert.Throws<ArgumentException>("entries", () => new CommitmentSelfAssessment(new LocalDate(2026, 10, 1),
            [new("x", LeadershipLevel.Site, CommitmentStatus.Emerging), new("x", LeadershipLevel.Site, CommitmentStatus.Developing)]));

    [Fact]
    public void An_undefined_status_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("status", () => new CommitmentEntry("x", LeadershipLevel.Site, (CommitmentStatus)9));
}

/// <summary>
/// Self-rated change with a calibration caution (issue 16; WestEd 2019, <i>Math in Common</i>: districts' self-ratings were
/// uncalibrated): every move is read with care, a drop as possibly a stricter reading, a rise without new evidence as unconfirmed.
/// </summary>
public class CommitmentChangeTests
{
    private static readonly NodaTime.LocalDate Fall = new(2026, 9, 30);
    private static readonly NodaTime.LocalDate Winter = new(2027, 1, 29);

    private static CommitmentSelfAssessment On(NodaTime.LocalDate date, CommitmentStatus status, params string[] evidence) =>
        new(date, [new CommitmentEntry("team-actions", LeadershipLevel.Team, status, evidence: evidence)]);

    [Fact]
    public void A_self_rated_drop_carries_a_caution()
    {
        var change = Assert.Single(CommitmentChange.Between([On(Winter, CommitmentStatus.Emerging, "notes"), On(Fall, CommitmentStatus.Developing, "notes")]));
        Assert.Equal(-1, change.Steps);
        Assert.Equal("self-rated-drop", change.Caution!.Code);
    }

    [Fact]
    public void A_rise_without_new_evidence_is_unconfirmed_and_with_evidence_is_to_be_checked()
    {
        Assert.Equal("self-rated-rise-without-evidence", CommitmentChange.Between([On(Fall, CommitmentStatus.Emerging, "notes"), On(Winter, CommitmentStatus.Developing, "Notes")]).Single().Caution!.Code);
        var withEvidence = CommitmentChange.Between([On(Fall, CommitmentStatus.Emerging, "notes"), On(Winter, CommitmentStatus.Developing, "notes", "minutes")]).Single();
        Assert.Equal(("self-rated-rise", 1), (withEvidence.Caution!.Code, withEvidence.EvidenceAdded));
    }

    [Fact]
    public void No_move_and_a_single_occasion_carry_no_caution()
    {
        Assert.Null(CommitmentChange.Between([On(Fall, CommitmentStatus.Emerging), On(Winter, CommitmentStatus.Emerging)]).Single().Caution);
        var once = CommitmentChange.Between([On(Fall, CommitmentStatus.Emerging)]).Single();
        Assert.Null(once.From);
        Assert.Equal(0, once.Steps);
    }

    [Fact]
    public void Null_assessments_are_refused() => Assert.Throws<ArgumentNullException>("assessments", () => CommitmentChange.Between(null!));
}
