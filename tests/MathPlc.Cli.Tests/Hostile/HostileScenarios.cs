using System.Globalization;
using System.Text.RegularExpressions;
using MathPlc.Cli.Tests.Cycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>A valid run of every <c>mathplc</c> command, small enough to probe hundreds of times (issue 14).</summary>
internal static partial class HostileScenarios
{
    /// <summary>The identifier the injection strings replace in the hand-written scenarios.</summary>
    public const string Id = "ZID";

    private const string Calendar = """{ "firstDay": "2026-08-31", "lastDay": "2026-10-30", "nonInstructional": [ { "name": "ZID", "date": "2026-09-07", "kind": "holiday" } ] }""";

    public static IReadOnlyList<HostileScenario> All { get; } =
    [
        new("calendar", [new("cal.json", Calendar, IsJson: true, DuplicateSnippet: "\"firstDay\": \"2026-08-31\"")],
            p => ["--calendar", p("cal.json")], ["md", "json", "csv"], Id, []),
        new("proficiency", [new("evidence.csv", "student_id,target_id,assessed_on,score\nZID,t1,2026-09-14,3.25\nZID,t1,2026-09-21,2\nZ2,t1,2026-09-14,1\n")],
            p => ["--in", p("evidence.csv"), "--method", "mean"], ["csv", "json"], Id,
            [new("evidence.csv", "ZID,t1,2026-09-14,3.25", "ZID,t1,2026-09-14,{0}")]),
        new("standards", [new("case.json", File.ReadAllText(SharedData.CaseFile("opensalt-SequenceNumberFramework.json")), IsJson: true,
                DuplicateSnippet: "\"title\": \"Sequence Number Test\"")],
            p => ["--case", p("case.json")], ["csv", "json"], "First Added Item",
            [new("case.json", "\"sequenceNumber\": 2", "\"sequenceNumber\": {0}")]),
        new("pacing", [new("cal.json", Calendar, IsJson: true),
                new("units.json", """{ "units": [ { "name": "ZID", "teachingDays": 5, "targets": [ { "id": "ZT", "code": "ZT", "statement": "I can ZID." } ] }, { "name": "Unit B", "teachingDays": 8, "assessmentDays": 1, "flexDays": 1 } ] }""",
                    IsJson: true, DuplicateSnippet: "\"teachingDays\": 5")],
            p => ["--calendar", p("cal.json"), "--units", p("units.json")], ["csv", "json"], Id,
            [new("units.json", "\"teachingDays\": 8", "\"teachingDays\": {0}"), new("units.json", "\"flexDays\": 1", "\"flexDays\": {0}")]),
        new("stage", [new("team.json", """{ "team": "ZID", "observedOn": "2026-10-15", "indicators": ["normsAndAgendas", "practicesShared"], "selfRatings": [ { "member": "ZID", "stage": 2 }, { "member": "ben", "stage": 5 } ] }""",
                IsJson: true, DuplicateSnippet: "\"observedOn\": \"2026-10-15\"")],
            p => ["--in", p("team.json")], ["md", "json"], Id,
            [new("team.json", "\"stage\": 2", "\"stage\": {0}")]),
        new("runchart", [new("series.csv", "measure,date,value\n" + string.Concat(Enumerable.Range(0, 13).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"ZID,{new DateOnly(2026, 9, 7).AddDays(7 * i):yyyy-MM-dd},{(i == 0 ? "1.5" : i < 7 ? "1" : "9")}\n"))))],
            p => ["--in", p("series.csv")], ["csv", "json"], Id,
            [new("series.csv", "ZID,2026-09-07,1.5", "ZID,2026-09-07,{0}")],
            Edits: [new("two values on one date", "series.csv", "ZID,2026-09-14,1\n", "ZID,2026-09-14,1\nZID,2026-09-14,2\n", "duplicate-date")]),
        new("agreement", [new("ratings.csv", "subject_id,rater_id,score\nZID,ann,1\nZID,ben,2\np1,ann,2\np1,ben,2\np2,ann,1\np2,ben,1\np3,ann,3\np3,ben,2\n")],
            p => ["--in", p("ratings.csv"), "--level", "ratio"], ["csv", "json"], Id,
            [new("ratings.csv", "ZID,ann,1", "ZID,ann,{0}")]),
        new("items", [new("responses.csv", "student_id,item_id,score,max_score,target_id\n" + string.Concat(Enumerable.Range(0, 6).SelectMany(s => Enumerable.Range(1, 3).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"{(s == 0 ? Id : "s" + s)},q{i},{(s + i) % 2},1,t{i}\n")))))],
            p => ["--in", p("responses.csv")], ["json", "csv"], Id,
            [new("responses.csv", "ZID,q1,1,1", "ZID,q1,{0},1"), new("responses.csv", "ZID,q1,1,1", "ZID,q1,1,{0}")]),
        new("schools", [new("schools.csv", "school_id,predictor,actual,district_id\nZID,40,42,north\nb,50,49,north\nc,60,70,ZID\nd,70,69,ZID\ne,80,81,ZID\n")],
            p => ["--in", p("schools.csv")], ["csv", "json"], Id,
            [new("schools.csv", "ZID,40,42", "ZID,{0},42"), new("schools.csv", "ZID,40,42", "ZID,40,{0}")]),
        new("tiers", [new("p.csv", "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\nZID,6.RP.A.1,mean,3.5,Meets,scored,2,0\nZID,6.RP.A.2,mean,2,Approaching,scored,2,0\n" +
                "s2,6.RP.A.1,mean,3,Meets,scored,2,0\ns2,6.RP.A.2,mean,3,Meets,scored,2,0\ns3,6.RP.A.1,mean,1,,scored,2,0\ns3,6.RP.A.2,mean,,,insufficient_evidence,0,0\n"),
                new("s.csv", "student_id,percentile\nZID,30\n"),
                new("r.json", """{ "proficientCut": 3 }""", IsJson: true, DuplicateSnippet: "\"proficientCut\": 3")],
            p => ["--in", p("p.csv"), "--screening", p("s.csv"), "--rules", p("r.json"), "--groups", p("groups.csv")], ["csv", "json"], Id,
            [new("p.csv", "ZID,6.RP.A.1,mean,3.5", "ZID,6.RP.A.1,mean,{0}"), new("s.csv", "ZID,30", "ZID,{0}"), new("r.json", "\"proficientCut\": 3", "\"proficientCut\": {0}")]),
        new("progress", [new("probes.csv", "student_id,measured_on,score\nZID,2026-09-14,11.5\nZID,2026-09-21,12.5\nZID,2026-09-28,12\nZID,2026-10-05,13\nZID,2026-10-12,14\nZID,2026-10-19,15\ns2,2026-09-14,7\ns2,2026-09-21,5\n"),
                new("goals.csv", "student_id,goal,goal_date,baseline,baseline_date\nZID,20,2026-11-16,10,2026-09-07\ns2,20,2027-01-25,,\n")],
            p => ["--in", p("probes.csv"), "--goals", p("goals.csv")], ["csv", "json"], Id,
            [new("probes.csv", "ZID,2026-09-14,11.5", "ZID,2026-09-14,{0}"), new("goals.csv", "ZID,20,", "ZID,{0},")],
            Edits: [new("a probe before the baseline", "probes.csv", "ZID,2026-09-14,11.5\n", "ZID,2026-09-01,9\nZID,2026-09-14,11.5\n", "before-baseline")]),
        new("goals", [new("goals.json", """[ { "id": "ZID", "type": "results", "statement": "ZID", "indicator": "ZID", "baseline": 20, "baselineDate": "2026-09-01", "target": 60, "deadline": "2027-01-25", "horizon": "semester", "range": { "min": 0, "max": 100 }, "actionSteps": [ { "description": "ZID", "owner": "ZID", "due": "2026-10-01" } ], "measurements": [ { "date": "2026-10-01", "value": 30 }, { "date": "2026-11-01", "value": 35 }, { "date": "2026-12-01", "value": 41 } ] } ]""",
                IsJson: true, DuplicateSnippet: "\"baseline\": 20")],
            p => ["--in", p("goals.json")], ["md", "json", "csv"], Id,
            [new("goals.json", "\"value\": 30", "\"value\": {0}"), new("goals.json", "\"target\": 60", "\"target\": {0}")]),
        new("commitments", [new("self.json", """{ "commitments": [ { "id": "ZID", "title": "ZID", "roles": { "district": "ZID", "site": "Site role.", "team": "Team role." } } ], "learningActions": [ { "id": "ZID", "action": "ZID", "currentActions": ["ZID"], "possibleNextSteps": ["ZID"] } ], "assessments": [ { "assessedOn": "2026-09-01", "entries": [ { "commitment": "ZID", "level": "team", "status": "emerging", "evidence": ["ZID"], "nextSteps": ["ZID"] } ] }, { "assessedOn": "2027-01-15", "entries": [ { "commitment": "ZID", "level": "team", "status": "sustaining", "currentActions": ["ZID"] } ] } ] }""",
                IsJson: true, DuplicateSnippet: "\"assessedOn\": \"2026-09-01\"")],
            p => ["--in", p("self.json")], ["md", "json", "csv"], Id, []),
        new("report-card", [new("p.csv", "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\nZID,ZT,mean,3.5,Meets,scored,2,0\nZID,t2,mean,2.75,Meets,scored,2,0\ns2,ZT,mean,1,Below,scored,1,0\ns2,t2,mean,,,insufficient_evidence,0,0\n"),
                new("targets.csv", "target_id\nZT\nt2\n")],
            p => ["--in", p("p.csv"), "--rule", "mean", "--targets", p("targets.csv")], ["csv", "json"], "ZID",
            [new("p.csv", "ZID,ZT,mean,3.5", "ZID,ZT,mean,{0}")]),
        Agenda(),
        new("observations", [new("visits.csv", "school,teacher,observer,date,dimension,rating\nZID,ortiz,ortiz,2026-10-06,pose-purposeful-questions,4\n" +
                "ZID,ortiz,coach,2026-10-06,pose-purposeful-questions,3\nZID,lee,lee,2026-10-06,pose-purposeful-questions,3\nZID,lee,coach,2026-10-06,pose-purposeful-questions,2\n" +
                "b,kim,kim,2026-10-06,pose-purposeful-questions,4\nb,kim,coach,2026-10-06,pose-purposeful-questions,2\n")],
            p => ["--in", p("visits.csv"), "--district", "Riverside"], ["md", "json", "csv"], Id,
            [new("visits.csv", "ZID,ortiz,ortiz,2026-10-06,pose-purposeful-questions,4", "ZID,ortiz,ortiz,2026-10-06,pose-purposeful-questions,{0}")],
            Edits:
            [
                new("a rating given twice", "visits.csv", "b,kim,kim,2026-10-06,pose-purposeful-questions,4\n",
                    "b,kim,kim,2026-10-06,pose-purposeful-questions,4\nb,kim,kim,2026-10-06,Pose Purposeful Questions,3\n", "duplicate-rating"),
                new("a lesson at two schools", "visits.csv", "b,kim,coach,", "ZID,kim,coach,", "inconsistent-lesson"),
            ]),
        Cycle(),
    ];

    /// <summary>The agenda from the example unit file (its calendar, assessment date and teaching days) and the shipped team actions, an action id injected.</summary>
    private static HostileScenario Agenda()
    {
        string unit = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "unit.json"));
        string actions = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "templates", "team-actions.json"))
            .Replace("\"id\": \"pacing\"", "\"id\": \"ZID\"", StringComparison.Ordinal);
        return new HostileScenario("agenda",
            [new("unit.json", unit, IsJson: true, DuplicateSnippet: "\"teachingDays\": 15"), new("actions.json", actions, IsJson: true, DuplicateSnippet: "\"phase\": \"during\"")],
            p => ["--unit", p("unit.json"), "--actions", p("actions.json"), "--meets", "tue,thu"], ["md", "json", "csv"], Id,
            [new("unit.json", "\"teachingDays\": 15", "\"teachingDays\": {0}")],
            Edits:
            [
                new("more teaching days than the year has before the assessment", "unit.json", "\"teachingDays\": 15", "\"teachingDays\": 170", "unit-before-calendar"),
                new("the assessment after the calendar", "unit.json", "\"assessedOn\": \"2026-10-08\"", "\"assessedOn\": \"2100-01-04\"", "assessment-outside-calendar"),
                new("the assessment on the calendar's first day", "unit.json", "\"assessedOn\": \"2026-10-08\"", "\"assessedOn\": \"2026-08-17\"", "unit-before-calendar"),
            ]);
    }

    /// <summary>The cycle on the built-in sample team's files, a target code as the value injected.</summary>
    private static HostileScenario Cycle()
    {
        using var files = CycleFiles.Sample();
        string unit = File.ReadAllText(files.Unit);
        string code = CodePattern().Match(unit).Groups[1].Value;
        return new HostileScenario("cycle",
            [new("unit.json", unit, IsJson: true, DuplicateSnippet: TeamPattern().Match(unit).Value), new("scores.csv", File.ReadAllText(files.Scores)), new("roster.csv", File.ReadAllText(files.Roster))],
            p => ["--unit", p("unit.json"), "--evidence", p("scores.csv"), "--roster", p("roster.csv")], ["md", "html", "json"], code,
            [new("unit.json", PointsPattern().Match(unit).Value, "\"points\": {0}")], WritesFolder: true,
            Edits:
            [
                new("nextCycleStart before the assessment", "unit.json", NextCyclePattern().Match(unit).Value, "\"nextCycleStart\": \"2000-01-03\""),
                new("the assessment after the calendar", "unit.json", AssessedOnPattern().Match(unit).Value, "\"assessedOn\": \"2100-01-04\""),
                new("the assessment before the calendar", "unit.json", AssessedOnPattern().Match(unit).Value, "\"assessedOn\": \"1900-01-02\""),
            ]);
    }

    [GeneratedRegex("\"code\": \"([^\"]+)\"")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\"team\": \"[^\"]*\"")]
    private static partial Regex TeamPattern();

    [GeneratedRegex("\"nextCycleStart\": \"[^\"]*\"")]
    private static partial Regex NextCyclePattern();

    [GeneratedRegex("\"assessedOn\": \"[^\"]*\"")]
    private static partial Regex AssessedOnPattern();

    [GeneratedRegex("\"points\": [0-9.]+")]
    private static partial Regex PointsPattern();
}
