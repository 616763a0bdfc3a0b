using MathPlc.Assessments;
using MathPlc.CriticalQuestions;
using MathPlc.Interventions;

namespace MathPlc.Reports.Cycle;

/// <summary>
/// A district's unit cycle summary as a report document (decision 0106): the counts, the results by target, the teams
/// ranked by their share not yet proficient with a link to each team's page, and the capacity and what does not fit.
/// Each team's own page is the report it reads on its own students (<see cref="UnitCycleDocument"/>).
/// </summary>
/// <remarks>
/// Small teams stay private (decisions 0076 and 0082): a team with fewer students than the minimum group size, or
/// fewer scored on some target, shows none of its numbers ("hidden (under N)"), and complementary suppression
/// (<see cref="ComplementarySuppression"/>) hides the next-smallest team's numbers too when the district's total less
/// the shown teams would give a hidden one away. A target with fewer scored students than the minimum shows no counts.
/// Team ids are input: they go into the text as plain runs and links the renderers escape.
/// </remarks>
public static class DistrictCycleDocument
{
    /// <summary>Builds the summary for a district's report.</summary>
    /// <param name="district">The district's report.</param>
    /// <param name="pageExtension">The extension of the team pages the links point to: <c>md</c> or <c>html</c>.</param>
    /// <returns>The summary; its links are <c>teams/NAME.EXT</c> with names from <see cref="TeamPageNames.Assign"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pageExtension"/> is not <c>md</c> or <c>html</c>.</exception>
    public static ReportDocument From(DistrictCycleReport district, string pageExtension) => FromOutline(Guard.Against.Null(district).Outline, pageExtension);

    /// <summary>Builds the summary from a district's outline (decision 0170): the same document as from the whole report.</summary>
    /// <param name="district">The district's outline (<see cref="DistrictCycleReport.Outline"/>, or the teams' outlines of a report written team by team).</param>
    /// <param name="pageExtension">The extension of the team pages the links point to: <c>md</c> or <c>html</c>.</param>
    /// <returns>The summary; its links are <c>teams/NAME.EXT</c> with names from <see cref="TeamPageNames.Assign"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pageExtension"/> is not <c>md</c> or <c>html</c>.</exception>
    public static ReportDocument FromOutline(DistrictCycleOutline district, string pageExtension)
    {
        Guard.Against.Null(district);
        Guard.Against.Null(pageExtension);
        Guard.Against.Unmet(pageExtension is "md" or "html", nameof(pageExtension), $"Team pages are md or html, not \"{pageExtension}\".");
        var first = district.Teams[0];
        int minimum = first.MinimumGroupSize;
        var names = TeamPageNames.Assign(district.Teams.Select(t => t.TeamId));
        var page = district.Teams.Select((t, i) => (t.TeamId, Href: $"teams/{names[i]}.{pageExtension}")).ToDictionary(x => x.TeamId, x => x.Href, StringComparer.Ordinal);
        var hidden = HiddenOf(district, minimum);
        return new ReportDocument($"{first.Unit} — {district.District}: district summary",
            [Counts(district), Targets(district, minimum), Ranking(district, page, hidden, minimum), Capacity(district, page, hidden, minimum)],
            subtitle: $"{first.Assessment} of {Figures.Date(first.AssessedOn)} · next cycle from {Figures.Date(first.NextCycleStart)} · " +
                      $"{Figures.Whole(district.Teams.Length)} teams, each with its own page");
    }

    /// <summary>
    /// Which teams show none of their numbers: those under the minimum group size (students, or scored on some target),
    /// and the complements that keep them from being worked out from the district's total.
    /// </summary>
    /// <param name="district">The district's report.</param>
    /// <param name="minimumGroupSize">The minimum group size.</param>
    /// <returns>Whether each team (in team order) is hidden.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static ImmutableArray<bool> Hidden(DistrictCycleReport district, int minimumGroupSize) => HiddenOf(Guard.Against.Null(district).Outline, minimumGroupSize);

    /// <summary>As <see cref="Hidden(DistrictCycleReport, int)"/>, from a district's outline.</summary>
    /// <param name="district">The district's outline.</param>
    /// <param name="minimumGroupSize">The minimum group size.</param>
    /// <returns>Whether each team (in team order) is hidden.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static ImmutableArray<bool> HiddenOf(DistrictCycleOutline district, int minimumGroupSize)
    {
        Guard.Against.Null(district);
        var teams = district.Teams;
        // Cell 0 is the district (always shown); cells 1..n are the teams, which add up to it.
        int[] sizes = [district.Counts.Students, .. teams.Select(t => t.Counts.Students)];
        bool[] primary = [false, .. teams.Select(t => t.Counts.Students < minimumGroupSize
            || t.Targets.Any(s => s.Scored < minimumGroupSize))];
        var hidden = ComplementarySuppression.Complete(sizes, primary, [(0, [.. Enumerable.Range(1, teams.Length)])], new HashSet<int> { 0 });
        return [.. hidden.Skip(1)];
    }

