using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Standards;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Standards.Tests;

public class PacingProperties
{
    private static readonly LocalDate Start = new(2026, 8, 24);

    private static Gen<SchoolCalendar> Calendars =>
        from length in Gen.Choose(30, 320)
        from closures in Gen.ArrayOf(Gen.Choose(0, 320).Two())
        select new SchoolCalendar(Start, Start.PlusDays(length), null,
            closures.Select(c => (Math.Min(c.Item1, length), Math.Min(length, Math.Min(c.Item1, length) + c.Item2 % 6)))
                .Select(c => new NonInstructionalPeriod($"c{c.Item1}", Start.PlusDays(c.Item1), Start.PlusDays(c.Item2))));

    private static Gen<UnitPlan[]> Plans(bool flex) =>
        Gen.ArrayOf(from teaching in Gen.Choose(1, 12)
                    from assessment in Gen.Choose(0, 2)
                    from flexDays in flex ? Gen.Choose(0, 3) : Gen.Constant(0)
                    select (teaching, assessment, flexDays))
            .Where(a => a.Length is > 0 and <= 8)
            .Select(a => a.Select((u, i) => new UnitPlan($"Unit {i + 1}", u.teaching, null, u.assessment, u.flexDays)).ToArray());

    private static PacingGuide? TrySchedule(SchoolCalendar calendar, UnitPlan[] plans)
    {
        try { return PacingGuide.Schedule(calendar, plans); }
        catch (ArgumentException) { return null; } // the units do not fit in this year (or it has no instructional days)
    }

    [Fact]
    public void Scheduling_uses_exactly_the_planned_days_and_never_a_non_instructional_day() =>
        Prop.ForAll(Calendars.ToArbitrary(), Plans(flex: true).ToArbitrary(), (calendar, plans) =>
        {
            var guide = TrySchedule(calendar, plans);
            if (guide is null) return plans.Sum(p => p.TotalDays) > calendar.InstructionalDays;
            bool ok = true;
            for (int i = 0; i < guide.Units.Length; i++)
            {
                var unit = guide.Units[i];
                ok &= calendar.InstructionalDaysBetween(unit.StartsOn, unit.EndsOn) == plans[i].TotalDays;
                ok &= calendar.IsInstructionalDay(unit.StartsOn) && calendar.IsInstructionalDay(unit.EndsOn);
                ok &= unit.AssessmentOn.Length == plans[i].AssessmentDays && unit.FlexOn.Length == plans[i].FlexDays;
                ok &= unit.AssessmentOn.Concat(unit.FlexOn).All(calendar.IsInstructionalDay);
                if (i > 0) ok &= unit.StartsOn == calendar.PlusInstructionalDays(guide.Units[i - 1].EndsOn, 1);
            }
            return ok && guide.Units[0].StartsOn == calendar.PlusInstructionalDays(calendar.FirstDay.PlusDays(-1), 1);
        }).Check(200);

    [Fact]
    public void Losing_k_days_moves_the_last_unit_by_exactly_k_when_no_flex_days_absorb_them() =>
        Prop.ForAll(Calendars.ToArbitrary(), Plans(flex: false).ToArbitrary(), Gen.Zip(Gen.Choose(0, 1000), Gen.ArrayOf(Gen.Choose(0, 1000))).ToArbitrary(),
            (calendar, plans, picks) =>
        {
            var (pick, lostPicks) = picks;
            var guide = TrySchedule(calendar, plans);
            if (guide is null) return true;
            var last = guide.Units[^1].EndsOn;
            int span = calendar.InstructionalDaysBetween(calendar.FirstDay, last);
            var from = calendar.NthInstructionalDay(1 + pick % span);
            // Lose k instructional days between `from` and the guide's end.
            int remaining = calendar.InstructionalDaysBetween(from, last);
            var lost = lostPicks.Select(p => calendar.PlusInstructionalDays(from.PlusDays(-1), 1 + p % remaining)).Distinct().ToArray();
            var closed = new SchoolCalendar(calendar.FirstDay, calendar.LastDay, calendar.InstructionalWeekdays,
                [.. calendar.NonInstructional, .. lost.Select(d => NonInstructionalPeriod.OnDate("lost", d, NonInstructionalKind.Closure))], calendar.GradingPeriods);
            if (closed.InstructionalDays == 0) return true;
            Repacing result;
            try { result = guide.Repace(closed, from, useFlexDays: false); }
            catch (ArgumentException) { return closed.InstructionalDays < calendar.InstructionalDays; } // the year ran out
            return result.DaysLost == lost.Length && result.Shifts[^1].EndShift == lost.Length
                && (lost.Length == 0
                    ? result.Guide.Units[^1].EndsOn == last
                    : closed.InstructionalDaysBetween(last.PlusDays(1), result.Guide.Units[^1].EndsOn) == lost.Length);
        }).Check(200);
}
