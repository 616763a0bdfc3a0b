using System.Buffers;

namespace MathPlc.Grading;

/// <summary>
/// Working space for methods that sort (median, mode, top-K): the caller's stack space when the series is small,
/// a pooled array otherwise, so <see cref="CalculationMethod.Compute"/> allocates nothing per call.
/// </summary>
/// <remarks>Use as <c>using var scratch = new ScoreScratch(stackalloc double[ScoreScratch.StackLimit], n);</c>.</remarks>
internal ref struct ScoreScratch
{
    /// <summary>The longest series sorted on the stack (512 bytes); longer ones borrow from <see cref="ArrayPool{T}.Shared"/>.</summary>
    public const int StackLimit = 64;

    private double[]? _rented;
    private readonly Span<double> _space;

    public ScoreScratch(Span<double> stack, int length)
    {
        if (length <= stack.Length)
        {
            _space = stack[..length];
        }
        else
        {
            _rented = ArrayPool<double>.Shared.Rent(length);
            _space = _rented.AsSpan(0, length);
        }
    }

    /// <summary>The working space, as long as asked for.</summary>
    public readonly Span<double> Space => _space;

    /// <summary>Copies <paramref name="source"/> (as long as the scratch) into the scratch and sorts it ascending.</summary>
    public readonly Span<double> SortedCopy(ReadOnlySpan<double> source)
    {
        source.CopyTo(_space);
        _space.Sort();
        return _space;
    }

    public void Dispose()
    {
        if (_rented is null) return;
        ArrayPool<double>.Shared.Return(_rented);
        _rented = null;
    }
}