    private static ReportSection Counts(DistrictCycleOutline district)
    {
        var c = district.Counts;
        return new ReportSection("District counts",
        [
            new ReportParagraph(ReportText.Of(ReportText.Strong(Figures.Whole(district.Teams.Length)), " teams, ", ReportText.Strong(Figures.Whole(c.Students)),
                $" students, {Figures.Whole(c.Sections)} classes, {Figures.Whole(c.Teachers)} teachers, {Figures.Whole(c.Targets)} essential targets.")),
            new ReportTable(["Students by their most intensive response", "Students"],
            [
                ["Tier 3 (screening or documented non-response)", Figures.Whole(c.Tier3)],
                ["Referral to the intervention team", Figures.Whole(c.Referral)],
                ["Tier 2", Figures.Whole(c.Tier2)],
                ["Whole-class reteach (Tier 1)", Figures.Whole(c.WholeClass)],
                ["Not assessed on some target", Figures.Whole(c.NotAssessed)],
                ["Extension (proficient on every target)", Figures.Whole(c.Extension)],
            ]),
        ]);
    }

    private static ReportSection Targets(DistrictCycleOutline district, int minimum) => new("Results by target",
    [
        new ReportTable(["Target", "Proficient", "Not yet", "No score", "Share proficient"], district.Targets.Select(t => (IEnumerable<string>)(t.Scored < minimum
            ? [t.Code ?? t.Target.Value, Hidden(minimum), Hidden(minimum), Figures.Whole(t.WithoutScore), "—"]
            : [t.Code ?? t.Target.Value, Figures.Whole(t.Proficient), Figures.Whole(t.NotYetProficient), Figures.Whole(t.WithoutScore), Figures.Percent(t.ProficientShare!.Value)]))),
    ]);

    private static ReportSection Ranking(DistrictCycleOutline district, Dictionary<string, string> page, ImmutableArray<bool> hidden, int minimum)
    {
        var index = district.Teams.Select((t, i) => (t.TeamId, i)).ToDictionary(x => x.TeamId, x => x.i, StringComparer.Ordinal);
        var shown = district.RankedByNotYetShare().Where(t => !hidden[index[t.TeamId]]).ToList();
        var items = shown.Select(t => ReportText.Link(t.TeamId, page[t.TeamId]) + (t.NotYetShare is { } share
            ? $" — {Figures.Percent(share)} not yet proficient ({Figures.Whole(t.Counts.Students)} students, {Groups(t.Counts)})"
            : $" — no scores ({Figures.Whole(t.Counts.Students)} students)")).ToList();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph("The share of each team's scored results (a student on a target) not yet proficient, highest first; each team's page is its meeting agenda and report."),
            new ReportList(items),
        };
        var withheld = district.Teams.Where((t, i) => hidden[i]).Select(t => ReportText.Link(t.TeamId, page[t.TeamId])).ToList();
        if (withheld.Count > 0)
            blocks.Add(new ReportParagraph(ReportText.Of([$"Not ranked, numbers hidden (under {Figures.Whole(minimum)} students, or withheld so a smaller team cannot be worked out): ",
                .. withheld.SelectMany((link, i) => i == 0 ? [link] : new[] { ReportText.Plain(", "), link }), "."])));
        return new ReportSection("Teams by share not yet proficient", blocks);
    }

    private static ReportSection Capacity(DistrictCycleOutline district, Dictionary<string, string> page, ImmutableArray<bool> hidden, int minimum)
    {
        var c = district.Counts;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"Each team's groups are led by its own adults in its intervention blocks. {Figures.Whole(c.Groups)} Tier 2 and Tier 3 groups fit; " +
                $"{Figures.Whole(c.DoesNotFit)} do not (their students read whole-class reteach, the Tier 1 alternative)."),
        };
        var over = district.Teams.Select((t, i) => (Team: t, Hidden: hidden[i])).Where(x => x.Team.Counts.DoesNotFit > 0 || x.Hidden).ToList();
        var items = over.Where(x => !x.Hidden).Select(x => ReportText.Link(x.Team.TeamId, page[x.Team.TeamId])
            + $": {Figures.Whole(x.Team.Counts.DoesNotFit)} of {Figures.Whole(x.Team.Counts.Groups + x.Team.Counts.DoesNotFit)} groups do not fit "
            + $"({Figures.Whole(x.Team.Adults)} adults × {Figures.Whole(x.Team.Blocks)} blocks)").ToList();
        if (items.Count > 0) blocks.Add(new ReportList(items));
        else if (c.DoesNotFit == 0) blocks.Add(new ReportParagraph("Every team's groups fit its adults and blocks."));
        if (over.Any(x => x.Hidden))
            blocks.Add(new ReportParagraph($"Teams whose numbers are hidden (under {Figures.Whole(minimum)} students, or withheld) are not listed; their pages say what fits."));
        return new ReportSection("Capacity and what does not fit", blocks);
    }

    private static string Groups(CycleCounts c) =>
        $"{Figures.Whole(c.Groups)} group{(c.Groups == 1 ? "" : "s")}" + (c.DoesNotFit > 0 ? $", {Figures.Whole(c.DoesNotFit)} not fitting" : "");

    private static string Hidden(int minimum) => $"hidden (under {Figures.Whole(minimum)})";
}
