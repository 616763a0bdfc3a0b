// A vendor who wants grading and its JSON only (decision 0138): the package MathPlc.Grading, which brings MathPlc.Core
// and nothing else of MathPlc. It reads a grading policy file the way the library documents, and checks the package graph.
using System.Text;
using MathPlc.Core.Diagnostics;
using MathPlc.Grading;
using MathPlc.Grading.Json;

static GradingPolicy Read(string json, string file) =>
    GradingJson.Formats.Read<GradingPolicy>(new MemoryStream(Encoding.UTF8.GetBytes(json)), file);

var policy = Read("""{ "includeFormative": false, "minimumEvidence": 2 }""", "policy.json");
Console.WriteLine($"policy: minimum evidence {policy.MinimumEvidence}");
Check(policy is { MinimumEvidence: 2 }, "the policy file is read with Grading's own contract");

try
{
    Read("{\n  \"minimumEvidence\": \"two\"\n}", "bad.json");
    Check(false, "a string where a number goes is bad data");
}
catch (DataFileException e)
{
    Console.WriteLine($"diagnostic: {e.Diagnostics[0]}");
    Check(e.Diagnostics[0] is { Code: "wrong-type", Line: 2 }, "the wrong type is named with its line");
}

// The package graph: a consumer of Grading and its JSON receives Core and Grading, not Interop or the other packages.
var mathplc = Directory.GetFiles(AppContext.BaseDirectory, "MathPlc.*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
Console.WriteLine($"MathPlc assemblies: {string.Join(", ", mathplc)}");
Check(mathplc.SequenceEqual(["MathPlc.Core.dll", "MathPlc.Grading.dll"]), "only MathPlc.Core and MathPlc.Grading come with MathPlc.Grading");
Console.WriteLine("grading consumer: all checks passed");

static void Check(bool condition, string what)
{
    if (!condition) { Console.Error.WriteLine($"grading consumer check failed: {what}"); Environment.Exit(1); }
}
