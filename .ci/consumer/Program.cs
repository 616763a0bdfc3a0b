// A vendor's program: MathPlc only as packages. It exercises what a product embeds first: calendars,
// JSON through the packages' contracts and mappers (source-generated, reflection disabled) and CSV evidence with diagnostics.
using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Core.Json;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using NodaTime;

var calendar = CalendarJson.ReadFile(args[0]);
Console.WriteLine($"calendar: {calendar}");

var evidence = new Evidence(new StudentId("S-01"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 14), 3.5, source: "Unit 1 CFA");
string json = MathPlcJson.Serialize(evidence);
Console.WriteLine($"evidence as JSON: {json}");
Check(MathPlcJson.Deserialize<Evidence>(json) == evidence, "evidence round-trips through JSON");
try
{
    MathPlcJson.Deserialize<Evidence>("{\"studentId\":\"S-01\",\"targetId\":\"6.RP.A.3\",\"assessedOn\":\"2026-09-14\",\"score\":3.5,\"weight\":-1}");
    Check(false, "a negative weight is bad data");
}
catch (JsonException e)
{
    Console.WriteLine($"refused: {e.Message}");
    Check(JsonFailure.DetailsOf(e) is { Code: "invalid-evidence", Path: "$.weight" }, "a broken invariant is named with its code and path");
}
Check(MathPlcJson.Deserialize<SchoolCalendar>(MathPlcJson.Serialize(calendar)) == calendar, "the calendar round-trips through JSON");

const string file = "student_id,target_id,assessed_on,score\nS-01,6.RP.A.3,2026-09-14,3.5\nS-02,6.RP.A.3,2026-09-31,3\n";
var read = EvidenceCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(file)), "evidence.csv");
foreach (var problem in read.Problems) Console.WriteLine($"diagnostic: {problem}");
Check(read.Value.Length == 1 && read.Problems.Length == 1 && read.Problems[0].Line == 3, "one good row and one bad date on line 3");
Check(ProficiencyScale.Marzano.LevelOf(2.5).Label == "Simpler content", "the floor rule on the Marzano scale");
Console.WriteLine("consumer: all checks passed");

static void Check(bool condition, string what)
{
    if (!condition) { Console.Error.WriteLine($"consumer check failed: {what}"); Environment.Exit(1); }
}
