using System.Diagnostics;

namespace MathPlc.Cli.Tests;

/// <summary>
/// Runs the built tool as a separate process (<c>dotnet mathplc.dll …</c>, the same entry point the installed
/// <c>mathplc</c> shim runs) under a German locale, and returns its exit code and what it wrote.
/// </summary>
internal static class ToolProcess
{
    /// <summary>The built tool, copied beside the tests by the project reference.</summary>
    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "mathplc.dll");

    /// <summary>Runs the tool with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["LANG"] = "de_DE.UTF-8";
        start.Environment["LC_ALL"] = "de_DE.UTF-8";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mathplc {string.Join(' ', args)} did not finish.");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
