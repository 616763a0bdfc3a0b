using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core.Json;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Json;

/// <summary>
/// Decision 0180: report.json's hand-written writer gives, for any contract, the bytes System.Text.Json's serializer writes
/// for it from the source-generated context (metadata mode, how the file was written before), so the fast path can never
/// drift from the contracts: a member left out, renamed, moved or written as null where the serializer leaves it out
/// fails here.
/// </summary>
public sealed class ReportContractWriterTests
{
    private static readonly Gen<UnitCycleReport> Reports =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(8, 90)
        from sections in Gen.Choose(1, 5)
        from teachers in Gen.Choose(1, 3)
        from absent in Gen.Elements(0.0, 0.1, 0.3)
        select UnitCycle.Run(SampleTeam.Generate((ulong)seed,
            new SampleTeamOptions(students, Math.Min(sections, students), Math.Min(teachers, Math.Min(sections, students)), absentRate: absent)).Input);

    // A contract is written once (its rows are lazy projections that number the texts), so each way maps the report itself.
    private static string Fast(ReportContract contract)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions)) ReportContractWriter.Write(writer, contract);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Fast(UnitCycleReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions)) ReportContractWriter.Write(writer, report);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Serializer(ReportContract contract) => JsonSerializer.Serialize(contract, CriticalQuestionsJsonContext.Default.ReportContract);

    [Fact]
    public void Any_teams_report_is_the_serializers_bytes() =>
        Prop.ForAll(Reports.ToArbitrary(), report =>
                Fast(report) == Serializer(ReportContractMapper.ToContract(report))
                && Fast(ReportContractMapper.ToContract(report)) == Serializer(ReportContractMapper.ToContract(report)))
            .Check(maxTest: 15);

    [Fact]
    public void The_sample_teams_report_is_the_serializers_bytes()
    {
        var report = UnitCycle.Run(SampleTeam.Default.Input);
        Assert.Equal(Serializer(ReportContractMapper.ToContract(report)), Fast(report));
    }

    [Fact] // a proficiency result with excluded evidence (one assessment never excludes any) is written through its contract
    public void A_result_with_excluded_evidence_is_the_serializers_bytes()
    {
        var report = UnitCycle.Run(SampleTeam.Generate(5, new SampleTeamOptions(20, 2, 1)).Input);
        var rows = report.HowWillWeKnow.Proficiency;
        int at = rows.ToList().FindIndex(r => r.Level is not null && r.Used.Length > 0);
        var r = rows[at];
        var excluded = Grading.ProficiencyResult.Scored(r.StudentId, r.TargetId, r.Method, r.Score!.Value, r.UnroundedScore!.Value, r.Level!, r.Used,
            [new Grading.ExcludedEvidence(r.Used[0].Evidence, new Core.Reason("superseded", "A later score on this target replaces it."))], r.Reasons, r.Description);
        var edited = report with { HowWillWeKnow = report.HowWillWeKnow with { Proficiency = [.. rows.Select((row, i) => i == at ? excluded : row)] } };
        string fast = Fast(edited);
        Assert.Equal(Serializer(ReportContractMapper.ToContract(edited)), fast);
        Assert.Contains("}],[{\"assessedOn\"", fast, StringComparison.Ordinal); // the used cell, then the excluded cell with its evidence
        Assert.Contains("\"reason\":{\"code\":\"superseded\"", fast, StringComparison.Ordinal);
    }

    [Fact] // every member the writer writes by hand, set: names, order, numbers, escaping
    public void A_contract_with_every_member_set_is_the_serializers_bytes()
    {
        RowReasonContract Reason(int n) => new() { Code = $"code-{n}", Text = n };
        ComparisonContract Comparison() => new()
        {
            TargetId = "t1", Kind = "studentGroup", Group = "ell=yes </script>", Rate = new StatisticContract { Value = 1e-300, Status = "defined", Reasons = [] },
            RestRate = new StatisticContract { Value = null, Status = "undefined", Reasons = [new ReasonContract { Code = "too-few", Message = "Fewer than 10 & \u2028", Data = new() { ["n"] = "3", ["é \"k\""] = null } }, null] },
            Difference = new StatisticContract { Value = 0.1 + 0.2 }, Lower = -0.07144173064491711, Upper = 1e300, Conclusion = "notDistinguishable",
            Reason = new ReasonContract { Code = "not-distinguishable", Message = "ell=yes: -0.7 points", Data = new() { ["difference"] = "-0.0074", ["lower"] = "-0.23" } },
        };
        ReportContract Full() => new()
        {
            Team = "Grade 6 \"Math\" <team> & é", Unit = "Ratios", Assessment = "CFA 1", AssessedOn = "2026-10-16", NextCycleStart = "2026-11-02",
            Counts = new CountsContract { Students = 3, Tier3 = 0.5 },
            WhatToLearn = new WhatToLearnContract { Question = "What?" },
            HowWillWeKnow = new HowWillWeKnowContract
            {
                Question = "How will we know?", MinimumGroupSize = 10, Targets = [new TargetSummaryContract { TargetId = "t1", ProficientShare = null }],
                Evidence =
                [
                    new EvidenceRowContract
                    {
                        StudentId = "S1", TargetId = "t1", Status = "scored", PointsEarned = 2.5, PointsPossible = 4, Percent = 0.625, Score = 1e-7,
                        Reasons = [Reason(0), null],
                    },
                    null,
                    new EvidenceRowContract(),
                ],
                Proficiency =
                [
                    new ProficiencyRowContract
                    {
                        StudentId = "S1", TargetId = "t1", Method = "mean", Status = "scored", Score = 3, UnroundedScore = 2.75, Level = 7,
                        Used = [new UsedEvidenceContract { AssessedOn = "2026-10-16", Score = 3, Sequence = 1, Kind = "summative", Source = 1, Weight = 0.5 }, null, new()],
                        Excluded = [new ExcludedEvidenceRowContract { AssessedOn = "2026-10-01", Score = 1, Sequence = 2, Kind = "formative", Source = 2, Reason = Reason(3) }, null, new()],
                        Reasons = [Reason(4)], Description = 5,
                    },
                    new ProficiencyRowContract(),
                ],
                Rates =
                [
                    new RateContract
                    {
                        TargetId = "t1", Kind = "section", Group = "6-01 \"é\"", Students = 25, Proficient = 24,
                        Rate = new StatisticContract { Value = 0.96, Status = "defined", Reasons = [] }, Lower = 0.8045593626380627, Upper = -0.0,
                    },
                    new RateContract(), null,
                ],
                Teachers = [null, Comparison()],
                Gaps = [new ComparisonContract { Lower = 0.1 }, Comparison(), new ComparisonContract { Rate = new StatisticContract() }],
                ItemAnalysis = new ItemAnalysisContract(),
            },
            HowWillWeRespond = new HowWillWeRespondContract
            {
                Question = "Respond?", Start = "2026-10-19", ReassessOn = "2026-11-02", Tier3ReviewOn = "2026-12-01", Rules = new RulesContract(),
                Capacity = new CapacityContract { Adults = ["a"] }, Targets = [], Classes = [], Groups = [new GroupContract { GroupId = "g" }], Tier3 = [],
                Referrals = [], NotAssessed = [],
                Responses =
                [
                    new ResponseRowContract
                    {
                        StudentId = "S1", TargetId = "t1", TargetCode = "6.RP.A.1", Status = "not-yet", Score = -0.0, Response = "tier2", GroupId = "g",
                        AdultId = "a", StartsOn = "2026-10-19", ReassessOn = "2026-11-02", Reason = Reason(6),
                    },
                    new ResponseRowContract(),
                    null,
                ],
                Notes = [],
            },
            HowWillWeExtend = new HowWillWeExtendContract { Question = "Extend?" },
            TeamActions = [new TeamActionContract { Number = 1 }], Prompts = [null],
            Texts = ["one", "two — \u2028 \"quoted\"", null, "\ud83d\ude00"],
        };
        Assert.Equal(Serializer(Full()), Fast(Full()));
    }

    [Fact] // members left null: left out, except those the file writes as null
    public void A_contract_with_every_member_null_is_the_serializers_bytes()
    {
        Assert.Equal(Serializer(new ReportContract()), Fast(new ReportContract()));
        ReportContract Empty() => new() { HowWillWeKnow = new HowWillWeKnowContract(), HowWillWeRespond = new HowWillWeRespondContract() };
        Assert.Equal(Serializer(Empty()), Fast(Empty()));
        Assert.Contains("\"itemAnalysis\":null", Fast(Empty()), StringComparison.Ordinal);
    }

    [Fact] // a district's team: {"teamId":…,"report":{…}}
    public void A_team_of_a_district_is_the_serializers_bytes()
    {
        var report = UnitCycle.Run(SampleTeam.Generate(3, new SampleTeamOptions(30, 2, 1)).Input);
        var contract = new TeamReportContract { TeamId = "north \"1\"", Report = ReportContractMapper.ToContract(report) };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions)) ReportContractWriter.Write(writer, new TeamCycleReport("north \"1\"", report));
        Assert.Equal(JsonSerializer.Serialize(contract, CriticalQuestionsJsonContext.Default.TeamReportContract), Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact] // decision 0240: Core's mapper makes a reason's contract from its facts: the bytes of the contract made from its sorted Data
    public void A_reasons_contract_from_its_facts_is_the_one_from_its_data()
    {
        var keys = Gen.Elements("cut", "score", "a", "B", "é", "z-1", "数学", "\"q\"", "</script>");
        var values = Gen.Elements("3", "", "2.5", "\u2028", "&", "😀", "x y");
        var facts = Gen.Zip(keys, values).ListOf().Select(pairs => pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToArray());
        Prop.ForAll(facts.ToArbitrary(), data =>
        {
            var reason = new Core.Reason("below-cut", "Scored \"2\" < 3 & más", data);
            var fromData = new ReasonContract { Code = reason.Code, Message = reason.Message, Data = reason.Data.ToDictionary(kv => kv.Key, string? (kv) => kv.Value, StringComparer.Ordinal) };
            Assert.Equal(JsonSerializer.Serialize(fromData, CoreJsonContext.Default.ReasonContract),
                JsonSerializer.Serialize(ReasonJsonMapper.ToContract(reason), CoreJsonContext.Default.ReasonContract));
        }).Check(maxTest: 300);
    }
}
