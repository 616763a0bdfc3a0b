namespace MathPlc.Cli.Cycle;

/// <summary>What <c>mathplc cycle</c> prints on standard output when there is no <c>--out</c>.</summary>
internal enum CycleFormat
{
    /// <summary>Markdown, the default.</summary>
    Md,

    /// <summary>One self-contained HTML page with SVG charts.</summary>
    Html,

    /// <summary>The report's JSON contract.</summary>
    Json,
}
