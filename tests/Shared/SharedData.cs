namespace MathPlc.Tests;

/// <summary>Where the repository is, for tests that read its own files (such as the version in Directory.Build.props).</summary>
internal static class SharedData
{
    /// <summary>The repository's root: the nearest folder above the test binaries holding <c>MathPlc.Core.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MathPlc.Core.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No MathPlc.Core.sln above {AppContext.BaseDirectory}.");
    }
}
