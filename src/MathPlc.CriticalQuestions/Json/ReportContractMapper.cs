using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// A <see cref="UnitCycleReport"/> as its <c>report.json</c> contract (decisions 0072, 0105, 0145): camelCase, dates as
/// ISO text, enums as camelCase names, statistics as <c>{ "value", "status", "reasons" }</c> (value null when
/// undefined, never NaN), reasons in Core's contract. The rows per student and target carry each text once: a reason
/// there is <c>{ "code", "text" }</c> and a description, level or evidence source a number, each an index into
/// <c>texts</c>, which holds every distinct such text once in order of first use; they are written as tables (decision 0200).
/// </summary>
/// <remarks>
/// The three row arrays are lazy projections of the report's rows and <c>texts</c> is the list they fill: the
/// serializer writes the rows in member order, numbering each new text as it meets it, and reaches <c>texts</c>, the
/// last member, when every text has its number. A contract from <see cref="ToContract(UnitCycleReport)"/> is therefore written once.
/// </remarks>
internal static class ReportContractMapper
{
    public static ReportContract ToContract(UnitCycleReport report) => ToContract(report, new TextTable());

    /// <summary>The contract, its rows' texts numbered in <paramref name="texts"/> (which <see cref="ReportContractWriter"/> shares when it writes the rows itself).</summary>
    public static ReportContract ToContract(UnitCycleReport report, TextTable texts)
    {
        return new ReportContract
        {
            Team = report.Team,
            Unit = report.Unit,
            Assessment = report.Assessment,
            AssessedOn = Date(report.AssessedOn),
            NextCycleStart = Date(report.NextCycleStart),
            Counts = Counts(report.Counts),
            WhatToLearn = WhatToLearn(report.WhatToLearn),
            HowWillWeKnow = HowWillWeKnow(report.HowWillWeKnow, texts),
            HowWillWeRespond = HowWillWeRespond(report.HowWillWeRespond, texts),
            HowWillWeExtend = new HowWillWeExtendContract
            {
                Question = CriticalQuestion.ExtendWhenProficient.Wording(),
                Targets = [.. report.HowWillWeExtend.Targets.Select(t => new ExtensionContract
                {
                    TargetId = t.Target.Value, TargetCode = t.Code, MoreComplex = t.MoreComplex, Students = Ids(t.Students),
                })],
                EveryTarget = Ids(report.HowWillWeExtend.EveryTarget),
            },
            TeamActions = [.. report.TeamActions.Select(a => new TeamActionContract
            {
                Number = (int)a.Action, Action = Camel(a.Action), Wording = a.Action.Wording(), Phase = Camel(a.Phase), State = Camel(a.State),
                Reasons = Reasons(a.Reasons),
            })],
            Prompts = [.. report.Prompts.Select(p => new PromptContract { Kind = Camel(p.Kind), Question = p.Question, Evidence = ReasonJsonMapper.ToContract(p.Evidence) })],
            Texts = texts.Texts,
        };
    }

    public static CountsContract Counts(CycleCounts c) => new()
    {
        Students = c.Students, Teachers = c.Teachers, Sections = c.Sections, Targets = c.Targets, Tier3 = c.Tier3, Referral = c.Referral,
        Tier2 = c.Tier2, WholeClass = c.WholeClass, NotAssessed = c.NotAssessed, Extension = c.Extension, Groups = c.Groups, DoesNotFit = c.DoesNotFit,
    };

    private static WhatToLearnContract WhatToLearn(WhatToLearnAnswer q) => new()
    {
        Question = CriticalQuestion.WhatToLearn.Wording(),
        Targets = [.. q.Targets.Select(t => new EssentialTargetContract
        {
            Id = t.Id.Value, Code = t.Code, Statement = t.Statement,
            Dok = t.Rigor.Depth is { } dok ? (int)dok : null,
            Demand = t.Rigor.Demand is { } demand ? Camel(demand) : null,
            Aspects = [.. t.Rigor.Aspects.Select(a => Camel(a))],
        })],
        TargetRigor = Rigor(q.TargetRigor),
        AssessmentRigor = Rigor(q.AssessmentRigor),
        Blueprint = new BlueprintReviewContract
        {
            TotalPoints = q.Blueprint.TotalPoints,
            TotalMinutes = q.Blueprint.TotalMinutes,
            HigherLevelShare = q.Blueprint.HigherLevelShare,
            Formats = [.. q.Blueprint.Formats.Select(f => Camel(f))],
            Coverage = [.. q.Blueprint.Coverage.Select(c => new CoverageContract
            {
                TargetId = c.Target.Value, IsEssential = c.IsEssential, Items = c.Items, Points = c.Points, ShareOfPoints = c.ShareOfPoints,
            })],
            Findings = [.. q.Blueprint.Findings.Select(f => new FindingContract
            {
                Criterion = f.Criterion, Severity = Camel(f.Severity), Reason = ReasonJsonMapper.ToContract(f.Reason),
            })],
        },
    };

