using System.Text;

namespace MathPlc.Cli.Text;

/// <summary>Names as the command line writes them: lower-case words joined by hyphens (<c>MostRecent</c> → <c>most-recent</c>).</summary>
internal static class KebabCase
{
    /// <summary>The kebab-case form of a PascalCase name.</summary>
    public static string Of(string pascalCase)
    {
        var text = new StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsUpper(c) && i > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
