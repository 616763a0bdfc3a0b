namespace MathPlc.Interop.EdFi;

/// <summary>
/// Ed-Fi descriptor values: URI strings <c>namespace#CodeValue</c>, e.g.
/// <c>uri://ed-fi.org/ClassroomPositionDescriptor#Teacher of Record</c> (<c>reference/interop.md</c> §3).
/// </summary>
public static class EdFiDescriptor
{
    /// <summary>The Ed-Fi namespace of the default descriptor values.</summary>
    public const string EdFiNamespace = "uri://ed-fi.org/";

    /// <summary>The code value of a descriptor (the part after <c>#</c>; the whole text when there is no <c>#</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public static string CodeValue(string descriptor)
    {
        Guard.Against.Null(descriptor);
        int hash = descriptor.LastIndexOf('#');
        return (hash < 0 ? descriptor : descriptor[(hash + 1)..]).Trim();
    }

    /// <summary>Whether <paramref name="descriptor"/> has the code value <paramref name="codeValue"/> (ignoring case), in any namespace.</summary>
    public static bool Is(string? descriptor, string codeValue) =>
        descriptor is not null && string.Equals(CodeValue(descriptor), codeValue, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Ed-Fi default value <paramref name="codeValue"/> of descriptor <paramref name="descriptorName"/>.</summary>
    public static string Of(string descriptorName, string codeValue) => $"{EdFiNamespace}{descriptorName}#{codeValue}";
}
