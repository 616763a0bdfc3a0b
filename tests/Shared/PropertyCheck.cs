using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace MathPlc.Tests;

/// <summary>
/// The one FsCheck configuration every property test uses: throws on failure, quiet on success, and a
/// fixed replay seed so every CI run checks the same cases. Set <c>FSCHECK_REPLAY="seed,gamma[,size]"</c>
/// to replay a failure that FsCheck printed.
/// </summary>
internal static class PropertyCheck
{
    private const ulong Seed = 20261122UL;
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    public static Config Config(int maxTest = 300)
    {
        var replay = ParseReplay(Environment.GetEnvironmentVariable("FSCHECK_REPLAY"))
                     ?? new Replay(new Rnd(Seed, Gamma), FSharpOption<int>.None);
        return FsCheck.Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(replay));
    }

    public static void Check(this Property property, int maxTest = 300) => FsCheck.Check.One(Config(maxTest), property);

    private static Replay? ParseReplay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
        var size = parts.Length > 2 ? FSharpOption<int>.Some(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)) : FSharpOption<int>.None;
        return new Replay(new Rnd(ulong.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)), size);
    }
}
