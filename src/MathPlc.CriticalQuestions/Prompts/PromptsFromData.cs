using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Derives the team's discussion prompts from the unit's data (decisions 0063, 0075): a target most students missed or
/// retaught to every class, groups
/// that do not fit the team's capacity, a section well above the other sections on a target, a student group clearly
/// below the rest of the team, an item that discriminates negatively, and the referrals. Groups below the minimum group
/// size raise no prompt. Every figure is written by <see cref="Figures"/> from the same counts the report's tables show,
/// so a prompt and its table always read the same numbers.
/// </summary>
internal static class PromptsFromData
{
    internal static ImmutableArray<DiscussionPrompt> Derive(UnitCycleInput input, HowWillWeKnowAnswer q2, HowWillWeRespondAnswer q3)
    {
        var prompts = ImmutableArray.CreateBuilder<DiscussionPrompt>();
        var rules = input.Discussion;
        int minimum = q2.MinimumGroupSize;
        var plan = q3.Plan;
        var labels = input.Unit.Targets.ToDictionary(t => t.Id, TargetLabel.Of);

        // Most missed first: the target the agenda asks about is the one the team most needs to rethink.
        foreach (var t in q2.Targets.OrderByDescending(t => t.Scored == 0 ? 0 : (double)t.NotYetProficient / t.Scored))
        {
            if (t.Scored < minimum) continue;
            double share = (double)t.NotYetProficient / t.Scored;
            bool everyClass = plan.Targets.FirstOrDefault(r => r.Target == t.Target)?.WholeTeam == true;
            if (share <= rules.MostMissedShare && !everyClass) continue;
            string code = labels[t.Target];
            prompts.Add(new DiscussionPrompt(PromptKind.TargetMostMissed,
                $"{code}: {t.NotYetProficient} of {t.Scored} ({Figures.Percent(share)}) not yet proficient{(everyClass ? ", and every class reteaches it" : "")}. What in our first teaching of {code} should change before we reteach it?",
                new Reason("target-most-missed", $"{t.NotYetProficient} of {t.Scored} scored students are below the cut on {code}.")
                    .With("target", code).With("not-yet-proficient", t.NotYetProficient).With("scored", t.Scored).With("share", share).With("limit", rules.MostMissedShare)));
        }

        var unfit = plan.Groups.Where(g => !g.Fits && g.Kind == ResponseKind.Tier2).ToList();
        if (unfit.Count > 0)
        {
            int students = unfit.Sum(g => g.Students.Length);
            var codes = unfit.Select(g => g.TargetCode!).Distinct(StringComparer.Ordinal).ToList();
            var capacity = plan.Capacity;
            prompts.Add(new DiscussionPrompt(PromptKind.DoesNotFit,
                $"{unfit.Count} Tier 2 group{(unfit.Count == 1 ? "" : "s")} ({students} students, on {string.Join(", ", codes)}) do not fit the team's {capacity.Adults.Length} adults × {capacity.Blocks.Length} blocks; for now their teachers reteach in class. Do we add an adult or a block, or keep the Tier 1 alternative?",
                new Reason("does-not-fit", $"{unfit.Count} Tier 2 groups do not fit the team's capacity.")
                    .With("groups", unfit.Count).With("students", students).With("targets", string.Join(", ", codes))
                    .With("adults", capacity.Adults.Length).With("blocks", capacity.Blocks.Length)));
        }

        var teacherOf = input.Roster.Students.GroupBy(s => s.Section).ToDictionary(g => g.Key.Value, g => g.First().Teacher);
        var sectionPrompts = new List<(double Difference, DiscussionPrompt Prompt)>();
        foreach (var t in q2.Targets)
        {
            foreach (var rate in q2.TeamData.Rates.Where(r => r.Target == t.Target && r.Kind == Breakdown.Section && r.Proficient is not null))
            {
                int n = rate.Students, x = rate.Proficient!.Value;
                int restN = t.Scored - n, restX = t.Proficient - x;
                if (restN < minimum) continue;
                double own = (double)x / n, rest = (double)restX / restN, difference = own - rest;
                if (difference < rules.SectionAboveBy - 1e-12) continue;
                var teacher = teacherOf[rate.Group];
                string code = labels[t.Target];
                sectionPrompts.Add((difference, new DiscussionPrompt(PromptKind.SectionWellAbove,
                    $"Section {rate.Group} ({teacher}): {x} of {n} ({Figures.Percent(own)}) proficient on {code}, {Figures.Points(difference).TrimStart('+')} above the other sections ({restX} of {restN}, {Figures.Percent(rest)}). What did these students experience that the others did not?",
                    new Reason("section-well-above", $"Section {rate.Group} is {Figures.Points(difference)} above the other sections on {code}.")
                        .With("target", code).With("section", rate.Group).With("teacher", teacher.Value)
                        .With("students", n).With("proficient", x).With("rate", own).With("rest-students", restN).With("rest-proficient", restX)
                        .With("rest-rate", rest).With("difference", difference).With("limit", rules.SectionAboveBy))));
            }
        }
        // The widest lead first: the practice most worth learning from.
        prompts.AddRange(sectionPrompts.OrderByDescending(p => p.Difference).Select(p => p.Prompt));

        foreach (var gap in q2.TeamData.Gaps.Where(g => g.Conclusion == ComparisonConclusion.ClearlyLower))
        {
            string code = labels.TryGetValue(gap.Target, out var l) ? l : gap.Target.Value;
            double rate = gap.Rate.Value!.Value, rest = gap.RestRate.Value!.Value, difference = gap.Difference.Value!.Value;
            var evidence = new Reason("group-gap", $"Students with {gap.Group} are clearly below the rest of the team on {code}.")
                .With("target", code).With("group", gap.Group).With("rate", rate).With("rest-rate", rest).With("difference", difference);
            if (gap.Lower is { } lower && gap.Upper is { } upper) evidence = evidence.With("lower", lower).With("upper", upper);
            prompts.Add(new DiscussionPrompt(PromptKind.GroupGap,
                $"Students with {gap.Group}: {Figures.Percent(rate)} proficient on {code} against {Figures.Percent(rest)} for the rest of the team ({Figures.Points(difference)}), and the interval for the gap lies below zero. What stands between these students and {code}, and how will our first teaching remove it?",
                evidence));
        }

        foreach (var item in q2.ItemAnalysis?.Items ?? [])
        {
            if (!item.Flags.Any(f => f.Code == "negative-discrimination")) continue;
            // The statistic the item table shows beside it: the item-rest correlation, or the upper-lower index without one.
            bool correlation = item.PointBiserialCorrected.Value is not null;
            double value = correlation ? item.PointBiserialCorrected.Value!.Value : item.DiscriminationUpperLower.Value!.Value;
            string statistic = correlation ? "item-rest correlation" : "upper-lower discrimination";
            var reason = new Reason("negative-discrimination", $"Item {item.Item}: {statistic} {Figures.Decimal(value)}.")
                .With("item", item.Item.Value).With("statistic", statistic).With("value", value).With("responses", item.Responses);
            prompts.Add(new DiscussionPrompt(PromptKind.NegativeDiscrimination,
                $"Item {item.Item}: students who did better on the whole assessment did worse on it ({statistic} {Figures.Decimal(value)}). Is the key right, and does the wording mislead students who know the content?",
                reason));
        }

        if (!plan.Referrals.IsEmpty)
            prompts.Add(new DiscussionPrompt(PromptKind.Referrals,
                $"{plan.Referrals.Length} student{(plan.Referrals.Length == 1 ? " is" : "s are")} not yet proficient on {Many(plan.Rules.ReferralCount(input.Unit.Targets.Length) ?? 0, input.Unit.Targets.Length)} and referred to the intervention team. Who brings their screening and diagnostic data, and by when?",
                new Reason("referrals", $"{plan.Referrals.Length} students referred.").With("students", plan.Referrals.Length)
                    .With("count", plan.Rules.ReferralCount(input.Unit.Targets.Length) ?? 0).With("targets", input.Unit.Targets.Length)));
        return prompts.ToImmutable();
    }

    private static string Many(int count, int targets) => count >= targets ? $"any of the {targets} targets" : $"{count} or more of the {targets} targets";
}