    private static RigorContract Rigor(RigorBalance r) => new()
    {
        Tasks = r.Tasks, DepthShares = [.. r.DepthShares], DemandShares = [.. r.DemandShares], HigherLevelShare = r.HigherLevelShare,
        UntaggedDemand = r.UntaggedDemand, MeetsExpectation = r.MeetsExpectation, Reasons = Reasons(r.Reasons),
    };

    private static HowWillWeKnowContract HowWillWeKnow(HowWillWeKnowAnswer q, TextTable texts) => new()
    {
        Question = CriticalQuestion.HowWillWeKnow.Wording(),
        MinimumGroupSize = q.MinimumGroupSize,
        Targets = [.. q.Targets.Select(TargetSummary)],
        Evidence = q.Evidence.Select(e => (EvidenceRowContract?)new EvidenceRowContract
        {
            StudentId = e.Student.Value, TargetId = e.Target.Value, Status = EvidenceStatus(e.Status), PointsEarned = e.PointsEarned, PointsPossible = e.PointsPossible,
            Percent = e.Percent, Score = e.Evidence?.Score, Reasons = RowReasons(e.Reasons, texts),
        }),
        Proficiency = q.Proficiency.Select(r => (ProficiencyRowContract?)Proficiency(r, texts)),
        Rates = [.. q.TeamData.Rates.Select(r => new RateContract
        {
            TargetId = r.Target.Value, Kind = Camel(r.Kind), Group = r.Group,
            // A hidden rate's count is not published (complementary suppression, decision 0081).
            Students = r.Proficient is null ? null : r.Students,
            Proficient = r.Proficient, Rate = Statistic(r.Rate), Lower = r.Lower, Upper = r.Upper,
        })],
        Teachers = [.. q.TeamData.Teachers.Select(Comparison)],
        Gaps = [.. q.TeamData.Gaps.Select(Comparison)],
        ItemAnalysis = q.ItemAnalysis is not { } items ? null : new ItemAnalysisContract
        {
            Items = [.. items.Items.Select(i => new ItemStatisticsContract
            {
                ItemId = i.Item.Value, Responses = i.Responses, Difficulty = Statistic(i.Difficulty),
                DiscriminationUpperLower = Statistic(i.DiscriminationUpperLower), PointBiserialCorrected = Statistic(i.PointBiserialCorrected),
                Flags = Reasons(i.Flags),
            })],
            Test = new TestStatisticsContract
            {
                Students = items.Test.Students, StudentsWithoutResponses = items.Test.StudentsWithoutResponses, Items = items.Test.Items,
                Missing = Camel(items.Test.Missing), MeanTotal = items.Test.MeanTotal, CronbachAlpha = Statistic(items.Test.CronbachAlpha),
                Kr20 = Statistic(items.Test.Kr20), Sem = Statistic(items.Test.Sem),
            },
        },
    };

    public static TargetSummaryContract TargetSummary(TargetSummary t) => new()
    {
        TargetId = t.Target.Value, Code = t.Code, Proficient = t.Proficient, NotYetProficient = t.NotYetProficient, WithoutScore = t.WithoutScore,
        Cut = t.Cut, ProficientShare = t.ProficientShare,
    };

