namespace MathPlc.Tests;

/// <summary>
/// Values from input that would become markup or a link if written unescaped (issue 14, cause 1). The rendering tests
/// (Reports) and the CSV table tests (Interop) check the same values.
/// </summary>
internal static class HostileText
{
    public static TheoryData<string> Values => new()
    {
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "[x](javascript:alert(1))",
        "**bold** `code` _em_ # | & $",
    };
}
