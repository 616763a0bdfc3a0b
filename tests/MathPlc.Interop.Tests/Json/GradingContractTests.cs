using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// The JSON contracts of the Grading models: each round-trips (FsCheck), has its documented shape, refuses
/// unknown properties, and reports a broken invariant at its path.
/// </summary>
public class GradingContractTests
{
    private static readonly Evidence Two = new(new StudentId("S-1"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 1), 2);
    private static readonly Evidence Three = new(new StudentId("S-1"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 8), 3);
    private static readonly Evidence Practice = new(new StudentId("S-1"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 3), 4, kind: EvidenceKind.Formative);
    private static readonly Reason FormativeReason = new("formative-not-graded", "Formative evidence guides instruction.");

    private static void RoundTrips<T>(Gen<T> values, Func<T, T, bool>? equal = null) =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = MathPlcJson.Serialize(value);
            var back = MathPlcJson.Deserialize<T>(json);
            Assert.True((equal ?? EqualityComparer<T>.Default.Equals)(value, back), $"{value} read back from {json} as {back}");
            Assert.Equal(json, MathPlcJson.Serialize(back)); // writing is stable
        }).Check();

    private static string Quoted(string json) => json.Replace('\'', '"');

    private static JsonException Refused<T>(string json) => Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<T>(json));

    // The theories name the type as data; MathPlcJson reads by type parameter.
    private static JsonException RefusedAs(Type type, string json) => type.Name switch
    {
        nameof(LetterGradeTable) => Refused<LetterGradeTable>(json),
        nameof(HundredPointTable) => Refused<HundredPointTable>(json),
        nameof(HundredPointBand) => Refused<HundredPointBand>(json),
        nameof(LetterGrade) => Refused<LetterGrade>(json),
        nameof(LetterBand) => Refused<LetterBand>(json),
        nameof(TargetCondition) => Refused<TargetCondition>(json),
        nameof(ConjunctiveRuleSet) => Refused<ConjunctiveRuleSet>(json),
        nameof(ReportCardRule) => Refused<ReportCardRule>(json),
        nameof(ReportCardMark) => Refused<ReportCardMark>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a type of these theories"),
    };

    [Fact] public void Results_round_trip() => RoundTrips(GradingGenerators.Result);
    [Fact] public void Lists_of_results_round_trip() => RoundTrips(GradingGenerators.Result.ArrayOf().Select(ImmutableArray.Create), (a, b) => a.SequenceEqual(b));
    [Fact] public void Weighted_evidence_round_trips() => RoundTrips(GradingGenerators.Weighted);
    [Fact] public void Excluded_evidence_round_trips() => RoundTrips(GradingGenerators.Excluded);
    [Fact] public void Rounding_rules_round_trip() => RoundTrips(GradingGenerators.Rounding);
    [Fact] public void Method_settings_round_trip() => RoundTrips(GradingGenerators.Settings);

    [Fact]
    public void Method_settings_refuse_an_unknown_property_with_a_hint()
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<MethodSettings>("""{"decay":0.75,"modeTie":"highest"}"""));
        Assert.Contains("$.modeTie", e.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"modeTies\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_settings_read_into_the_method_they_name() =>
        Assert.Equal(new DecayingAverage(0.75),
            CalculationMethods.Create("decaying-average", MathPlcJson.Deserialize<MethodSettings>("""{"decay":0.75}""")));
    [Fact] public void Presets_round_trip() => RoundTrips(GradingGenerators.Preset);
    [Fact] public void Methods_round_trip() => RoundTrips(GradingGenerators.Method);
    [Fact] public void Teacher_overrides_round_trip() => RoundTrips(GradingGenerators.Override);
    [Fact] public void Recency_windows_round_trip() => RoundTrips(GradingGenerators.Recency);
    [Fact] public void Reassessment_rules_round_trip() => RoundTrips(GradingGenerators.Reassessment);
    [Fact] public void Policies_round_trip() => RoundTrips(GradingGenerators.Policy);
    [Fact] public void Options_round_trip() => RoundTrips(GradingGenerators.Options);
    [Fact] public void Letter_bands_round_trip() => RoundTrips(GradingGenerators.LetterBand);
    [Fact] public void Letter_grade_tables_round_trip() => RoundTrips(GradingGenerators.LetterTable);
    [Fact] public void Letter_grades_round_trip() => RoundTrips(GradingGenerators.LetterGrade);
    [Fact] public void Hundred_point_bands_round_trip() => RoundTrips(GradingGenerators.HundredPointBand);
    [Fact] public void Hundred_point_tables_round_trip() => RoundTrips(GradingGenerators.HundredPointTable);
    [Fact] public void Hundred_point_scores_round_trip() => RoundTrips(GradingGenerators.HundredPointScore);
    [Fact] public void The_published_tables_round_trip()
    {
        Assert.Equal(LetterGradeTable.Marzano2010, MathPlcJson.Deserialize<LetterGradeTable>(MathPlcJson.Serialize(LetterGradeTable.Marzano2010)));
        Assert.Equal(HundredPointTable.MarzanoHrs, MathPlcJson.Deserialize<HundredPointTable>(MathPlcJson.Serialize(HundredPointTable.MarzanoHrs)));
        Assert.Equal(HundredPointTable.MarzanoPointChart, MathPlcJson.Deserialize<HundredPointTable>(MathPlcJson.Serialize(HundredPointTable.MarzanoPointChart)));
        Assert.StartsWith(Quoted("{'name':'marzano-2010','bands':[{'letter':'F','low':0,'high':1},"), MathPlcJson.Serialize(LetterGradeTable.Marzano2010), StringComparison.Ordinal);
        Assert.StartsWith(Quoted("{'name':'marzano-hrs','bands':[{'low':0,'high':1,'pointsLow':50,'pointsHigh':59},"), MathPlcJson.Serialize(HundredPointTable.MarzanoHrs), StringComparison.Ordinal);
        var grade = LetterGradeTable.Marzano2010.Convert(2.75);
        Assert.Equal(grade, MathPlcJson.Deserialize<LetterGrade>(MathPlcJson.Serialize(grade)));
        var points = HundredPointTable.MarzanoHrs.Convert(3.5);
        Assert.Equal(points, MathPlcJson.Deserialize<HundredPointScore>(MathPlcJson.Serialize(points)));
    }

    [Theory]
    [InlineData(typeof(LetterGradeTable), "{'name':'t','source':'s','bands':[{'letter':'A','low':3,'high':4},{'letter':'B','low':2,'high':2.5}]}", "invalid-table", "$.bands", null)] // a gap
    [InlineData(typeof(LetterGradeTable), "{'name':'t','source':'s','bands':[{'letter':'A','low':3,'high':4},{'letter':'a','low':2,'high':3}]}", "invalid-table", "$.bands", null)] // one letter twice
    [InlineData(typeof(LetterGradeTable), "{'name':' ','source':'s','bands':[{'letter':'A','low':3,'high':4}]}", "invalid-table", "$.name", null)]
    [InlineData(typeof(LetterGradeTable), "{'name':'t','source':'s','bands':[{'letter':'A','low':3,'high':4},{'letter':'B','low':2,'high':1}]}", "invalid-band", "$.bands[1].high", "1")]
    [InlineData(typeof(HundredPointTable), "{'name':'t','source':'s','bands':[{'low':0,'high':4,'pointsLow':90,'pointsHigh':80}]}", "invalid-band", "$.bands[0].pointsHigh", "80")]
    [InlineData(typeof(HundredPointTable), "{'name':'t','source':'s','bands':[]}", "invalid-table", "$.bands", null)]
    [InlineData(typeof(HundredPointBand), "{'low':0,'high':4,'pointsLow':-1,'pointsHigh':80}", "invalid-band", "$.pointsLow", "-1")]
    [InlineData(typeof(LetterGrade), "{'letter':'B','reasons':[]}", "invalid-letter-grade", "$.reasons", null)]
    [InlineData(typeof(LetterBand), "{'letter':'','low':0,'high':1}", "invalid-band", "$.letter", null)]
    public void A_conversion_that_breaks_an_invariant_is_refused_at_its_path(Type type, string json, string code, string path, string? value)
    {
        var e = RefusedAs(type, Quoted(json));
        Assert.Equal((code, path, value), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
    }

    [Fact] public void Target_conditions_round_trip() => RoundTrips(GradingGenerators.Condition);
    [Fact] public void Conjunctive_rules_round_trip() => RoundTrips(GradingGenerators.ConjunctiveRule);
    [Fact] public void Conjunctive_rule_sets_round_trip() => RoundTrips(GradingGenerators.RuleSet);
    [Fact] public void Report_card_rules_round_trip() => RoundTrips(GradingGenerators.ReportCardRule);
    [Fact] public void Report_card_marks_round_trip() => RoundTrips(GradingGenerators.Mark);
    [Fact]
    public void Each_kind_has_its_family_contract_on_its_own()
    {
        Assert.Equal(MathPlcJson.Serialize<TargetCondition>(new CountBelow(3, 1, 1)), MathPlcJson.Serialize(new CountBelow(3, 1, 1)));
        Assert.Equal(new ShareAtOrAbove(3, 0.9), MathPlcJson.Deserialize<ShareAtOrAbove>(Quoted("{'kind':'shareAtOrAbove','score':3,'share':0.9}")));
        Assert.Equal(new CountAtOrAbove(2, 1), MathPlcJson.Deserialize<CountAtOrAbove>(Quoted("{'kind':'countAtOrAbove','score':2,'atLeast':1}")));
        Assert.Equal(new MeanAtLeast(2.5), MathPlcJson.Deserialize<MeanAtLeast>(MathPlcJson.Serialize(new MeanAtLeast(2.5))));
        Assert.Equal(new LowestTarget(LetterGradeTable.Marzano2010), MathPlcJson.Deserialize<LowestTarget>(MathPlcJson.Serialize(new LowestTarget(LetterGradeTable.Marzano2010))));
        Assert.Equal(new MeanOfTargets(), MathPlcJson.Deserialize<MeanOfTargets>(Quoted("{'kind':'meanOfTargets'}")));
        Assert.Equal(new ConjunctiveRules(ConjunctiveRuleSet.Ebr), MathPlcJson.Deserialize<ConjunctiveRules>(MathPlcJson.Serialize(new ConjunctiveRules(ConjunctiveRuleSet.Ebr))));
        var e = Refused<MeanAtLeast>(Quoted("{'kind':'shareAtOrAbove','score':3,'share':0.9}"));
        Assert.Equal(("invalid-condition", "$.kind"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
        Assert.Equal("$.kind", JsonFailure.DetailsOf(Refused<LowestTarget>(Quoted("{'kind':'meanOfTargets'}"))).Path);
    }

    [Fact] public void The_published_rule_sets_round_trip() =>
        Assert.Equal(ConjunctiveRuleSet.Presets.AsEnumerable(), MathPlcJson.Deserialize<ImmutableArray<ConjunctiveRuleSet>>(MathPlcJson.Serialize(ConjunctiveRuleSet.Presets)).AsEnumerable());

    [Fact]
    public void Conditions_and_report_card_rules_are_tagged_by_kind()
    {
        Assert.Equal(Quoted("{'kind':'shareAtOrAbove','score':3,'share':0.9}"), MathPlcJson.Serialize<TargetCondition>(new ShareAtOrAbove(3, 0.9)));
        Assert.Equal(Quoted("{'kind':'countBelow','score':3,'atLeast':1,'atMost':1}"), MathPlcJson.Serialize<TargetCondition>(new CountBelow(3, 1, 1)));
        Assert.Equal(Quoted("{'kind':'countBelow','score':2,'atLeast':1}"), MathPlcJson.Serialize<TargetCondition>(new CountBelow(2, 1)));
        Assert.Equal(Quoted("{'kind':'countAtOrAbove','score':2,'atLeast':1}"), MathPlcJson.Serialize<TargetCondition>(new CountAtOrAbove(2, 1)));
        Assert.Equal(Quoted("{'kind':'meanAtLeast','minimum':2.5}"), MathPlcJson.Serialize<TargetCondition>(new MeanAtLeast(2.5)));
        Assert.Equal(new CountBelow(2), MathPlcJson.Deserialize<TargetCondition>(Quoted("{'kind':'countBelow','score':2}")));
        Assert.Equal(Quoted("{'kind':'lowestTarget'}"), MathPlcJson.Serialize<ReportCardRule>(new LowestTarget()));
        Assert.StartsWith(Quoted("{'kind':'conjunctiveRules','ruleSet':{'name':'ebr','rules':[{'letter':'A','conditions':[{'kind':'shareAtOrAbove','score':3,'share':1}]},"),
            MathPlcJson.Serialize<ReportCardRule>(new ConjunctiveRules(ConjunctiveRuleSet.Ebr)), StringComparison.Ordinal);
        Assert.Equal(new MeanOfTargets(LetterGradeTable.Marzano2010, ScoreRounding.Canvas),
            MathPlcJson.Deserialize<ReportCardRule>(MathPlcJson.Serialize<ReportCardRule>(new MeanOfTargets(LetterGradeTable.Marzano2010, ScoreRounding.Canvas))));
    }

    [Theory]
    [InlineData(typeof(TargetCondition), "{'kind':'shareAtOrAbove','score':3,'share':1.5}", "invalid-condition", "$.share", "1.5")]
    [InlineData(typeof(TargetCondition), "{'kind':'countBelow','score':3,'atLeast':2,'atMost':1}", "invalid-condition", "$.atMost", "1")]
    [InlineData(typeof(TargetCondition), "{'kind':'countAtOrAbove','score':3,'atLeast':-1}", "invalid-condition", "$.atLeast", "-1")]
    [InlineData(typeof(TargetCondition), "{'kind':'meanAtLeast','minimum':2,'share':0.5}", "invalid-condition", "$.share", null)] // another kind's property
    [InlineData(typeof(TargetCondition), "{'kind':'allAbove','score':3}", "invalid-condition", "$.kind", "allAbove")]
    [InlineData(typeof(TargetCondition), "{'score':3}", "missing-property", "$", null)]
    [InlineData(typeof(ConjunctiveRuleSet), "{'name':'r','source':'s','rules':[{'letter':'A','conditions':[{'kind':'meanAtLeast','minimum':3}]}]}", "invalid-rule-set", "$.rules", null)] // no "otherwise"
    [InlineData(typeof(ConjunctiveRuleSet), "{'name':'r','source':'s','rules':[{'letter':' '}]}", "invalid-rule", "$.rules[0].letter", null)]
    [InlineData(typeof(ConjunctiveRuleSet), "{'name':'r','source':'s','rules':[{'letter':'A','conditions':[{'kind':'shareAtOrAbove','score':3,'share':-1}]},{'letter':'F'}]}", "invalid-condition", "$.rules[0].conditions[0].share", "-1")]
    [InlineData(typeof(ReportCardRule), "{'kind':'lowestTarget','rounding':{'digits':1}}", "invalid-report-card-rule", "$.rounding", null)]
    [InlineData(typeof(ReportCardRule), "{'kind':'conjunctiveRules'}", "missing-property", "$", null)]
    [InlineData(typeof(ReportCardRule), "{'kind':'meanOfTargets','letters':{'name':'t','source':'s','bands':[]}}", "invalid-table", "$.letters.bands", null)]
    [InlineData(typeof(ReportCardMark), "{'studentId':'S-1','course':'Math 6','period':{'name':'Q1','start':'2026-09-01','end':'2026-10-31'},'rule':'mean-of-targets','status':'marked','description':'d'}", "invalid-mark", "$.status", null)]
    [InlineData(typeof(ReportCardMark), "{'studentId':'S-1','course':'Math 6','period':{'name':'Q1','start':'2026-09-01','end':'2026-10-31'},'rule':'mean-of-targets','status':'incomplete','description':'d'}", "invalid-mark", "$.reasons", null)]
    [InlineData(typeof(ReportCardMark), "{'studentId':'S-1','course':' ','period':{'name':'Q1','start':'2026-09-01','end':'2026-10-31'},'rule':'r','status':'marked','score':3,'description':'d'}", "invalid-mark", "$.course", null)]
    public void A_rule_or_mark_that_breaks_an_invariant_is_refused_at_its_path(Type type, string json, string code, string path, string? value)
    {
        var e = RefusedAs(type, Quoted(json));
        Assert.Equal((code, path, value), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
    }

    [Fact] public void The_list_of_presets_round_trips() =>
        Assert.Equal(GradingPresets.All.AsEnumerable(), MathPlcJson.Deserialize<ImmutableArray<GradingPreset>>(MathPlcJson.Serialize(GradingPresets.All)).AsEnumerable());

    [Fact]
    public void A_scored_result_is_written_in_its_documented_shape()
    {
        var result = ProficiencyResult.Scored(Two.StudentId, Two.TargetId, "mean", 2.5, 2.5, new ProficiencyLevel("Simpler content", 2),
            [new WeightedEvidence(Two, 0.5), new WeightedEvidence(Three, 0.5)], [new ExcludedEvidence(Practice, FormativeReason)], [], "The mean of all 2 scores.");

        Assert.Equal(Quoted(
            "{'studentId':'S-1','targetId':'6.RP.A.3','method':'mean','status':'scored','score':2.5,'unroundedScore':2.5,'level':{'label':'Simpler content','cut':2},"
            + "'used':[{'evidence':{'studentId':'S-1','targetId':'6.RP.A.3','assessedOn':'2026-09-01','score':2,'sequence':0,'kind':'summative'},'weight':0.5},"
            + "{'evidence':{'studentId':'S-1','targetId':'6.RP.A.3','assessedOn':'2026-09-08','score':3,'sequence':0,'kind':'summative'},'weight':0.5}],"
            + "'excluded':[{'evidence':{'studentId':'S-1','targetId':'6.RP.A.3','assessedOn':'2026-09-03','score':4,'sequence':0,'kind':'formative'},"
            + "'reason':{'code':'formative-not-graded','message':'Formative evidence guides instruction.','data':{}}}],'reasons':[],'description':'The mean of all 2 scores.'}"),
            MathPlcJson.Serialize(result));
    }

    [Fact]
    public void An_insufficient_result_leaves_out_score_and_level_rather_than_writing_zero()
    {
        var why = new Reason("no-evidence", "There is no evidence that counts on this target yet.");
        var result = ProficiencyResult.Insufficient(Two.StudentId, Two.TargetId, "mean", [], [], [why], why.Message);

        string json = MathPlcJson.Serialize(result);

        Assert.Equal(Quoted("{'studentId':'S-1','targetId':'6.RP.A.3','method':'mean','status':'insufficientEvidence','used':[],'excluded':[],"
            + "'reasons':[{'code':'no-evidence','message':'There is no evidence that counts on this target yet.','data':{}}],'description':'There is no evidence that counts on this target yet.'}"), json);
        Assert.Equal(result, MathPlcJson.Deserialize<ProficiencyResult>(json.Replace("\"used\":[],\"excluded\":[],", "\"score\":null,\"level\":null,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rounding_and_presets_have_their_documented_shapes()
    {
        Assert.Equal("""{"digits":2,"mode":"ruby"}""", MathPlcJson.Serialize(ScoreRounding.Canvas));
        Assert.Equal(new ScoreRounding(1), MathPlcJson.Deserialize<ScoreRounding>("""{"digits":1}"""));
        // The enum tokens inside these values: Grading.Tests' ChoiceTokenTests (they have no JSON form alone, decision 0160).
        Assert.Equal("""{"digits":2,"mode":"awayFromZero"}""", MathPlcJson.Serialize(new ScoreRounding(2, RoundingMode.AwayFromZero)));
        foreach (var preset in GradingPresets.All)
        {
            using var json = JsonDocument.Parse(MathPlcJson.Serialize(preset));
            string[] expected = ["name", "method", .. preset.Rounding is null ? Array.Empty<string>() : ["rounding"], "source", "description",
                .. preset.DefaultScale is null ? Array.Empty<string>() : ["defaultScale"], .. preset.Settings.IsEmpty ? Array.Empty<string>() : ["settings"],
                .. preset.SettingsHelp is null ? Array.Empty<string>() : ["settingsHelp"]];
            Assert.Equal(expected, json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(preset.Method.Name, json.RootElement.GetProperty("method").GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("{'name':'mean'}")]
    [InlineData("{'name':'decaying-average','decay':0.75}")]
    [InlineData("{'name':'decaying-average','decayPercent':65}")] // Canvas's arithmetic, kept apart from 0.65
    [InlineData("{'name':'weighted-latest','decayPercent':65}")]
    [InlineData("{'name':'mode','modeTies':'mostRecent'}")]
    [InlineData("{'name':'n-mastery','count':5,'masteryPoints':3}")]
    [InlineData("{'name':'recent-median','count':3}")]
    [InlineData("{'name':'top-mean','count':3}")]
    [InlineData("{'name':'power-law','zeroPolicy':'floorAt','scaleMinimum':0,'scaleMaximum':4}")]
    [InlineData("{'name':'power-law','zeroPolicy':'reject'}")] // no clamp
    [InlineData("{'name':'linear-trend','scaleMaximum':4}")]
    [InlineData("{'name':'best-fit','errorMeasure':'sumOfSquaredErrors','zeroPolicy':'exclude','scaleMinimum':1,'scaleMaximum':4}")]
    public void A_method_is_written_as_its_name_and_parameters(string json) =>
        Assert.Equal(Quoted(json), MathPlcJson.Serialize(MathPlcJson.Deserialize<CalculationMethod>(Quoted(json))));

    public static TheoryData<string> MethodNames() => [.. CalculationMethods.Names];

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Every_method_in_the_table_is_read_by_its_name_and_written_back(string name)
    {
        var method = MathPlcJson.Deserialize<CalculationMethod>($"{{\"name\":\"{name}\",\"count\":3}}");
        Assert.Equal(CalculationMethods.Find(name).Create(new MethodSettings { Count = 3 }), method);
        Assert.Equal(method, MathPlcJson.Deserialize<CalculationMethod>(MathPlcJson.Serialize(method)));
    }

    [Fact]
    public void A_method_is_read_through_the_factory_with_its_defaults()
    {
        Assert.Equal(new DecayingAverage(0.65), MathPlcJson.Deserialize<CalculationMethod>(Quoted("{'name':'decaying-average'}")));
        Assert.Equal(new PowerLaw(PowerLawZeroPolicy.FloorAt, 0, 4), MathPlcJson.Deserialize<CalculationMethod>(Quoted("{'name':'power-law','scaleMinimum':0,'scaleMaximum':4}")));
        Assert.Equal(new PowerLaw(), MathPlcJson.Deserialize<CalculationMethod>(Quoted("{'name':'power-law','clamp':false,'scaleMinimum':0,'scaleMaximum':4}")));
        Assert.Equal(DecayingAverage.FromPercent(65), GradingPresets.Find("canvas-decaying-average").Method);
        Assert.StartsWith(Quoted("{'name':'canvas-decaying-average','method':{'name':'decaying-average','decayPercent':65},'rounding':{'digits':2,'mode':'ruby'},"),
            MathPlcJson.Serialize(GradingPresets.Find("canvas-decaying-average")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'name':'decaying-average','decay':1.5}", "$.decay", "1.5")]   // the factory's range, named by the method's parameter
    [InlineData("{'name':'recent-mean'}", "$", null)]                              // recent-mean needs a count
    [InlineData("{'name':'mean','decayPercent':65}", "$.decayPercent", null)]     // mean has no recency weight
    [InlineData("{'name':'decaying-average','decayPercent':101}", "$.decayPercent", "101")]
    [InlineData("{'name':'n-mastery','count':0}", "$.count", "0")]
    [InlineData("{'name':'linear-trend','scaleMinimum':4,'scaleMaximum':1}", "$.scaleMaximum", "1")]
    [InlineData("{'name':'decaying-average','decay':0.65,'decayPercent':65}", "$.decayPercent", null)]
    public void A_method_the_factory_refuses_is_invalid(string json, string path, string? value)
    {
        var e = Refused<CalculationMethod>(Quoted(json));
        var (code, at, shown, _) = JsonFailure.DetailsOf(e);
        Assert.Equal("invalid-method", code);
        Assert.Equal(path, at);
        Assert.Equal(value, shown);
    }

    [Fact]
    public void An_unknown_method_name_is_refused_at_the_method()
    {
        var e = Refused<CalculationMethod>("""{"name":"avg"}""");
        var (code, path, _, _) = JsonFailure.DetailsOf(e);
        Assert.Equal(("invalid-method", "$.name"), (code, path));
        Assert.Contains("avg", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
    }

    [Theory]
    [InlineData("""{"studentId":"S-1","targetId":"T","method":"mean","status":"scored","score":2,"unroundedScore":2,"description":"d"}""", "$.status")] // scored without a level
    [InlineData("""{"studentId":"S-1","targetId":"T","method":"mean","status":"insufficientEvidence","description":"d"}""", "$.reasons")] // insufficient without a reason
    [InlineData("""{"studentId":"S-1","targetId":"T","method":" ","status":"scored","score":2,"unroundedScore":2,"level":{"label":"A","cut":0},"description":"d"}""", "$.method")]
    public void A_result_that_breaks_an_invariant_is_refused_at_its_path(string json, string path)
    {
        var e = Refused<ProficiencyResult>(json);
        Assert.Equal(("invalid-result", path), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
    }

    [Theory]
    [InlineData("""{"digits":11,"mode":"ruby"}""", "$.digits", "11")]
    [InlineData("""{"digits":-1}""", "$.digits", "-1")]
    public void Digits_outside_0_to_10_are_refused_at_digits(string json, string path, string value)
    {
        var e = Refused<ScoreRounding>(json);
        Assert.Equal(("invalid-rounding", path, value), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
    }

    [Fact]
    public void Policies_and_options_have_their_documented_shapes()
    {
        Assert.Equal(Quoted("{'includeFormative':false,'minimumEvidence':1,'reassessment':{'name':'keep-all'},'overrides':[]}"), MathPlcJson.Serialize(GradingPolicy.Default));
        Assert.Equal(GradingPolicy.Default, MathPlcJson.Deserialize<GradingPolicy>("{}"));
        var policy = new GradingPolicy
        {
            Recency = RecencyWindow.LastDays(30, new LocalDate(2026, 11, 20)), Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.8), ScoreFloor = 50,
            Overrides = [new TeacherOverride(Two.StudentId, Two.TargetId, 3, new TeacherId("T-7"), new LocalDate(2026, 11, 14), "Oral reassessment")],
        };
        Assert.Equal(Quoted("{'includeFormative':false,'minimumEvidence':1,'recency':{'days':30,'asOf':'2026-11-20'},'reassessment':{'name':'higher-of-first-and-blend','alpha':0.8},"
            + "'scoreFloor':50,'overrides':[{'studentId':'S-1','targetId':'6.RP.A.3','score':3,'teacherId':'T-7','decidedOn':'2026-11-14','why':'Oral reassessment'}]}"),
            MathPlcJson.Serialize(policy));
        Assert.Equal("""{"pieces":5}""", MathPlcJson.Serialize(RecencyWindow.LastPieces(5)));
        var options = MathPlcJson.Deserialize<ProficiencyOptions>(Quoted("{'method':{'name':'mean'},'scale':" + MathPlcJson.Serialize(ProficiencyScale.Marzano) + "}"));
        Assert.Equal(new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano), options);
        Assert.EndsWith(Quoted("'levelRule':'floor'}"), MathPlcJson.Serialize(options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'minimumEvidence':0}", "$.minimumEvidence", "0")]
    [InlineData("{'scoreFloor':101}", "$.scoreFloor", "101")]
    [InlineData("{'recency':{'pieces':0}}", "$.recency.pieces", "0")]
    [InlineData("{'reassessment':{'name':'higher-of-first-and-blend','alpha':1.5}}", "$.reassessment.alpha", "1.5")]
    [InlineData("{'reassessment':{'name':'keep-all','alpha':0.5}}", "$.reassessment.alpha", null)]
    [InlineData("{'reassessment':{'name':'keep-best'}}", "$.reassessment.name", "keep-best")]
    [InlineData("{'overrides':[{'studentId':'S-1','targetId':'T','score':3,'teacherId':'T-7','decidedOn':'2026-11-14','why':'  '}]}", "$.overrides[0].why", null)]
    public void A_policy_that_breaks_an_invariant_is_refused_at_its_path(string json, string path, string? value)
    {
        var e = Refused<GradingPolicy>(Quoted(json));
        Assert.Equal((path, value), (JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
        Assert.StartsWith("invalid-", JsonFailure.DetailsOf(e).Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_overrides_of_one_student_and_target_are_refused_at_overrides()
    {
        const string One = "{'studentId':'S-1','targetId':'T','score':3,'teacherId':'T-7','decidedOn':'2026-11-14','why':'w'}";
        var e = Refused<GradingPolicy>(Quoted($"{{'overrides':[{One},{One}]}}"));
        Assert.Equal(("invalid-policy", "$.overrides"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
        var options = Refused<ProficiencyOptions>(Quoted("{'method':{'name':'mean'},'scale':{},'policy':{'minimumEvidence':0}}"));
        Assert.StartsWith("$.scale", JsonFailure.DetailsOf(options).Path, StringComparison.Ordinal);
        Assert.Equal("$.recency", JsonFailure.DetailsOf(Refused<GradingPolicy>(Quoted("{'recency':{}}"))).Path);
    }

    [Fact]
    public void An_unknown_rounding_mode_lists_the_modes()
    {
        var e = Refused<ScoreRounding>("""{"digits":2,"mode":"bankers"}""");
        Assert.Equal(("unknown-rounding-mode", "$.mode"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
        Assert.Contains("\"awayFromZero\", \"toEven\", \"ruby\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_properties_are_named()
    {
        Assert.Contains("\"weight\"", Refused<WeightedEvidence>("""{"evidence":{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3}}""").Message, StringComparison.Ordinal);
        Assert.Contains("\"reason\"", Refused<ExcludedEvidence>("""{"evidence":{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3}}""").Message, StringComparison.Ordinal);
        var e = Refused<ProficiencyResult>("""{"studentId":"S-1"}""");
        foreach (var name in new[] { "\"targetId\"", "\"method\"", "\"status\"", "\"description\"" }) Assert.Contains(name, e.Message, StringComparison.Ordinal);
        Assert.Contains("\"digits\"", Refused<ScoreRounding>("{}").Message, StringComparison.Ordinal);
        Assert.Contains("\"name\"", Refused<CalculationMethod>("{}").Message, StringComparison.Ordinal);
        Assert.Contains("\"method\"", Refused<GradingPreset>("""{"name":"p","source":"s","description":"d"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_deep_in_a_result_is_named_by_its_full_path()
    {
        var e = Refused<ImmutableArray<ProficiencyResult>>(Quoted("[{'studentId':'S-1','targetId':'T','method':'mean','status':'insufficientEvidence','description':'d','reasons':[{'code':'c','message':'m'}],"
            + "'excluded':[{'evidence':{'studentId':'S-1','targetId':'T','assessedOn':'2026-02-30','score':3},'reason':{'code':'c','message':'m'}}]}]"));
        Assert.StartsWith("$[0].excluded[0].evidence.assessedOn: ", e.Message, StringComparison.Ordinal);
    }

    // Every object contract of the Grading models, with each property it allows, as documented.
    private static readonly (string Type, string[] Names)[] AllowedProperties =
    [
        (nameof(ProficiencyResult), ["studentId", "targetId", "method", "status", "score", "unroundedScore", "level", "used", "excluded", "reasons", "description"]),
        (nameof(WeightedEvidence), ["evidence", "weight"]),
        (nameof(ExcludedEvidence), ["evidence", "reason"]),
        (nameof(ScoreRounding), ["digits", "mode"]),
        (nameof(CalculationMethod), ["name", "decay", "decayPercent", "count", "masteryPoints", "modeTies", "zeroPolicy", "clamp", "scaleMinimum", "scaleMaximum", "errorMeasure"]),
        (nameof(GradingPreset), ["name", "method", "rounding", "source", "description", "defaultScale", "settings", "settingsHelp"]),
        (nameof(TeacherOverride), ["studentId", "targetId", "score", "teacherId", "decidedOn", "why"]),
        (nameof(RecencyWindow), ["pieces", "days", "asOf"]),
        (nameof(ReassessmentRule), ["name", "alpha"]),
        (nameof(GradingPolicy), ["includeFormative", "minimumEvidence", "recency", "reassessment", "scoreFloor", "overrides"]),
        (nameof(ProficiencyOptions), ["method", "scale", "rounding", "policy", "levelRule", "name"]),
        (nameof(LetterBand), ["letter", "low", "high"]),
        (nameof(LetterGradeTable), ["name", "bands", "source"]),
        (nameof(LetterGrade), ["letter", "reasons"]),
        (nameof(HundredPointBand), ["low", "high", "pointsLow", "pointsHigh"]),
        (nameof(HundredPointTable), ["name", "bands", "source"]),
        (nameof(HundredPointScore), ["points", "reasons"]),
        (nameof(TargetCondition), ["kind", "score", "share", "atLeast", "atMost", "minimum"]),
        (nameof(ConjunctiveRule), ["letter", "conditions"]),
        (nameof(ConjunctiveRuleSet), ["name", "rules", "source"]),
        (nameof(ReportCardRule), ["kind", "letters", "rounding", "ruleSet"]),
        (nameof(ReportCardMark), ["studentId", "course", "period", "rule", "status", "score", "letter", "reasons", "description"]),
    ];

    public static TheoryData<string, string> EveryAllowedProperty
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (type, names) in AllowedProperties)
                foreach (string name in names) data.Add(type, name);
            return data;
        }
    }

    // The properties whose value is an array, for which an object is the wrong type.
    private static readonly string[] ArrayProperties = ["used", "excluded", "reasons", "overrides", "bands", "conditions", "rules", "settings"];

    private static object Read(string type, string json) => type switch
    {
        nameof(ProficiencyResult) => MathPlcJson.Deserialize<ProficiencyResult>(json),
        nameof(WeightedEvidence) => MathPlcJson.Deserialize<WeightedEvidence>(json),
        nameof(ExcludedEvidence) => MathPlcJson.Deserialize<ExcludedEvidence>(json),
        nameof(ScoreRounding) => MathPlcJson.Deserialize<ScoreRounding>(json),
        nameof(CalculationMethod) => MathPlcJson.Deserialize<CalculationMethod>(json),
        nameof(GradingPreset) => MathPlcJson.Deserialize<GradingPreset>(json),
        nameof(TeacherOverride) => MathPlcJson.Deserialize<TeacherOverride>(json),
        nameof(RecencyWindow) => MathPlcJson.Deserialize<RecencyWindow>(json),
        nameof(ReassessmentRule) => MathPlcJson.Deserialize<ReassessmentRule>(json),
        nameof(GradingPolicy) => MathPlcJson.Deserialize<GradingPolicy>(json),
        nameof(ProficiencyOptions) => MathPlcJson.Deserialize<ProficiencyOptions>(json),
        nameof(LetterBand) => MathPlcJson.Deserialize<LetterBand>(json),
        nameof(LetterGradeTable) => MathPlcJson.Deserialize<LetterGradeTable>(json),
        nameof(LetterGrade) => MathPlcJson.Deserialize<LetterGrade>(json),
        nameof(HundredPointBand) => MathPlcJson.Deserialize<HundredPointBand>(json),
        nameof(HundredPointTable) => MathPlcJson.Deserialize<HundredPointTable>(json),
        nameof(HundredPointScore) => MathPlcJson.Deserialize<HundredPointScore>(json),
        nameof(TargetCondition) => MathPlcJson.Deserialize<TargetCondition>(json),
        nameof(ConjunctiveRule) => MathPlcJson.Deserialize<ConjunctiveRule>(json),
        nameof(ConjunctiveRuleSet) => MathPlcJson.Deserialize<ConjunctiveRuleSet>(json),
        nameof(ReportCardRule) => MathPlcJson.Deserialize<ReportCardRule>(json),
        nameof(ReportCardMark) => MathPlcJson.Deserialize<ReportCardMark>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [Theory]
    [MemberData(nameof(EveryAllowedProperty))]
    public void Every_allowed_property_is_read_not_passed_over(string type, string name)
    {
        // An array is the wrong type for every property, so a property that is read is refused at its own path,
        // before any required property is missed; one allowed but passed over would not be.
        string wrong = ArrayProperties.Contains(name) ? "{}" : "[]";
        var e = Assert.Throws<JsonException>(() => Read(type, $$"""{"{{name}}":{{wrong}}}"""));
        Assert.Equal(("wrong-type", $"$.{name}"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
    }

    [Theory]
    [MemberData(nameof(EveryAllowedProperty))]
    public void An_unknown_property_is_refused_with_the_allowed_ones_listed(string type, string name)
    {
        string[] names = AllowedProperties.Single(p => p.Type == type).Names;
        var e = Assert.Throws<JsonException>(() => Read(type, $$"""{"{{name}}X":true}"""));
        Assert.Equal(("unknown-property", $"$.{name}X"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
        Assert.EndsWith($"The properties allowed here are {string.Join(", ", names.Select(n => $"\"{n}\""))}.", e.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean \"{name}\"?", e.Message, StringComparison.Ordinal);
    }
}
