using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>The shapes of the Core contracts, and one test per way a value can be refused.</summary>
public class CoreContractTests
{
    private static readonly Evidence ThreeAndAHalf = new(new StudentId("S-1"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 14), 3.5);

    private static JsonException Refused<T>(string json) => Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<T>(json));

    private static void AssertMessageHas(Exception e, params string[] parts)
    {
        foreach (string part in parts) Assert.Contains(part, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_is_written_in_its_documented_shape_without_nulls() =>
        Assert.Equal("""{"studentId":"S-1","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5,"sequence":0,"kind":"summative"}""",
            MathPlcJson.Serialize(ThreeAndAHalf));

    [Fact]
    public void Evidence_with_a_weight_and_source_writes_them() =>
        Assert.Equal("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":2,"sequence":1,"kind":"formative","weight":0.5,"source":"Unit 3 CFA, item 7"}""",
            MathPlcJson.Serialize(new Evidence(new StudentId("S-1"), new TargetId("T"), new LocalDate(2026, 9, 14), 2, 1, EvidenceKind.Formative, 0.5, "Unit 3 CFA, item 7")));

    [Fact]
    public void Evidence_needs_only_its_four_required_properties() =>
        Assert.Equal(ThreeAndAHalf, MathPlcJson.Deserialize<Evidence>("""{"studentId":"S-1","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5,"weight":null,"source":null}"""));

    [Fact]
    public void Evidence_missing_properties_names_them()
    {
        var e = Refused<Evidence>("""{"studentId":"S-1","targetId":"6.RP.A.3"}""");
        AssertMessageHas(e, "$: ", "\"assessedOn\"", "\"score\"");
    }

    [Fact]
    public void A_blank_student_id_names_its_path()
    {
        var e = Refused<Evidence>("""{"studentId":"  ","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5}""");
        AssertMessageHas(e, "$.studentId", "\"  \" is not a StudentId", "must not be empty");
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void A_negative_weight_breaks_the_evidence_invariant_at_weight()
    {
        var e = Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3,"weight":-1}""");
        AssertMessageHas(e, "$.weight: ", "-1");
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
    }

    [Fact]
    public void A_negative_sequence_breaks_the_evidence_invariant_at_sequence()
    {
        var e = Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3,"sequence":-2}""");
        AssertMessageHas(e, "$.sequence: ", "-2");
    }

    [Fact]
    public void A_score_written_as_text_is_the_wrong_type() =>
        AssertMessageHas(Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":"3,5"}"""),
            "$.score: expected a number, found a string (\"3,5\")");

    [Fact]
    public void A_score_too_large_for_a_double_is_refused() =>
        AssertMessageHas(Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":1e400}"""), "$.score: 1e400");

    [Fact]
    public void An_unknown_kind_lists_the_kinds() =>
        AssertMessageHas(Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3,"kind":"exam"}"""),
            "$.kind: \"exam\"", "\"summative\", \"formative\", \"behaviour\"");

    [Fact]
    public void A_kind_given_as_a_number_is_refused() =>
        AssertMessageHas(Refused<Evidence>("""{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3,"kind":1}"""),
            "$.kind: expected a string, found a number (1)");

    [Fact]
    public void An_error_in_a_list_names_the_element()
    {
        var e = Refused<ImmutableArray<Evidence>>("""
            [{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3},
             {"studentId":"S-2","targetId":"T","assessedOn":"2026-09-31","score":2}]
            """);
        AssertMessageHas(e, "$[1].assessedOn: \"2026-09-31\"");
        Assert.Equal("$[1].assessedOn", e.Path);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void Null_is_not_a_value()
    {
        var e = Refused<Evidence>("null");
        AssertMessageHas(e, "$: expected an object, found null."); // the words of every file that holds only null (decision 0140)
        Assert.Equal("wrong-type", JsonFailure.DetailsOf(e).Code);
    }

    [Fact]
    public void A_reason_is_written_with_its_data_sorted() =>
        Assert.Equal("""{"code":"below-cut","message":"Below the cut.","data":{"cut":"3","score":"2.5"}}""",
            MathPlcJson.Serialize(new Reason("below-cut", "Below the cut.").With("score", 2.5).With("cut", 3)));

    [Fact]
    public void A_reason_code_that_is_not_kebab_case_names_code()
    {
        var e = Refused<Reason>("""{"code":"Below Cut","message":"m"}""");
        AssertMessageHas(e, "$.code: ", "lower-case words joined by hyphens", "\"Below Cut\"");
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void A_null_data_value_names_its_key() =>
        AssertMessageHas(Refused<Reason>("""{"code":"c","message":"m","data":{"cut":null}}"""), "$.data.cut: expected a string, found null");

    [Fact]
    public void A_data_key_given_twice_names_data() => // issue 14: every JSON reader refuses a repeated property, with its path
        AssertMessageHas(Refused<Reason>("""{"code":"c","message":"m","data":{"cut":"1","cut":"2"}}"""), "$.data.cut: ", "\"cut\" is given twice");

    [Fact]
    public void A_data_key_that_is_not_a_word_is_quoted_in_the_path() =>
        AssertMessageHas(Refused<Reason>("""{"code":"c","message":"m","data":{"cut point":3}}"""), "$.data['cut point']: expected a string");

    [Fact]
    public void A_scale_is_written_in_its_documented_shape() =>
        Assert.Equal("""{"name":"Four-level 1\u20134","minimum":1,"maximum":4,"step":1,"levels":[{"label":"Beginning","cut":1},{"label":"Developing","cut":2},{"label":"Proficient","cut":3},{"label":"Extending","cut":4}],"proficientLevel":"Proficient"}""",
            MathPlcJson.Serialize(ProficiencyScale.FourLevel));

    [Fact]
    public void A_scale_without_a_step_leaves_it_out() =>
        Assert.DoesNotContain("step", MathPlcJson.Serialize(ProficiencyScale.Percent), StringComparison.Ordinal);

    [Fact]
    public void A_step_that_does_not_divide_the_range_names_step()
    {
        var e = Refused<ProficiencyScale>("""{"name":"S","minimum":0,"maximum":4,"step":0.75,"levels":[{"label":"A","cut":0}],"proficientLevel":"A"}""");
        AssertMessageHas(e, "$.step: ", "0.75", "whole number of times");
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
    }

    [Fact]
    public void An_unknown_proficient_level_names_proficientLevel() =>
        AssertMessageHas(Refused<ProficiencyScale>("""{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A","cut":0},{"label":"B","cut":3}],"proficientLevel":"Proficient"}"""),
            "$.proficientLevel: ", "\"Proficient\" is not one of the scale's levels (A, B)");

    [Fact]
    public void Levels_with_the_same_cut_name_levels() =>
        AssertMessageHas(Refused<ProficiencyScale>("""{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A","cut":0},{"label":"B","cut":2},{"label":"C","cut":2}],"proficientLevel":"A"}"""),
            "$.levels: ", "\"B\" and \"C\" have the same cut 2");

    [Fact]
    public void A_level_without_a_cut_names_the_level() =>
        AssertMessageHas(Refused<ProficiencyScale>("""{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A","cut":0},{"label":"B"}],"proficientLevel":"A"}"""),
            "$.levels[1]: the required property \"cut\" is missing.");

    [Fact]
    public void A_maximum_below_the_minimum_names_maximum() =>
        AssertMessageHas(Refused<ProficiencyScale>("""{"name":"S","minimum":4,"maximum":0,"levels":[{"label":"A","cut":4}],"proficientLevel":"A"}"""), "$.maximum: ");

    [Fact]
    public void A_blank_level_label_names_label() =>
        AssertMessageHas(Refused<ProficiencyLevel>("""{"label":" ","cut":0}"""), "$.label: ");

    [Fact]
    public void A_grading_period_that_ends_before_it_starts_names_end() =>
        AssertMessageHas(Refused<GradingPeriod>("""{"name":"Q1","start":"2026-10-23","end":"2026-08-24"}"""),
            "$.end: ", "\"Q1\" ends on 2026-08-24, before it starts on 2026-10-23");

    [Fact]
    public void A_non_instructional_period_with_both_date_and_range_is_refused() =>
        AssertMessageHas(Refused<NonInstructionalPeriod>("""{"name":"X","date":"2026-10-23","start":"2026-10-23","end":"2026-10-24"}"""), "$: ", "not both");

    [Fact]
    public void A_calendar_names_the_path_of_a_range_outside_the_year()
    {
        var e = Refused<SchoolCalendar>(
            """{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructional":[{"name":"Summer","start":"2027-06-01","end":"2027-06-30"}]}""");
        AssertMessageHas(e, "$.nonInstructional[0]: ", "\"Summer\" (2027-06-01 to 2027-06-30) is outside the school year");
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void The_facade_is_the_packages_tables_joined()
    {
        Assert.Equal(CoreJson.Formats.Types.Count + MathPlc.Grading.Json.GradingJson.Formats.Types.Count + 4, MathPlcJson.Formats.Types.Count);
        Assert.Contains(typeof(SchoolCalendar), MathPlcJson.Formats.Types);
        Assert.Contains(typeof(MathPlc.Grading.GradingPolicy), MathPlcJson.Formats.Types);
        Assert.Contains(typeof(MathPlc.Assessments.AssessmentBlueprint), MathPlcJson.Formats.Types);
    }

    [Fact]
    public void A_type_outside_the_table_is_not_supported() =>
        Assert.Throws<NotSupportedException>(() => MathPlcJson.Serialize(new Uri("https://example.org")));
}
