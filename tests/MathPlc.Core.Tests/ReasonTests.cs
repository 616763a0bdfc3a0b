using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests;

public class ReasonTests
{
    [Fact]
    public void Data_is_kept_sorted_so_equal_content_is_equal()
    {
        var a = new Reason("below-cut", "Below the proficiency cut on 6.RP.A.3.", [new("target", "6.RP.A.3"), new("cut", "3")]);
        var b = new Reason("below-cut", "Below the proficiency cut on 6.RP.A.3.").With("cut", 3).With("target", "6.RP.A.3");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(["cut", "target"], a.Data.Keys);
    }

    [Fact]
    public void Numbers_in_data_use_the_invariant_culture_at_round_trip_precision()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new("de-DE");
            Assert.Equal("0.3333333333333333", new Reason("scored", "Scored.").With("score", 1.0 / 3).Data["score"]);
            Assert.Equal("0.1", new Reason("scored", "Scored.").With("score", 0.1).Data["score"]);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void It_prints_as_code_message_and_data() =>
        Assert.Equal("no-evidence: No summative evidence yet. (target=6.RP.A.3)", new Reason("no-evidence", "No summative evidence yet.").With("target", "6.RP.A.3").ToString());

    [Theory]
    [InlineData("Below-cut")]
    [InlineData("below_cut")]
    [InlineData("below cut")]
    [InlineData("-below")]
    [InlineData("below-")]
    [InlineData("")]
    public void A_code_that_is_not_kebab_case_is_refused(string code)
    {
        var e = Assert.Throws<ArgumentException>("code", () => new Reason(code, "Message."));
        Assert.Contains(code, e.Message);
    }

    [Fact]
    public void A_blank_message_is_refused() => Assert.Throws<ArgumentException>("message", () => new Reason("below-cut", " "));

    [Fact]
    public void A_null_code_is_refused() => Assert.Throws<ArgumentNullException>("code", () => new Reason(null!, "Message."));

    [Fact]
    public void A_repeated_data_key_is_refused() =>
        Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.").With("cut", 3).With("cut", 2.5));

    [Fact]
    public void A_blank_data_key_is_refused() => Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.").With(" ", "x"));

    [Fact]
    public void A_null_data_value_is_refused() => Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.", [new("cut", null!)]));

    [Fact]
    public void Adding_facts_one_by_one_equals_giving_them_all_at_once() =>
        Prop.ForAll((from keys in Gen.Elements("a", "b", "cut", "score", "Z", "target", "é", "10", "2").ListOf()
                     from picks in Gen.Choose(0, 3).ListOf()
                     select (Keys: keys.Distinct(StringComparer.Ordinal).ToList(), Picks: picks.ToList())).ToArbitrary(), t =>
        {
            string[] pool = ["1", "x", " spaced ", ""];
            var (keys, picks) = t;
            var values = keys.Select((_, i) => picks.Count == 0 ? "1" : pool[picks[i % picks.Count]]).ToList();
            var data = keys.Select((k, i) => new KeyValuePair<string, string>(k, values[i])).ToList();
            var once = new Reason("below-cut", " Below. ", data);
            var stepwise = data.Aggregate(new Reason("below-cut", " Below. "), (r, kv) => r.With(kv.Key, kv.Value));
            Assert.Equal(once, stepwise);
            Assert.Equal(once.Data.Keys, stepwise.Data.Keys);
            Assert.Equal(once.ToString(), stepwise.ToString());
        }).Check();

    [Fact]
    public void A_repeated_key_or_null_value_added_with_With_is_refused()
    {
        Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.").With("cut", "3").With("cut", "4"));
        Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.").With("cut", (string)null!));
        Assert.Throws<ArgumentException>("data", () => new Reason("below-cut", "Below.").With(null!, "x"));
    }
}
