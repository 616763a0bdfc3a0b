namespace MathPlc.Cli.Shell;

/// <summary>The formats a command can write with <c>--format</c>; each command accepts the ones that suit it.</summary>
internal enum OutputFormat
{
    /// <summary>A short human report in Markdown (<c>md</c>).</summary>
    Md,

    /// <summary>JSON with camelCase property names (<c>json</c>).</summary>
    Json,

    /// <summary>RFC 4180 comma-separated values with a header row (<c>csv</c>).</summary>
    Csv,

    /// <summary>A self-contained HTML report with SVG charts (<c>html</c>).</summary>
    Html,
}