    // A proficiency result as Grading's contract writes it, less what the row repeats: its evidence without the
    // student and target (the row's); reasons, sources, the description and the level's label as texts.
    public static ProficiencyRowContract Proficiency(ProficiencyResult r, TextTable texts)
    {
        return new ProficiencyRowContract
        {
            StudentId = r.StudentId.Value, TargetId = r.TargetId.Value, Method = r.Method, Status = Camel(r.Status),
            Score = r.Score, UnroundedScore = r.UnroundedScore, Level = Level(r, texts),
            Used = [.. r.Used.Select(u => new UsedEvidenceContract
            {
                AssessedOn = texts.Date(u.Evidence.AssessedOn), Score = u.Evidence.Score, Sequence = u.Evidence.Sequence, Kind = Camel(u.Evidence.Kind),
                Source = Source(u.Evidence, texts), Weight = u.Weight,
            })],
            Excluded = [.. r.Excluded.Select(x => new ExcludedEvidenceRowContract
            {
                AssessedOn = texts.Date(x.Evidence.AssessedOn), Score = x.Evidence.Score, Sequence = x.Evidence.Sequence, Kind = Camel(x.Evidence.Kind),
                Source = Source(x.Evidence, texts), Reason = RowReason(x.Reason, texts),
            })],
            Reasons = RowReasons(r.Reasons, texts),
            Description = texts.Index(r.Description),
        };
    }

    /// <summary>A result's level, as the index of its label in <c>texts</c> (decision 0200); null when it has none.</summary>
    public static double? Level(ProficiencyResult r, TextTable texts) => r.Level is { } level ? texts.Index(level.Label) : null;

    public static double? Source(Evidence e, TextTable texts) => e.Source is { } source ? texts.Index(source) : null;

    private static HowWillWeRespondContract HowWillWeRespond(HowWillWeRespondAnswer q, TextTable texts)
    {
        var plan = q.Plan;
        return new HowWillWeRespondContract
        {
            Question = CriticalQuestion.RespondWhenNotLearned.Wording(),
            Start = Date(plan.Start),
            ReassessOn = Date(plan.ReassessOn),
            Tier3ReviewOn = Date(plan.Tier3ReviewOn),
            Rules = new RulesContract
            {
                WholeClassAtLeast = plan.Rules.WholeClassAtLeast, ReassessAfterDays = plan.Rules.ReassessAfterDays, ReferralShare = plan.Rules.ReferralShare,
                ReferralMinimumTargets = plan.Rules.ReferralMinimumTargets, Tier2MaximumSize = plan.Rules.Tier2.Maximum,
                Tier3MaximumSize = plan.Rules.Tier3.Maximum, Tier3ReviewAfterDays = plan.Rules.Tier3ReviewAfterDays,
            },
            Capacity = new CapacityContract
            {
                Adults = Ids(plan.Capacity.Adults),
                Blocks = [.. plan.Capacity.Blocks.Select(b => new BlockContract { Day = b.DayName, Minutes = b.Minutes })],
                Slots = plan.Capacity.Slots,
                SlotsUsed = plan.SlotsUsed,
            },
            Targets = [.. plan.Targets.Select(t => new PlanTargetContract
            {
                TargetId = t.Target.Value, TargetCode = t.Code, Proficient = t.Proficient, NotYet = t.NotYet, NoScore = t.NoScore, WholeTeam = t.WholeTeam,
                WholeClassSections = Ids(t.WholeClassSections), Groups = [.. t.Groups], DoesNotFit = t.DoesNotFit, Extension = t.Extension,
                Reason = ReasonJsonMapper.ToContract(t.Reason),
            })],
            Classes = [.. plan.Classes.Select(c => new PlanClassContract
            {
                TargetId = c.Target.Value, TargetCode = c.TargetCode, SectionId = c.Section.Value, TeacherId = c.Teacher.Value, Proficient = c.Proficient,
                NotYet = c.NotYet, NoScore = c.NoScore, WholeClass = c.WholeClass, Reason = ReasonJsonMapper.ToContract(c.Reason),
            })],
            Groups = [.. plan.Groups.Select(g => new GroupContract
            {
                GroupId = g.Id, Kind = g.Kind.Name(), TargetId = g.Target?.Value, TargetCode = g.TargetCode, Focus = g.Focus, Students = Ids(g.Students),
                AdultId = g.Adult?.Value, Blocks = [.. g.Blocks.Select(b => b.DayName)], Sessions = [.. g.Sessions.Select(Date)],
                ReassessOn = Date(g.ReassessOn), Fits = g.Fits, Reason = ReasonJsonMapper.ToContract(g.Reason),
            })],
            Tier3 = [.. plan.Tier3.Select(t => new Tier3Contract
            {
                StudentId = t.Student.Value, Source = Camel(t.Source), Percentile = t.Percentile, Reason = ReasonJsonMapper.ToContract(t.Reason),
            })],
            Referrals = [.. plan.Referrals.Select(r => new ReferralContract
            {
                StudentId = r.Student.Value, NotYetTargetCodes = [.. r.NotYetCodes], Reason = ReasonJsonMapper.ToContract(r.Reason),
            })],
            NotAssessed = [.. plan.NotAssessed.Select(n => new NotAssessedContract
            {
                StudentId = n.Student.Value, Absent = n.Absent, TargetCodes = [.. n.TargetCodes], Reason = ReasonJsonMapper.ToContract(n.Reason),
            })],
            Responses = plan.Responses.Select(r => (ResponseRowContract?)new ResponseRowContract
            {
                StudentId = r.Student.Value, TargetId = r.Target.Value, TargetCode = r.TargetCode, Status = r.Status.Name(), Score = r.Score,
                Response = r.Response.Name(), GroupId = r.GroupId, AdultId = r.Adult?.Value,
                StartsOn = r.StartsOn is { } s ? Date(s) : null, ReassessOn = r.ReassessOn is { } e ? Date(e) : null,
                Reason = RowReason(r.Reason, texts),
            }),
            Notes = Reasons(plan.Notes),
        };
    }

