using System.Text;

namespace MathPlc.Cli.Text;

/// <summary>
/// Turns a writer that produces UTF-8 bytes (Interop's CSV tables)
/// into the text a command returns, so every format goes through the same output step.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The text <paramref name="write"/> writes to a stream, read as UTF-8.</summary>
    public static string Of(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
