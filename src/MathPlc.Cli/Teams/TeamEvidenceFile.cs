using MathPlc.Teams.Json;
using MathPlc.Cli.Shell;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>Reads the Teams commands' <c>--in</c> files through Interop; the CLI has no parser of its own.</summary>
internal static class TeamEvidenceFile
{
    /// <summary>The team evidence in the JSON file at <paramref name="path"/> (one team or an array).</summary>
    /// <exception cref="DataFileException">The file is missing or is not valid team evidence.</exception>
    public static ImmutableArray<TeamEvidence> Read(string path) => InputFile.Read(path, TeamEvidenceJson.Read);

    /// <summary>The series in the CSV file at <paramref name="path"/>, grouped by measure.</summary>
    /// <exception cref="DataFileException">The file is missing or a row is bad; every diagnostic names the line and column.</exception>
    public static ImmutableArray<(string Measure, ImmutableArray<RunChartPoint> Points)> ReadSeries(string path) =>
        RunChartSeriesCsv.ByMeasure(InputFile.Read(path, (stream, file) => RunChartSeriesCsv.Read(stream, file).GetValueOrThrow()));
}
