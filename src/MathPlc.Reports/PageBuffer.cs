using System.Text;

namespace MathPlc.Reports;

/// <summary>
/// The buffer a page is rendered into, one kept per thread and reused page after page (decision 0205): a district renders
/// 1,000 pages of 40–150 KB, and a fresh builder per page grew chunk by chunk and left a large object behind each time.
/// A page is taken out as text (<see cref="ToStringAndReturn"/>) or as UTF-8 (<see cref="Utf8AndReturn"/>), with no
/// string between.
/// </summary>
internal static class PageBuffer
{
    // A buffer that grew past this (a very large page) is let go rather than kept for the thread's life.
    private const int MostKept = 4 * 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_kept;

    /// <summary>An empty buffer: this thread's, when it is not in use, or a new one.</summary>
    public static StringBuilder Rent()
    {
        var buffer = t_kept ?? new StringBuilder(64 * 1024);
        t_kept = null;
        return buffer.Clear();
    }

    /// <summary>The buffer's text; the buffer goes back to the thread.</summary>
    public static string ToStringAndReturn(StringBuilder buffer)
    {
        string text = buffer.ToString();
        Return(buffer);
        return text;
    }

    /// <summary>
    /// The buffer's text as UTF-8, the bytes <see cref="Encoding.UTF8"/> gives for <see cref="ToStringAndReturn"/>'s
    /// string (an unpaired surrogate as U+FFFD), without making the string; the buffer goes back to the thread.
    /// </summary>
    public static byte[] Utf8AndReturn(StringBuilder buffer)
    {
        byte[] bytes;
        ReadOnlyMemory<char> only = default;
        int chunks = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            if (chunk.IsEmpty) continue;
            only = chunk;
            chunks++;
        }
        if (chunks <= 1)
        {
            var text = only.Span;
            bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, bytes);
        }
        else bytes = Encoding.UTF8.GetBytes(buffer.ToString()); // a surrogate pair may straddle two chunks: encode the whole text
        Return(buffer);
        return bytes;
    }

    private static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= MostKept) t_kept = buffer.Clear();
    }
}
