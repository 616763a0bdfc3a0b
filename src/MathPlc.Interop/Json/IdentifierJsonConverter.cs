using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a MathPlc identifier (<see cref="StudentId"/>, <see cref="TargetId"/>, …) as a plain JSON
/// string, <c>"S-104233"</c>, also as a dictionary key.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>
/// Identifiers are made through <see cref="IIdentifier{TSelf}.Create(string)"/>, without reflection, so the
/// converter is safe under trimming and AOT. Surrounding white space is trimmed, as the identifier does.
/// </remarks>
public sealed class IdentifierJsonConverter<T> : StringJsonConverter<T>
    where T : struct, IIdentifier<T>
{
    internal static IdentifierJsonConverter<T> Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public IdentifierJsonConverter()
    {
    }

    private protected override T Parse(string text, string? path)
    {
        try
        {
            return T.Create(text);
        }
        catch (ArgumentException e)
        {
            throw JsonFailure.Create("empty-id", path, text, $"\"{text}\" is not a {typeof(T).Name}: {JsonRead.ReasonOf(e)}", e);
        }
    }

    private protected override string Format(T value) =>
        value.Value ?? throw new ArgumentException($"The default (empty) {typeof(T).Name} cannot be written.", nameof(value));
}
