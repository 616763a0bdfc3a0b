namespace MathPlc.Tests;

/// <summary>Where the project's real public test data lives: <c>../shared/data</c> beside the repository.</summary>
internal static class SharedData
{
    /// <summary>The repository's root: the nearest folder above the test binaries holding <c>MathPlc.Core.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The <c>shared/data</c> folder beside the repository.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>A path inside <c>shared/data</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MathPlc.Core.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No MathPlc.Core.sln above {AppContext.BaseDirectory}.");
    }
}
