namespace MathPlc.Tests;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mathplc-{Guid.NewGuid():N}")).FullName;

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the folder, hidden ones included, sorted.</summary>
    public string[] FileNames() => [.. Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
