using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// One row of the table of calculation methods (<see cref="CalculationMethods.All"/>): the method's name as the command
/// line and JSON write it, a one-line summary, its parameters, and the factory that makes it from
/// <see cref="MethodSettings"/>.
/// </summary>
/// <remarks>
/// The command line's <c>--method</c> names, its help and its per-method option checks, and the JSON reader's names and
/// defaults, are all read from these rows (decision 0092). A row is compared by identity: it holds a delegate.
/// </remarks>
public sealed class CalculationMethodDefinition
{
    private readonly Func<MethodSettings, CalculationMethod> _create;
    private readonly Func<CalculationMethod, MethodSettings> _settingsOf;

    /// <summary>Describes a method.</summary>
    /// <param name="name">The method's name, lower case (<c>decaying-average</c>); the name of every method the factory makes.</param>
    /// <param name="summary">One line on what the method computes, for <c>--help</c>.</param>
    /// <param name="parameters">The parameters the method takes, in the order they are written; none for a method without parameters.</param>
    /// <param name="create">Makes the method from settings; a setting it does not take is ignored, a null one takes the parameter's default.</param>
    /// <param name="settingsOf">The settings <paramref name="create"/> makes an equal method from, for a method of this name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="summary"/> is empty or white space, <paramref name="name"/> is not lower
    /// case, or <paramref name="parameters"/> holds a null or names one option twice.
    /// </exception>
    public CalculationMethodDefinition(string name, string summary, IEnumerable<MethodParameter> parameters,
        Func<MethodSettings, CalculationMethod> create, Func<CalculationMethod, MethodSettings> settingsOf)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Unmet(name == name.ToLowerInvariant(), nameof(name), $"A method name is lower case; \"{name}\" is not.");
        Summary = Guard.Against.NullOrWhiteSpace(summary);
        Parameters = Guard.Against.NullOrNullElements(parameters, nameof(parameters));
        Guard.Against.Unmet(Parameters.Select(p => p.Option).Distinct(StringComparer.Ordinal).Count() == Parameters.Length,
            nameof(parameters), $"The method {name} names one option twice.");
        _create = Guard.Against.Null(create);
        _settingsOf = Guard.Against.Null(settingsOf);
    }

    /// <summary>The method's name as the command line and JSON write it (<c>decaying-average</c>).</summary>
    public string Name { get; }

    /// <summary>One line on what the method computes, as <c>mathplc proficiency --help</c> lists it.</summary>
    public string Summary { get; }

    /// <summary>The parameters the method takes, in the order JSON writes them.</summary>
    public ValueArray<MethodParameter> Parameters { get; }

    /// <summary>Whether the method has a parameter set by the command-line option <paramref name="option"/> (<c>--decay</c>).</summary>
    /// <param name="option">The option, e.g. <c>--decay</c>.</param>
    /// <returns>True when one of <see cref="Parameters"/> has that option.</returns>
    public bool Takes(string option) => Parameters.Any(p => p.Option == option);

    /// <summary>Makes the method from <paramref name="settings"/>.</summary>
    /// <param name="settings">The parameters; those the method does not take are ignored, and null ones take the default.</param>
    /// <returns>The method, whose <see cref="CalculationMethod.Name"/> is <see cref="Name"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException">A required parameter is missing, or a value is out of range (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public CalculationMethod Create(MethodSettings settings) => _create(Guard.Against.Null(settings));

    /// <summary>The settings that <see cref="Create"/> makes a method equal to <paramref name="method"/> from.</summary>
    /// <param name="method">A method called <see cref="Name"/>.</param>
    /// <returns>The method's parameters as settings; the regression methods' clamp ends as <see cref="MethodSettings.ScaleMinimum"/> and <see cref="MethodSettings.ScaleMaximum"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not called <see cref="Name"/>.</exception>
    public MethodSettings SettingsOf(CalculationMethod method)
    {
        Guard.Against.Null(method);
        Guard.Against.Unmet(method.Name == Name, nameof(method), $"The method {method.Name} is not {Name}.");
        return _settingsOf(method);
    }
}
