using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Columns of a million rows and more, asked to be kept in huge pages (issue 18, decision 0255). A district file's
/// columns are written once, row after row, into memory the process has never touched: on Linux each 4 KB page of it
/// costs a page fault the first time (about 4 ms a megabyte on the measuring machine, a fifth of <c>mathplc tiers</c>'
/// processor time), while a 2 MB huge page costs one. With transparent huge pages in <c>madvise</c> mode (a common
/// default) only memory that asks for them gets them, so each column asks for the 2 MB blocks that lie wholly inside it.
/// </summary>
/// <remarks>
/// Linux only (<c>madvise</c> with <c>MADV_HUGEPAGE</c>); elsewhere, on a column too small to hold a whole block, or if
/// the call fails (huge pages off, an old kernel), nothing happens. It is advice: the column's values, and so every byte
/// the commands write, are the same either way; only how the memory under it is mapped may change.
/// </remarks>
internal static class HugePageColumns
{
    private const long HugePage = 2 << 20;
    private const int AdviseHugePage = 14;   // MADV_HUGEPAGE
    private static volatile bool s_off = !OperatingSystem.IsLinux();

    /// <summary>A new column of <paramref name="length"/> zeros, its whole 2 MB blocks in huge pages where the system allows.</summary>
    public static T[] Make<T>(int length) where T : unmanaged
    {
        var column = new T[length];
        long bytes = (long)length * Unsafe.SizeOf<T>();
        if (s_off || bytes < 2 * HugePage) return column;
        var handle = GCHandle.Alloc(column, GCHandleType.Pinned);
        try
        {
            // Large arrays are not moved by the collector, so the address stays the column's after the handle is freed;
            // were it moved, the advice would fall on other memory, which is harmless.
            long start = handle.AddrOfPinnedObject(), end = start + bytes;
            long from = (start + HugePage - 1) & ~(HugePage - 1), to = end & ~(HugePage - 1);
            if (to > from && madvise((nint)from, (nuint)(to - from), AdviseHugePage) != 0) s_off = true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_off = true;
        }
        finally
        {
            handle.Free();
        }
        return column;
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int madvise(nint address, nuint length, int advice);
}
