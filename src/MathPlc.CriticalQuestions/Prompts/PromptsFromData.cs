using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Derives the team's discussion prompts from the unit's data (decision 0063): a target most students missed, a
/// section well above the other sections on a target, a student group clearly below the rest of the team, an item
/// that discriminates negatively. Groups below the minimum group size raise no prompt.
/// </summary>
internal static class PromptsFromData
{
    internal static ImmutableArray<DiscussionPrompt> Derive(UnitCycleInput input, HowWillWeKnowAnswer q2)
    {
        var prompts = ImmutableArray.CreateBuilder<DiscussionPrompt>();
        var rules = input.Discussion;
        int minimum = q2.MinimumGroupSize;
        var labels = input.Unit.Targets.ToDictionary(t => t.Id, t => t.Code ?? t.Id.Value);

        foreach (var t in q2.Targets)
        {
            if (t.Scored < minimum) continue;
            double share = (double)t.NotYetProficient / t.Scored;
            if (share <= rules.MostMissedShare) continue;
            prompts.Add(new DiscussionPrompt(PromptKind.TargetMostMissed,
                $"Most students have not yet learned {labels[t.Target]}: {t.NotYetProficient} of {t.Scored} ({Percent(share)} %) are below the cut of {Preconditions.Format(t.Cut)}. What in our first teaching of this target should change before we reteach it?",
                new Reason("target-most-missed", $"{t.NotYetProficient} of {t.Scored} scored students are below the cut on {labels[t.Target]}.")
                    .With("target", t.Target.Value).With("code", labels[t.Target]).With("not-yet-proficient", t.NotYetProficient)
                    .With("scored", t.Scored).With("share", share).With("limit", rules.MostMissedShare)));
        }

        var teacherOf = input.Roster.Students.GroupBy(s => s.Section).ToDictionary(g => g.Key.Value, g => g.First().Teacher);
        foreach (var t in q2.Targets)
        {
            foreach (var rate in q2.TeamData.Rates.Where(r => r.Target == t.Target && r.Kind == GroupKind.Section && r.Proficient is not null))
            {
                int n = rate.Students, x = rate.Proficient!.Value;
                int restN = t.Scored - n, restX = t.Proficient - x;
                if (restN < minimum) continue;
                double own = (double)x / n, rest = (double)restX / restN, difference = own - rest;
                if (difference < rules.SectionAboveBy - 1e-12) continue;
                var teacher = teacherOf[rate.Group];
                prompts.Add(new DiscussionPrompt(PromptKind.SectionWellAbove,
                    $"Section {rate.Group} ({teacher}) has {x} of {n} students ({Percent(own)} %) proficient on {labels[t.Target]}, {Percent(difference)} points above the other sections ({restX} of {restN}, {Percent(rest)} %). What did these students experience that the others did not?",
                    new Reason("section-well-above", $"Section {rate.Group} is {Percent(difference)} points above the other sections on {labels[t.Target]}.")
                        .With("target", t.Target.Value).With("code", labels[t.Target]).With("section", rate.Group).With("teacher", teacher.Value)
                        .With("students", n).With("proficient", x).With("rate", own).With("rest-students", restN).With("rest-proficient", restX)
                        .With("rest-rate", rest).With("difference", difference).With("limit", rules.SectionAboveBy)));
            }
        }

        foreach (var gap in q2.TeamData.Gaps.Where(g => g.Conclusion == ComparisonConclusion.ClearlyLower))
        {
            string label = labels.TryGetValue(gap.Target, out var l) ? l : gap.Target.Value;
            prompts.Add(new DiscussionPrompt(PromptKind.GroupGap,
                $"Students with {gap.Group} are {Percent(-gap.Difference.Value!.Value)} points below the rest of the team on {label} ({Percent(gap.Rate.Value!.Value)} % against {Percent(gap.RestRate.Value!.Value)} %), and the interval for the gap lies below zero. What stands between these students and this target, and how will our first teaching remove it?",
                new Reason("group-gap", gap.Reason.Message, gap.Reason.Data.Append(new("code", label)).Append(new("group", gap.Group))
                    .Append(new("rate", Format(gap.Rate.Value!.Value))).Append(new("rest-rate", Format(gap.RestRate.Value!.Value))))));
        }

        foreach (var item in q2.ItemAnalysis?.Items ?? [])
        {
            var flag = item.Flags.FirstOrDefault(f => f.Code == "negative-discrimination");
            if (flag is null) continue;
            double value = double.Parse(flag.Data["discrimination"], System.Globalization.CultureInfo.InvariantCulture);
            var reason = new Reason("negative-discrimination", flag.Message).With("item", item.Item.Value).With("discrimination", value).With("responses", item.Responses);
            if (item.Difficulty.Value is { } p) reason = reason.With("difficulty", p);
            prompts.Add(new DiscussionPrompt(PromptKind.NegativeDiscrimination,
                $"On item {item.Item}, students who did better on the whole assessment did worse (discrimination {Preconditions.Format(Math.Round(value, 2))}). Is the key right, and does the wording mislead students who know the content?",
                reason));
        }
        return prompts.ToImmutable();
    }

    private static string Percent(double share) => Preconditions.Format(Math.Round(share * 100, 1));

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
