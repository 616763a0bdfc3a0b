using System.Globalization;

namespace MathPlc.Grading.Tests;

/// <summary>Runs a check under another culture, to show that messages and descriptions do not depend on it.</summary>
internal static class InCulture
{
    public static void Run(string name, Action check)
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo(name);
            check();
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
