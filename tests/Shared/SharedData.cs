namespace MathPlc.Tests;

/// <summary>Where the repository is, for tests that read its own files (such as the version in Directory.Build.props).</summary>
internal static class SharedData
{
    /// <summary>The repository's root: the nearest folder above the test binaries holding <c>MathPlc.Core.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The real CASE packages the repository carries (<c>tests/data/case</c>: OpenSALT exports, MIT licence, see
    /// <c>tests/data/README.md</c>). Tests read data only from inside the repository, so a clone anywhere passes.
    /// </summary>
    public static string CaseFolder { get; } = Path.Combine(RepositoryRoot, "tests", "data", "case");

    /// <summary>The full path of the CASE package <paramref name="fileName"/> in <see cref="CaseFolder"/>.</summary>
    public static string CaseFile(string fileName) => Path.Combine(CaseFolder, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MathPlc.Core.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No MathPlc.Core.sln above {AppContext.BaseDirectory}.");
    }
}
