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

    // ---- issue 18: the facts as a sorted array, Data built on first use, the code checked by hand --------------------

    // The reason as it was built before (session 16): a sorted dictionary per reason and the regular expression, kept
    // here as the oracle the array form must equal, fact for fact and problem for problem.
    private static (string Code, string Message, ImmutableSortedDictionary<string, string> Data) OldReason(string code, string message, IEnumerable<KeyValuePair<string, string>>? data)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        if (!OldKebabCase.IsMatch(code)) throw new ArgumentException($"A reason code must be lower-case words joined by hyphens, such as \"below-cut\" (got \"{code}\").", nameof(code));
        if (string.IsNullOrWhiteSpace(message)) throw new ArgumentException("A reason message must not be empty or white space.", nameof(message));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data ?? [])
        {
            if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("A reason's data key must not be empty or white space.", nameof(data));
            if (value is null) throw new ArgumentException($"The reason's data value for \"{key}\" is null.", nameof(data));
            if (builder.ContainsKey(key)) throw new ArgumentException($"The reason's data has the key \"{key}\" twice.", nameof(data));
            builder.Add(key, value);
        }
        return (code, message.Trim(), builder.ToImmutable());
    }

    private static readonly System.Text.RegularExpressions.Regex OldKebabCase = new("^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly Gen<string> Keys = Gen.Elements("a", "b", "B", "cut", "score", "Z", "target", "é", "10", "2", "", " ", "a ", "\t");
    private static readonly Gen<string?> Values = Gen.Elements<string?>("1", "x", " spaced ", "", null);

    private static readonly Gen<List<KeyValuePair<string, string>>> FactLists =
        (from n in Gen.Choose(0, 24)
         from keys in Gen.ArrayOf(Keys, n)
         from values in Gen.ArrayOf(Values, n)
         select keys.Zip(values, (k, v) => new KeyValuePair<string, string>(k, v!)).ToList());

    [Fact]
    public void A_reason_equals_the_sorted_dictionary_form_or_refuses_what_it_refused() =>
        Prop.ForAll(FactLists.ToArbitrary(), Gen.Elements("below-cut", "b", "Below", "a--b", "x1-2").ToArbitrary(), (facts, code) =>
        {
            Exception? expected = null, actual = null;
            (string Code, string Message, ImmutableSortedDictionary<string, string> Data) old = default;
            Reason? reason = null;
            try { old = OldReason(code, " Why. ", facts); } catch (ArgumentException e) { expected = e; }
            try { reason = new Reason(code, " Why. ", facts); } catch (ArgumentException e) { actual = e; }
            if (expected is not null)
            {
                Assert.NotNull(actual);
                Assert.Equal(expected.GetType(), actual.GetType());
                Assert.Equal(expected.Message, actual.Message);
                return;
            }
            Assert.Null(actual);
            var data = old.Data!;
            Assert.Equal(old.Code, reason!.Code);
            Assert.Equal(old.Message, reason.Message);
            Assert.Equal(data.ToArray(), reason.Data.ToArray());
            Assert.Equal(data.ToArray(), reason.Facts.ToArray());
            Assert.Equal(StringComparer.Ordinal, reason.Data.KeyComparer);
            string oldText = data.IsEmpty ? $"{old.Code}: {old.Message}" : $"{old.Code}: {old.Message} ({string.Join(", ", data.Select(kv => $"{kv.Key}={kv.Value}"))})";
            Assert.Equal(oldText, reason.ToString());
        }).Check();

    [Fact]
    public void Reasons_are_equal_with_equal_hashes_exactly_when_their_sorted_data_is_equal() =>
        Prop.ForAll(FactLists.ToArbitrary(), FactLists.ToArbitrary(), (left, right) =>
        {
            static List<KeyValuePair<string, string>> Valid(List<KeyValuePair<string, string>> facts) =>
                [.. facts.Where(kv => !string.IsNullOrWhiteSpace(kv.Key) && kv.Value is not null).DistinctBy(kv => kv.Key, StringComparer.Ordinal)];
            var (l, r) = (Valid(left), Valid(right));
            var a = new Reason("below-cut", "Below.", l);
            var b = new Reason("below-cut", "Below.", r);
            bool same = OldReason("below-cut", "Below.", l).Data.SequenceEqual(OldReason("below-cut", "Below.", r).Data);
            Assert.Equal(same, a.Equals(b));
            Assert.Equal(same, a == b);
            if (same) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            // Shuffled, or added one by one, the facts make an equal reason.
            var shuffled = new Reason("below-cut", "Below.", Enumerable.Reverse(l));
            Assert.Equal(a, shuffled);
            Assert.Equal(a.GetHashCode(), shuffled.GetHashCode());
            Assert.Equal(a, l.Aggregate(new Reason("below-cut", "Below."), (x, kv) => x.With(kv.Key, kv.Value)));
            // One value changed, or one key, makes another reason.
            if (l.Count > 0)
            {
                Assert.NotEqual(a, new Reason("below-cut", "Below.", [new(l[0].Key, l[0].Value + "!"), .. l.Skip(1)]));
                Assert.NotEqual(a, new Reason("below-cut", "Below.", [new(l[0].Key + "~", l[0].Value), .. l.Skip(1)]));
            }
        }).Check();

    [Fact]
    public void The_code_check_agrees_with_the_kebab_case_pattern() =>
        Prop.ForAll(Gen.Elements('a', 'z', 'q', '0', '9', '-', 'A', '_', ' ', '\n', 'é', '\r').ArrayOf().Select(c => new string(c)).ToArbitrary(), code =>
            Assert.Equal(OldKebabCase.IsMatch(code), Reason.IsKebabCase(code))).Check();

    [Theory]
    [InlineData("below-cut\n", true)] // the pattern's $ allows one final line feed: the refusal is unchanged
    [InlineData("below-cut\n\n", false)]
    [InlineData("a--b", false)]
    [InlineData("\n", false)]
    [InlineData("a1-b2-c3", true)]
    public void The_code_check_keeps_the_patterns_edges(string code, bool kebab) => Assert.Equal(kebab, Reason.IsKebabCase(code));

    [Fact]
    public void Data_is_built_once_and_a_copy_from_a_with_expression_keeps_equal_facts()
    {
        var reason = new Reason("below-cut", "Below.", [new("target", "6.RP.A.3"), new("cut", "3")]);
        Assert.Same(reason.Data, reason.Data);
        Assert.Equal(["cut", "target"], reason.Facts.Select(kv => kv.Key));
        var facts = new List<KeyValuePair<string, string>> { new("cut", "3") };
        var fromList = new Reason("below-cut", "Below.", facts);
        facts[0] = new("cut", "4"); // the caller's list changing later does not change the reason
        Assert.Equal("3", fromList.Data["cut"]);
    }
}
