using MathPlc.Core;

namespace MathPlc.Cli.Text;

/// <summary>A reason in a CLI output: <c>{code, message}</c> (the commands that also write its data use Core's <see cref="MathPlc.Core.Json.ReasonContract"/>).</summary>
/// <param name="Code">The stable code, kebab case.</param>
/// <param name="Message">The reason in teachers' words.</param>
internal sealed record ReasonOutput(string Code, string Message)
{
    /// <summary>The output of <paramref name="reason"/>, or null when there is none.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(reason))]
    public static ReasonOutput? Of(Reason? reason) => reason is null ? null : new(reason.Code, reason.Message);

    /// <summary>The outputs of <paramref name="reasons"/>, in order.</summary>
    public static IReadOnlyList<ReasonOutput> Of(IEnumerable<Reason> reasons) => [.. reasons.Select(r => Of(r))];
}
