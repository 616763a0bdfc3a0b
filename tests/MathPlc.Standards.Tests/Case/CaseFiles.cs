using System.Text;
using MathPlc.Standards.Case;
using MathPlc.Tests;

namespace MathPlc.Standards.Tests.Case;

/// <summary>The real CASE packages in tests/data/case (OpenSALT exports, MIT licence) and helpers to read text.</summary>
internal static class CaseFiles
{
    public static string Folder { get; } = SharedData.CaseFolder;

    public static string Ccss => Path.Combine(Folder, "ccss-math-6rp-7rp-opensalt.json");

    public static IEnumerable<string> All => Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal);

    /// <summary>Reads a package file the way a vendor does: open it and read the stream.</summary>
    public static CaseReadResult Read(string path, CaseReadMode mode = CaseReadMode.Tolerant)
    {
        using var stream = File.OpenRead(path);
        return CaseJson.Read(stream, path, mode);
    }

    public static CaseReadResult ReadText(string json, CaseReadMode mode = CaseReadMode.Tolerant) =>
        CaseJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "package.json", mode);

    public static string WriteText(CasePackage package)
    {
        using var buffer = new MemoryStream();
        CaseJson.Write(buffer, package);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static CaseReadResult RoundTrip(CasePackage package, CaseReadMode mode = CaseReadMode.Strict) => ReadText(WriteText(package), mode);
}
