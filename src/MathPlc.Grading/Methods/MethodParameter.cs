namespace MathPlc.Grading;

/// <summary>
/// One parameter of a calculation method as <see cref="CalculationMethods.All"/> lists it: its name in
/// <see cref="MethodSettings"/> and JSON (<c>decay</c>), the command-line option that sets it (<c>--decay</c>), its default,
/// the values it allows and what it means.
/// </summary>
/// <remarks>
/// The same setting may be several parameters: <c>count</c> is n for <c>n-mastery</c> (<c>--n</c>), N for
/// <c>recent-mean</c> (<c>--recent</c>) and K for <c>top-mean</c> (<c>--top</c>). The default is the method type's own
/// (read from a default-constructed method, so it is written once); null means the parameter is required.
/// </remarks>
public sealed record MethodParameter
{
    /// <summary>Describes a parameter.</summary>
    /// <param name="name">The <see cref="MethodSettings"/> property in camel case, which is also the JSON property (<c>decay</c>, <c>count</c>).</param>
    /// <param name="option">The command-line option that sets it (<c>--decay</c>).</param>
    /// <param name="defaultValue">The value when it is not given (a <see cref="double"/>, <see cref="int"/>, <see cref="bool"/> or enum value); null when it is required.</param>
    /// <param name="range">The values allowed, in words (<c>more than 0 and at most 1</c>).</param>
    /// <param name="description">What the parameter means, in one phrase.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is empty or white space.</exception>
    public MethodParameter(string name, string option, object? defaultValue, string range, string description)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Option = Guard.Against.NullOrWhiteSpace(option);
        Default = defaultValue;
        Range = Guard.Against.NullOrWhiteSpace(range);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>The <see cref="MethodSettings"/> property in camel case, which is also the JSON property (<c>decay</c>).</summary>
    public string Name { get; }

    /// <summary>The command-line option that sets the parameter (<c>--decay</c>).</summary>
    public string Option { get; }

    /// <summary>The value when the parameter is not given (the method type's own default); null when it is required.</summary>
    public object? Default { get; }

    /// <summary>Whether the method cannot be made without this parameter (it has no default).</summary>
    public bool IsRequired => Default is null;

    /// <summary>The values allowed, in words (<c>more than 0 and at most 1</c>).</summary>
    public string Range { get; }

    /// <summary>What the parameter means, in one phrase.</summary>
    public string Description { get; }
}
