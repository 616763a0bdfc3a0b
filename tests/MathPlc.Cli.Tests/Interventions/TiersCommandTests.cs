using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Interventions;

/// <summary><c>mathplc tiers</c> end to end: real files in, the contract's columns out, bad data exit 3 with no output.</summary>
public sealed class TiersCommandTests : IDisposable
{
    private const string Proficiency =
        "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\n" +
        "s1,6.RP.A.1,mean,3.5,Meets,scored,2,0\n" +
        "s1,6.RP.A.2,mean,2,Approaching,scored,2,0\n" +
        "s2,6.RP.A.1,mean,3,Meets,scored,2,0\n" +
        "s2,6.RP.A.2,mean,3,Meets,scored,2,0\n" +
        "s3,6.RP.A.1,mean,1,,scored,2,0\n" +
        "s3,6.RP.A.2,mean,,,insufficient_evidence,0,0\n";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact] // Cut 3 (reference §1.2); s3's 8th percentile is Star Math's urgent band (< 10) → Tier 3.
    public void Writes_one_row_per_student_with_the_contract_columns()
    {
        var result = CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--screening", _folder.Write("s.csv", "student_id,percentile\ns3,8\n"));
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("student_id,tier,targets_unmet,extension,reasons", lines[0]);
        Assert.StartsWith("s1,tier2,6.RP.A.2,false,below-cut: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("s2,core,,true,extension: ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("s3,tier3,6.RP.A.1,false,", lines[3], StringComparison.Ordinal);
        Assert.Contains("screening-intensive", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_groups_file_and_json_with_structured_reasons()
    {
        string groups = _folder.PathOf("groups.csv");
        var result = CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--groups", groups, "--max-group-size", "3", "--min-group-size", "1", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "group_id,kind,target_id,student_id,reason\r\n" +
            "tier2-6.RP.A.1-1,tier2,6.RP.A.1,s3,same-unmet-target\r\n" +
            "tier2-6.RP.A.2-1,tier2,6.RP.A.2,s1,same-unmet-target\r\n" +
            "extension-1,extension,,s2,extension-group\r\n", File.ReadAllText(groups));
        using var json = JsonDocument.Parse(result.Stdout);
        var s1 = json.RootElement.GetProperty("students")[0];
        var reason = s1.GetProperty("reasons")[0];
        Assert.Equal("below-cut", reason.GetProperty("code").GetString());
        Assert.Equal("2", reason.GetProperty("data").GetProperty("score").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public void Students_too_few_for_a_group_are_listed_with_the_reason()
    {
        string groups = _folder.PathOf("groups.csv");
        Assert.Equal(0, CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--groups", groups).ExitCode);
        Assert.Contains(",tier2,6.RP.A.2,s1,too-few-for-group: ", File.ReadAllText(groups), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_from_json_change_the_cut()
    {
        var result = CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--rules", _folder.Write("r.json", "{ \"proficientCut\": 2 }"));
        Assert.Contains("s1,core,,true,", result.Stdout, StringComparison.Ordinal);
    }

    private void AssertBadData(string[] args, params string[] reasons)
    {
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run([.. args, "--out", output]);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        foreach (string reason in reasons) Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_unknown_target_in_the_rules_exits_3_naming_the_rules_file() =>
        AssertBadData(["tiers", "--in", _folder.Write("p.csv", Proficiency), "--rules", _folder.Write("r.json", "{ \"essentialTargets\": [\"6.RP.A.1\", \"7.EE.B.4\"] }")],
            "r.json: unknown-target:", "7.EE.B.4");

    [Fact] // Issue 14: contradictory options are a usage error.
    public void A_group_size_range_that_cannot_be_met_exits_2()
    {
        var result = CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--max-group-size", "2", "--min-group-size", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-group-size 3 and --max-group-size 2 contradict each other", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_bad_screening_row_exits_3_with_line_and_column() =>
        AssertBadData(["tiers", "--in", _folder.Write("p.csv", Proficiency), "--screening", _folder.Write("s.csv", "student_id,percentile\ns3,120\n")],
            "s.csv:2:2: bad-percentile");

    [Fact]
    public void A_bad_rules_file_exits_3_with_its_path() =>
        AssertBadData(["tiers", "--in", _folder.Write("p.csv", Proficiency), "--rules", _folder.Write("r.json", "{ \"cut\": 3 }")], "unknown-property", "$.cut");

    [Fact]
    public void A_bad_status_exits_3() =>
        AssertBadData(["tiers", "--in", _folder.Write("p.csv", "student_id,target_id,score,status\ns1,t,3,done\n")], "p.csv:2:4: bad-status");

    [Fact]
    public void A_zero_group_size_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("tiers", "--in", _folder.Write("p.csv", Proficiency), "--max-group-size", "0").ExitCode);
}
