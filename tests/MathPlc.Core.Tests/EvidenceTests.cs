using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests;

public class EvidenceTests
{
    private static readonly StudentId Ana = new("S-01");
    private static readonly TargetId Ratios = new("6.RP.A.3");
    private static readonly LocalDate Day = new(2026, 9, 14);

    [Fact]
    public void Defaults_are_summative_unweighted_first_of_the_day()
    {
        var e = new Evidence(Ana, Ratios, Day, 3.5);
        Assert.Equal((EvidenceKind.Summative, 0, (double?)null, (string?)null), (e.Kind, e.Sequence, e.Weight, e.Source));
    }

    [Fact]
    public void A_source_is_trimmed() => Assert.Equal("Unit 3 CFA", new Evidence(Ana, Ratios, Day, 3, source: " Unit 3 CFA ").Source);

    [Fact]
    public void Evidence_with_the_same_content_is_equal() =>
        Assert.Equal(new Evidence(Ana, Ratios, Day, 3, 1, EvidenceKind.Formative, 2, "quiz"), new Evidence(new(" S-01"), new("6.RP.A.3 "), Day, 3, 1, EvidenceKind.Formative, 2, "quiz"));

    [Fact]
    public void School_order_is_by_date_then_sequence_and_stable_for_ties()
    {
        var first = new Evidence(Ana, Ratios, Day, 1, sequence: 0);
        var tieA = new Evidence(Ana, Ratios, Day, 2, sequence: 1);
        var tieB = new Evidence(Ana, Ratios, Day, 3, sequence: 1);
        var earlier = new Evidence(Ana, Ratios, Day.PlusDays(-1), 4, sequence: 9);
        Assert.Equal(new[] { earlier, first, tieB, tieA }, new[] { tieB, first, tieA, earlier }.OrderBy(e => e, Evidence.SchoolOrder));
    }

    [Fact]
    public void School_order_never_puts_a_later_date_first() =>
        Prop.ForAll(Gen.Choose(0, 30).Two().ToArbitrary(), Gen.Choose(0, 3).Two().ToArbitrary(), (days, seqs) =>
        {
            var a = new Evidence(Ana, Ratios, Day.PlusDays(days.Item1), 1, seqs.Item1);
            var b = new Evidence(Ana, Ratios, Day.PlusDays(days.Item2), 1, seqs.Item2);
            int order = Evidence.SchoolOrder.Compare(a, b);
            return Math.Sign(order) == (days.Item1 != days.Item2 ? Math.Sign(days.Item1 - days.Item2) : Math.Sign(seqs.Item1 - seqs.Item2))
                && Math.Sign(order) == -Math.Sign(Evidence.SchoolOrder.Compare(b, a));
        }).Check();

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_score_that_is_not_a_number_is_refused(double score)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("score", () => new Evidence(Ana, Ratios, Day, score));
        Assert.Contains("finite", e.Message);
    }

    [Fact]
    public void A_negative_sequence_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("sequence", () => new Evidence(Ana, Ratios, Day, 3, sequence: -1));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_weight_is_refused(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new Evidence(Ana, Ratios, Day, 3, weight: weight));

    [Fact]
    public void Guard_messages_use_the_invariant_culture_whatever_the_machine()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new("de-DE");
            var e = Assert.Throws<ArgumentOutOfRangeException>("weight", () => new Evidence(Ana, Ratios, Day, 3, weight: -0.5));
            // Our sentence (the first line) is invariant; the BCL's own "Actual value was …" line below it follows the
            // machine's culture, and ActualValue keeps the number itself for programs.
            string sentence = e.Message.Split('\n')[0];
            Assert.Contains("-0.5", sentence);
            Assert.DoesNotContain("-0,5", sentence);
            Assert.Equal(-0.5, e.ActualValue);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void An_undefined_kind_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("kind", () => new Evidence(Ana, Ratios, Day, 3, kind: (EvidenceKind)7));

    [Fact]
    public void A_blank_source_is_refused() => Assert.Throws<ArgumentException>("source", () => new Evidence(Ana, Ratios, Day, 3, source: "  "));

    [Fact]
    public void A_default_student_id_is_refused() => Assert.Throws<ArgumentException>("studentId", () => new Evidence(default, Ratios, Day, 3));

    [Fact]
    public void A_default_target_id_is_refused() => Assert.Throws<ArgumentException>("targetId", () => new Evidence(Ana, default, Day, 3));

    [Fact]
    public void A_date_in_another_calendar_system_is_refused() =>
        Assert.Throws<ArgumentException>("assessedOn", () => new Evidence(Ana, Ratios, new LocalDate(2026, 9, 1, CalendarSystem.Julian), 3));
}