    private static ComparisonContract Comparison(RateComparison c) => new()
    {
        TargetId = c.Target.Value, Kind = Camel(c.Kind), Group = c.Group, Rate = Statistic(c.Rate), RestRate = Statistic(c.RestRate),
        Difference = Statistic(c.Difference), Lower = c.Lower, Upper = c.Upper, Conclusion = Camel(c.Conclusion), Reason = ReasonJsonMapper.ToContract(c.Reason),
    };

    private static StatisticContract Statistic(StatisticValue value) => new() { Value = value.Value, Status = Camel(value.Status), Reasons = Reasons(value.Reasons) };

    private static List<ReasonContract?> Reasons(IEnumerable<Reason> reasons) => [.. reasons.Select(ReasonJsonMapper.ToContract)];

    private static List<RowReasonContract?> RowReasons(IEnumerable<Reason> reasons, TextTable texts) => [.. reasons.Select(r => RowReason(r, texts))];

    private static RowReasonContract RowReason(Reason reason, TextTable texts) => new() { Code = reason.Code, Text = texts.Index(reason.Message) };

    private static List<string?> Ids<TId>(IEnumerable<TId> ids) where TId : struct, IIdentifier<TId> => [.. ids.Select(id => id.Value)];

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Camel<TEnum>(TEnum value) where TEnum : struct, Enum => CamelNames<TEnum>.Of(value);

    // An enum's camelCase names, each made once (a district's rows name a status or kind a million times).
    private static class CamelNames<TEnum> where TEnum : struct, Enum
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<TEnum, string> Names = new();

        public static string Of(TEnum value) => Names.GetOrAdd(value, static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    }

    /// <summary>An evidence row's status token, written out so a rename in C# never moves it: <c>scored</c>, or <c>noResponses</c> for <see cref="TargetEvidenceStatus.InsufficientEvidence"/> (decision 0137).</summary>
    public static string EvidenceStatus(TargetEvidenceStatus status) => status switch
    {
        TargetEvidenceStatus.Scored => "scored",
        TargetEvidenceStatus.InsufficientEvidence => "noResponses",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not an evidence status"),
    };

    /// <summary>The distinct texts of the rows per student and target, each once, numbered in order of first use.</summary>
    internal sealed class TextTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        private (LocalDate Date, string? Text) _date1, _date2;

        public List<string?> Texts { get; } = [];

        /// <summary>A date as ISO text; a team's rows name the same few dates again and again (a response's start and reassessment), so the last two are kept.</summary>
        public string Date(LocalDate date)
        {
            if (_date1.Text is not null && _date1.Date == date) return _date1.Text;
            if (_date2.Text is not null && _date2.Date == date) return _date2.Text;
            _date2 = _date1;
            _date1 = (date, ReportContractMapper.Date(date));
            return _date1.Text;
        }

        public int Index(string text)
        {
            if (!_index.TryGetValue(text, out int i))
            {
                _index.Add(text, i = Texts.Count);
                Texts.Add(text);
            }
            return i;
        }
    }
}
