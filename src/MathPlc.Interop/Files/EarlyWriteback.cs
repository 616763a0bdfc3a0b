using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MathPlc.Interop;

/// <summary>
/// Asks the operating system to start writing a file's bytes to disk now, without waiting for it (decision 0250): a
/// district's <c>report.json</c> and tables are hundreds of megabytes, and without this the kernel writes most of them
/// back only when the final <c>fsync</c> asks, after the last team, with nothing else left to do. Started early, the
/// writing overlaps the teams' work and the final <c>fsync</c> waits on the last few megabytes only.
/// </summary>
/// <remarks>
/// Linux only (<c>sync_file_range</c> with <c>SYNC_FILE_RANGE_WRITE</c>, which starts the write-out of the dirty pages
/// and returns); elsewhere nothing happens. It changes no guarantee: every file is still flushed with <c>fsync</c> before
/// any is moved into place (decision 0180). A failure (an old kernel, a file system without it) turns it off.
/// </remarks>
internal static class EarlyWriteback
{
    private const uint SyncFileRangeWrite = 2;
    private static volatile bool s_off = !OperatingSystem.IsLinux();

    /// <summary>Starts the write-out of every byte of <paramref name="file"/> handed to the operating system so far.</summary>
    public static void Start(SafeFileHandle file)
    {
        if (s_off || file.IsClosed || file.IsInvalid) return;
        try
        {
            if (sync_file_range(file.DangerousGetHandle(), 0, 0, SyncFileRangeWrite) != 0) s_off = true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_off = true;
        }
    }

    [DllImport("libc", EntryPoint = "sync_file_range")]
    private static extern int sync_file_range(nint fd, long offset, long nbytes, uint flags);
}

/// <summary>
/// A temporary file's stream that starts its write-out (<see cref="EarlyWriteback"/>) each time another
/// <paramref name="stretch"/> bytes (8 MB unless given) have been written, so a large file is mostly on disk by the
/// time it is closed. The bytes are the file's, exactly as written.
/// </summary>
internal sealed class WritebackStream(FileStream file, long stretch = WritebackStream.Stretch) : Stream
{
    /// <summary>How many bytes are written between two write-outs.</summary>
    public const long Stretch = 8 << 20;

    private long _sinceWriteback;

    /// <summary>How many write-outs were started (tests).</summary>
    internal int Writebacks { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => file.CanSeek;
    public override bool CanWrite => file.CanWrite;
    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        Wrote(buffer.Length);
    }

    public override void WriteByte(byte value)
    {
        file.WriteByte(value);
        Wrote(1);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await file.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Wrote(buffer.Length);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => file.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);
    public override void SetLength(long value) => file.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing) file.Dispose();
        base.Dispose(disposing);
    }

    private void Wrote(int count)
    {
        _sinceWriteback += count;
        if (_sinceWriteback < stretch) return;
        _sinceWriteback = 0;
        Writebacks++;
        file.Flush();
        EarlyWriteback.Start(file.SafeFileHandle);
    }
}
