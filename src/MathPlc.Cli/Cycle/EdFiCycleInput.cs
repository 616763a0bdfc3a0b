using MathPlc.Core;
using MathPlc.Cli.Shell;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.EdFi;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// <c>mathplc cycle --edfi DIR [--unit unit.json] [--assessment ID]</c>: the cycle's input from an Ed-Fi ODS/API folder
/// (<see cref="EdFiFolder"/>, put together with the unit file by <see cref="EdFiCycleInputs"/>). The unit file is
/// <c>--unit</c>, or <c>unit.json</c> in the folder.
/// </summary>
internal static class EdFiCycleInput
{
    /// <summary>The options <c>--edfi</c> cannot be used with.</summary>
    public static string? Problem(string? edFi, string? assessment, string? evidence, string? roster, string? oneRoster)
    {
        if (assessment is not null && edFi is null) return "--assessment chooses the common assessment in an Ed-Fi folder; it needs --edfi DIR.";
        if (edFi is null) return null;
        if (evidence is not null || roster is not null || oneRoster is not null)
            return "--edfi brings its own roster and scores; use it without --evidence, --roster and --oneroster.";
        if (string.IsNullOrWhiteSpace(edFi)) return "--edfi needs a folder name.";
        if (assessment is not null && string.IsNullOrWhiteSpace(assessment)) return "--assessment needs an assessment identifier.";
        return null;
    }

    /// <summary>
    /// Reads the folder and the unit file (bad data is a <see cref="DataFileException"/>), says where it came from, and gives
    /// each student's team when the folder's sections are in several schools (a PLC team is one school's, decision 0141).
    /// </summary>
    public static (UnitCycleInput Input, string Source, IReadOnlyDictionary<StudentId, string>? Teams) Read(string folder, string? unit, string? assessment)
    {
        if (!Directory.Exists(folder))
            throw new DataFileException([new DataDiagnostic("folder-not-found", "there is no such folder", folder)]);
        string unitPath = unit ?? Path.Combine(folder, CycleRequest.UnitFileName);
        var unitFile = InputFile.Read(unitPath, CycleUnitJson.Read);
        var read = EdFiFolder.Read(folder);
        var input = EdFiCycleInputs.FromEdFi(unitFile, read, assessment);
        var teams = read.TeamsBySchool();
        if (teams is not null) CycleInputs.CheckTeams(unitFile, unitPath, teams.Values);
        return (input, $"Ed-Fi folder {folder}", teams);
    }
}
