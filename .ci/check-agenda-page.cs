#!/usr/bin/env dotnet
// Checks that page one of a printed MathPlc unit report holds its whole meeting agenda (issue 12). Used by
// .ci/check-html-report; run on its own as
//   dotnet run .ci/check-agenda-page.cs -- REPORT.html PAGE1.txt PAGE2.txt
// The agenda is the HTML's <section class="ends-page">. Its heading, the text of every list item (the responses, Tier 3,
// referrals, students not assessed and the discussion questions) and of every table cell must be on page one, as
// pdftotext gives it; and page one must hold nothing of the next section's heading, which page two must hold. Text is
// compared as letters and digits only, so line breaks, hyphenation and spacing in the PDF do not matter.
using System.Net;
using System.Text.RegularExpressions;

if (args.Length != 3) { Console.Error.WriteLine("usage: check-agenda-page REPORT.html PAGE1.txt PAGE2.txt"); return 2; }
string html = File.ReadAllText(args[0]);
string page1 = Squeeze(File.ReadAllText(args[1])), page2 = Squeeze(File.ReadAllText(args[2]));

var agenda = Regex.Match(html, "<section class=\"ends-page\"[^>]*>([\\s\\S]*?)</section>");
if (!agenda.Success) return Fail("the report has no <section class=\"ends-page\">.");
string body = Regex.Replace(agenda.Groups[1].Value, "<svg[\\s\\S]*?</svg>|<details[\\s\\S]*?</details>|<figcaption[\\s\\S]*?</figcaption>", "");
var pieces = Regex.Matches(body, "<(h2|h3|li|td|th|p|caption)[^>]*>([\\s\\S]*?)</\\1>")
    .Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")).Trim())
    .Where(t => t.Length > 0).ToList();
if (pieces.Count == 0) return Fail("the agenda section holds no text.");
var missing = pieces.Where(p => !page1.Contains(Squeeze(p), StringComparison.Ordinal)).ToList();
if (missing.Count > 0)
    return Fail($"page one lacks {missing.Count} of the agenda's {pieces.Count} pieces of text, first: \"{Cut(missing[0])}\" — the agenda does not fit its page.");

var next = Regex.Match(html, "</section>\\s*<section[^>]*>\\s*<h2[^>]*>([^<]*)</h2>");
if (next.Success)
{
    string heading = Squeeze(WebUtility.HtmlDecode(next.Groups[1].Value));
    if (page1.Contains(heading, StringComparison.Ordinal)) return Fail($"page one also holds the next section, \"{next.Groups[1].Value}\": no page break after the agenda.");
    if (!page2.Contains(heading, StringComparison.Ordinal)) return Fail($"page two does not start the next section, \"{next.Groups[1].Value}\".");
}
Console.WriteLine($"ok: page one holds the whole agenda ({pieces.Count} pieces of text); the detail starts on page two");
return 0;

static string Squeeze(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

static string Cut(string text) => text.Length > 80 ? text[..79] + "…" : text;

static int Fail(string why)
{
    Console.Error.WriteLine($"check-agenda-page: {why}");
    return 1;
}
