using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// The response model of RTI at Work and Mathematics in a PLC at Work as one pure function: after a common assessment,
/// each roster student's response on each essential target — whole-class reteach, a short Tier 2 group, Tier 3, a
/// referral, extension, or none — with the adult, the blocks, the dates and the reason.
/// </summary>
/// <remarks>
/// <para>The rules, in order (decision 0075):</para>
/// <list type="number">
/// <item><b>Not assessed.</b> A student without a score on a target gets <see cref="ResponseKind.None"/> on it, with the
/// reason (absent from the assessment, or its items left blank) and the date to assess by. Never counted as proficient,
/// never as "core".</item>
/// <item><b>Extension.</b> A student proficient on a target extends on it (its 4.0 description) with their teacher while
/// others are retaught it — on every target they are proficient on, whatever else they need.</item>
/// <item><b>Tier 3 only from its sources.</b> A student whose screening percentile lies in the intensive band, or whose
/// Tier 2 non-response is documented, is in Tier 3: on every target not yet met the response is the Tier 3 group, which
/// works on the foundational skills under the first such target (its 2.0 description). One common assessment never
/// places a student in Tier 3 (reference/interventions.md §1.2, §11).</item>
/// <item><b>Referral.</b> A student not yet proficient on at least <see cref="ResponseRules.ReferralCount"/> targets (by
/// default every target of a unit of three or more) is referred: the intervention team looks at screening and diagnostic data. The student keeps a Tier 2 group
/// on the first target below (prerequisites first); the other targets not yet met read <c>referral</c>.</item>
/// <item><b>Tier 1 first.</b> Per target and class: when the share of the team's scored students not yet proficient is at
/// or above <see cref="ResponseRules.WholeClassAtLeast"/>, every class is retaught the target; otherwise a class whose
/// own share is at or above it is retaught it (SkillGrouper's "Tier 1 universal reteaching" per section and skill).
/// Its students not yet proficient get <see cref="ResponseKind.WholeClass"/>.</item>
/// <item><b>Tier 2 by target, one at a time.</b> Every other student not yet proficient is grouped on the first such
/// target in prerequisite order (one target per cycle; "one skill at a time", reference/interventions.md §10); later
/// targets read <c>tier2</c> without a group, starting after the reassessment. Groups per target hold at most the Tier 2
/// maximum, sizes balanced; students are dealt in id order.</item>
/// <item><b>Capacity.</b> Each adult leads at most one group per block. Tier 3 groups are staffed first, each by one adult
/// in every block that adult has free; then each Tier 2 group gets one block with an adult (the adult who teaches most of
/// its students first); then blocks left over are given to Tier 2 groups one at a time, with their own adult, so groups
/// meet more often. A Tier 2 group that finds no adult does not fit: its students get the Tier 1 alternative (their
/// teacher reteaches the target in class) and the plan says so. A Tier 3 group without an adult keeps its students in
/// Tier 3 (the intervention team staffs it).</item>
/// </list>
/// <para>
/// Dates: the cycle starts on the first instructional day on or after the given start; Tier 2 sessions are the days of
/// the group's blocks before the reassessment, which falls <see cref="ResponseRules.ReassessAfterDays"/> instructional
/// days after the start; Tier 3 sessions run to the review <see cref="ResponseRules.Tier3ReviewAfterDays"/> instructional
/// days after the start. Sources: Buffum, Mattos and Malone, <i>Taking Action</i> (2018); Kanold et al., <i>Mathematics
/// Assessment and Intervention in a PLC at Work</i>; reference/interventions.md §1.2, §10, §11, §13.
/// </para>
/// </remarks>
public static class ResponsePlanning
{
    /// <summary>Plans the responses.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A caller's mistake, named in the message: a score, screening result or non-response for a student not on the roster,
    /// or twice for one student (and target); a score on a target that is not essential, or not finite; a block on a
    /// weekday the school does not teach; a start outside the calendar or with no instructional day after it.
    /// </exception>
    public static ResponsePlan Plan(ResponseInput input)
    {
        Guard.Against.Null(input);
        var context = new Context(input);
        return context.Build();
    }

    private sealed class Context
    {
        private readonly ResponseInput _input;
        private readonly ImmutableArray<RosterStudent> _students;
        private readonly ImmutableArray<ResponseTarget> _targets;
        private readonly ResponseRules _rules;
        private readonly int _n, _k;
        private readonly double?[] _scores;
        private readonly TargetStatus[] _status;
        private readonly Dictionary<StudentId, int> _index = [];
        private readonly List<Reason> _notes = [];
        private LocalDate _start, _reassess, _review;

        public Context(ResponseInput input)
        {
            _input = input;
            _students = input.Roster.Students;
            _targets = input.Targets;
            _rules = input.Rules;
            _n = _students.Length;
            _k = _targets.Length;
            for (int i = 0; i < _n; i++) _index[_students[i].Student] = i;
            _scores = new double?[_n * _k];
            _status = new TargetStatus[_n * _k];
        }

        public ResponsePlan Build()
        {
            ReadScores();
            Dates();
            var tier3 = Tier3Students();
            var classes = ClassDecisions(out bool[] wholeClass);
            RememberClasses(classes);
            var referred = Referrals(tier3);
            var candidate = Tier2Candidates(tier3, wholeClass);
            var tier3Groups = Tier3Groups(tier3);
            var tier2Groups = Tier2Groups(candidate);
            Staff(tier3Groups, tier2Groups);
            var groups = tier3Groups.Concat(tier2Groups).Select(g => g.Finish(this)).ToImmutableArray();
            var groupOf = new Dictionary<(int Student, int Target), ResponseGroup>();
            var tier3GroupOf = new Dictionary<int, ResponseGroup>();
            foreach (var (draft, group) in tier3Groups.Concat(tier2Groups).Zip(groups))
                foreach (int i in draft.Members)
                {
                    if (draft.Kind == ResponseKind.Tier3) tier3GroupOf[i] = group;
                    else groupOf[(i, draft.TargetIndex!.Value)] = group;
                }

            var responses = ImmutableArray.CreateBuilder<StudentResponse>(_n * _k);
            for (int i = 0; i < _n; i++)
                for (int t = 0; t < _k; t++)
                    responses.Add(Respond(i, t, tier3, referred, candidate, wholeClass, groupOf, tier3GroupOf));
            var rows = responses.MoveToImmutable();

            return new ResponsePlan(_start, _reassess, _review, _rules, _input.Capacity, rows, TargetResponses(rows, classes, groups),
                classes, groups, Tier3List(tier3), ReferralList(referred), NotAssessedList(), [.. _notes]);
        }

        // ---- input -------------------------------------------------------------------------------------------------

        private void ReadScores()
        {
            var targetIndex = new Dictionary<TargetId, int>(_k);
            for (int t = 0; t < _k; t++) targetIndex[_targets[t].Id] = t;
            var seen = new bool[_n * _k];
            // A unit cycle gives the scores roster student by target (issue 18): the j-th score is first compared with the
            // j-th pair, and its student and target are looked up only when it is not that pair.
            int j = 0;
            foreach (var score in _input.Scores)
            {
                int i = j / Math.Max(_k, 1), t = j % Math.Max(_k, 1);
                j++;
                if (_k == 0 || i >= _n || _students[i].Student != score.StudentId || _targets[t].Id != score.TargetId)
                {
                    Guard.Against.Unmet(_index.TryGetValue(score.StudentId, out i), "input",
                        $"A score names the student {score.StudentId}, who is not on the roster.");
                    Guard.Against.Unmet(targetIndex.TryGetValue(score.TargetId, out t), "input",
                        $"A score of {score.StudentId} is on {score.TargetId}, which is not an essential target.");
                }
                Guard.Against.Unmet(!seen[i * _k + t], "input", $"The student {score.StudentId} has two scores on {_targets[t].Code}.");
                seen[i * _k + t] = true;
                if (score.Score is { } s) Guard.Against.NotFinite(s, "input");
                _scores[i * _k + t] = score.Score;
            }
            for (int i = 0; i < _n; i++)
                for (int t = 0; t < _k; t++)
                    _status[i * _k + t] = _scores[i * _k + t] is not { } s ? TargetStatus.NoScore
                        : Threshold.AtOrAbove(s, _targets[t].Cut) ? TargetStatus.Proficient : TargetStatus.NotYet;
        }

        private void Dates()
        {
            var calendar = _input.Calendar;
            foreach (var block in _input.Capacity.Blocks)
                Guard.Against.Unmet(calendar.InstructionalWeekdays.Contains(block.Day), "input",
                    $"The block on {block.DayName} falls on a weekday the school does not teach.");
            var start = _input.Start;
            Guard.Against.Unmet(start >= calendar.FirstDay && start <= calendar.LastDay, "input",
                $"The cycle starts on {Figures.Date(start)}, outside the calendar ({Figures.Date(calendar.FirstDay)} to {Figures.Date(calendar.LastDay)}).");
            if (!calendar.IsInstructionalDay(start))
            {
                Guard.Against.Unmet(calendar.TryPlusInstructionalDays(start, 1, out var next), "input",
                    $"The cycle starts on {Figures.Date(start)}, after the calendar's last instructional day.");
                start = next;
            }
            _start = start;
            _reassess = PlusDays(_rules.ReassessAfterDays, "reassessment");
            _review = PlusDays(_rules.Tier3ReviewAfterDays, "Tier 3 review");
        }

        private LocalDate PlusDays(int days, string what)
        {
            if (_input.Calendar.TryPlusInstructionalDays(_start, days, out var date)) return date;
            _notes.Add(Why.Of("calendar-ends", $"The {what} would fall {days} instructional days after {Figures.Date(_start)}, past the calendar's end; it is on the last day, {Figures.Date(_input.Calendar.LastDay)}.",
                ("what", what), ("days", Why.N(days))));
            return _input.Calendar.LastDay;
        }

        // ---- who needs what ----------------------------------------------------------------------------------------

        private Tier3Student?[] Tier3Students()
        {
            var result = new Tier3Student?[_n];
            var screened = new HashSet<StudentId>();
            foreach (var s in _input.Screening)
            {
                Guard.Against.Unmet(_index.TryGetValue(s.StudentId, out int i), "input",
                    $"A screening result names the student {s.StudentId}, who is not on the roster.");
                Guard.Against.Unmet(screened.Add(s.StudentId), "input", $"The student {s.StudentId} has two screening results.");
                if (_input.ScreeningBands.BandOf(s.Percentile) != ScreeningBand.Intensive) continue;
                result[i] = new Tier3Student(s.StudentId, Tier3Source.Screening, s.Percentile,
                    Why.Of("screening-intensive", $"Universal screening at the {Why.N(s.Percentile)}th percentile, below the intensive cut of {Why.N(_input.ScreeningBands.TargetedFrom)}.",
                        ("percentile", Why.N(s.Percentile)), ("cut", Why.N(_input.ScreeningBands.TargetedFrom))));
            }
            var decided = new HashSet<StudentId>();
            foreach (var d in _input.NonResponse)
            {
                Guard.Against.Unmet(_index.TryGetValue(d.Student, out int i), "input",
                    $"A non-response decision names the student {d.Student}, who is not on the roster.");
                Guard.Against.Unmet(decided.Add(d.Student), "input", $"The student {d.Student} has two non-response decisions.");
                if (result[i] is not null) continue;
                result[i] = new Tier3Student(d.Student, Tier3Source.NonResponse, null,
                    Why.Of("tier2-non-response", $"No response to Tier 2, documented on {Figures.Date(d.DecidedOn)}: {d.Reason}",
                        ("decided-on", Figures.Date(d.DecidedOn)), ("why", d.Reason)));
            }
            return result;
        }

        private ImmutableArray<ClassDecision> ClassDecisions(out bool[] wholeClass)
        {
            var sections = _input.Roster.Sections;
            var sectionIndex = new Dictionary<SectionId, int>(sections.Length);
            for (int s = 0; s < sections.Length; s++) sectionIndex[sections[s]] = s;
            var teacherOf = new TeacherId[sections.Length];
            foreach (var student in _students) teacherOf[sectionIndex[student.Section]] = student.Teacher;
            var counts = new int[_k, sections.Length, 3];
            for (int i = 0; i < _n; i++)
                for (int t = 0; t < _k; t++)
                    counts[t, sectionIndex[_students[i].Section], (int)_status[i * _k + t]]++;

            wholeClass = new bool[_k * sections.Length];
            double line = _rules.WholeClassAtLeast;
            var classes = ImmutableArray.CreateBuilder<ClassDecision>(_k * sections.Length);
            for (int t = 0; t < _k; t++)
            {
                int teamYes = 0, teamNo = 0;
                for (int s = 0; s < sections.Length; s++) (teamYes, teamNo) = (teamYes + counts[t, s, 0], teamNo + counts[t, s, 1]);
                double? teamShare = teamYes + teamNo == 0 ? null : (double)teamNo / (teamYes + teamNo);
                bool team = teamShare is { } ts && Threshold.AtOrAbove(ts, line);
                var target = _targets[t];
                for (int s = 0; s < sections.Length; s++)
                {
                    int yes = counts[t, s, 0], no = counts[t, s, 1], none = counts[t, s, 2];
                    double? share = yes + no == 0 ? null : (double)no / (yes + no);
                    bool own = share is { } sh && Threshold.AtOrAbove(sh, line);
                    bool whole = team || own;
                    Reason reason = team
                        ? Why.Of("whole-team", $"{teamNo} of {teamYes + teamNo} of the team's students ({Figures.Percent(teamShare!.Value)}) are not yet proficient on {target.Code}, at or above the whole-class line of {Figures.Percent(line)}: every class is retaught it.",
                            ("target", target.Code), ("not-yet", Why.N(teamNo)), ("scored", Why.N(teamYes + teamNo)), ("share", Why.N(teamShare.Value)), ("line", Why.N(line)))
                        : own
                            ? Why.Of("whole-class", $"{no} of {yes + no} students in {sections[s]} ({Figures.Percent(share!.Value)}) are not yet proficient on {target.Code}, at or above the whole-class line of {Figures.Percent(line)}: the class is retaught it.",
                                ("target", target.Code), ("section", sections[s].Value), ("not-yet", Why.N(no)), ("scored", Why.N(yes + no)), ("share", Why.N(share.Value)), ("line", Why.N(line)))
                            : share is { } below
                                ? Why.Of("below-line", $"{no} of {yes + no} students in {sections[s]} ({Figures.Percent(below)}) are not yet proficient on {target.Code}, below the whole-class line of {Figures.Percent(line)}: they are grouped.",
                                    ("target", target.Code), ("section", sections[s].Value), ("not-yet", Why.N(no)), ("scored", Why.N(yes + no)), ("share", Why.N(below)), ("line", Why.N(line)))
                                : Why.Of("no-scores", $"No student in {sections[s]} has a score on {target.Code}.", ("target", target.Code), ("section", sections[s].Value));
                    wholeClass[t * sections.Length + s] = whole;
                    classes.Add(new ClassDecision(target.Id, target.Code, sections[s], teacherOf[s], yes, no, none, whole, reason));
                }
            }
            _sectionIndex = sectionIndex;
            _sections = sections;
            // Each student's section by number, looked up once (issue 18: a dictionary lookup per row and target).
            _sectionOf = new int[_n];
            for (int i = 0; i < _n; i++) _sectionOf[i] = sectionIndex[_students[i].Section];
            return classes.MoveToImmutable();
        }

        private Dictionary<SectionId, int> _sectionIndex = [];
        private ImmutableArray<SectionId> _sections = [];
        private int[] _sectionOf = [];

        private bool WholeClass(bool[] wholeClass, int i, int t) => wholeClass[t * _sections.Length + _sectionOf[i]];

        private int NotYetCount(int i)
        {
            int count = 0;
            for (int t = 0; t < _k; t++) if (_status[i * _k + t] == TargetStatus.NotYet) count++;
            return count;
        }

        private bool[] Referrals(Tier3Student?[] tier3)
        {
            var referred = new bool[_n];
            if (_rules.ReferralCount(_k) is not { } many) return referred;
            for (int i = 0; i < _n; i++) referred[i] = tier3[i] is null && NotYetCount(i) >= many;
            return referred;
        }

        /// <summary>Each student's Tier 2 target this cycle (index), or -1: the first target not yet met that is not retaught whole.</summary>
        private int[] Tier2Candidates(Tier3Student?[] tier3, bool[] wholeClass)
        {
            var candidate = new int[_n];
            for (int i = 0; i < _n; i++)
            {
                candidate[i] = -1;
                if (tier3[i] is not null) continue;
                for (int t = 0; t < _k; t++)
                    if (_status[i * _k + t] == TargetStatus.NotYet && !WholeClass(wholeClass, i, t)) { candidate[i] = t; break; }
            }
            return candidate;
        }

        // ---- groups ------------------------------------------------------------------------------------------------

        private sealed class Draft(string id, ResponseKind kind, int? targetIndex, string focus, List<int> members, Reason reason)
        {
            public string Id { get; } = id;
            public ResponseKind Kind { get; } = kind;
            public int? TargetIndex { get; } = targetIndex;
            public string Focus { get; } = focus;
            public List<int> Members { get; } = members;
            public Reason Reason { get; } = reason;
            public int Adult { get; set; } = -1;
            public List<int> Blocks { get; } = [];

            public ResponseGroup Finish(Context c)
            {
                var capacity = c._input.Capacity;
                var blocks = Blocks.Order().Select(b => capacity.Blocks[b]).ToImmutableArray();
                var end = Kind == ResponseKind.Tier3 ? c._review : c._reassess;
                var sessions = ImmutableArray.CreateBuilder<LocalDate>();
                if (!blocks.IsEmpty)
                    for (var d = c._start; d < end; d = d.PlusDays(1))
                        if (blocks.Any(b => b.Day == d.DayOfWeek) && c._input.Calendar.IsInstructionalDay(d)) sessions.Add(d);
                var target = TargetIndex is { } t ? c._targets[t] : null;
                var students = Members.Select(i => c._students[i].Student).ToImmutableArray();
                Reason reason = Reason;
                if (Adult < 0)
                    reason = Kind == ResponseKind.Tier3
                        ? Why.Of("tier3-unstaffed", $"{Reason.Message} No adult of the team is free in any block: the intervention team staffs it.", ("size", Why.N(students.Length)))
                        : Why.Of("over-capacity", $"{Reason.Message} It does not fit: every adult already leads a group in every block ({capacity.Adults.Length} adults × {capacity.Blocks.Length} blocks). Tier 1 alternative: the students' teachers reteach {target!.Code} in class, unless the team adds an adult or a block.",
                            ("size", Why.N(students.Length)), ("adults", Why.N(capacity.Adults.Length)), ("blocks", Why.N(capacity.Blocks.Length)));
                else if (sessions.Count == 0)
                    c._notes.Add(Why.Of("no-sessions", $"Group {Id} has no session: none of its blocks falls on an instructional day before {Figures.Date(end)}.", ("group", Id)));
                return new ResponseGroup(Id, Kind, target?.Id, target?.Code, Focus, students, Adult < 0 ? null : capacity.Adults[Adult],
                    blocks, sessions.ToImmutable(), end, reason);
            }
        }

        private List<Draft> Tier3Groups(Tier3Student?[] tier3)
        {
            // Grouped by focus: the first target not yet met (its foundations), or the screening's skills when none.
            var buckets = new SortedDictionary<int, List<int>>();
            for (int i = 0; i < _n; i++)
            {
                if (tier3[i] is null) continue;
                int focus = _k;
                for (int t = 0; t < _k; t++) if (_status[i * _k + t] == TargetStatus.NotYet) { focus = t; break; }
                if (!buckets.TryGetValue(focus, out var list)) buckets[focus] = list = [];
                list.Add(i);
            }
            var drafts = new List<Draft>();
            foreach (var (focus, members) in buckets)
            {
                var target = focus < _k ? _targets[focus] : null;
                string what = target is null
                    ? "the foundational skills the screening names"
                    : target.Simpler is { } simpler ? $"the foundations of {target.Code} (2.0: {simpler})" : $"the foundations of {target.Code}";
                foreach (var chunk in Deal(members, _rules.Tier3.Maximum))
                {
                    string id = $"tier3-{drafts.Count + 1}";
                    drafts.Add(new Draft(id, ResponseKind.Tier3, target is null ? null : focus, what, chunk,
                        Why.Of("tier3-group", $"Tier 3 group {id}: intensive help on {what} for {chunk.Count} student{(chunk.Count == 1 ? "" : "s")}.",
                            ("group", id), ("size", Why.N(chunk.Count)))));
                }
            }
            return drafts;
        }

        private List<Draft> Tier2Groups(int[] candidate)
        {
            var drafts = new List<Draft>();
            for (int t = 0; t < _k; t++)
            {
                var members = new List<int>();
                for (int i = 0; i < _n; i++) if (candidate[i] == t) members.Add(i);
                if (members.Count == 0) continue;
                members.Sort((a, b) => string.CompareOrdinal(_students[a].Student.Value, _students[b].Student.Value));
                var target = _targets[t];
                int number = 0;
                foreach (var chunk in Deal(members, _rules.Tier2.Maximum))
                {
                    string id = $"tier2-{target.Code}-{++number}";
                    string small = chunk.Count < _rules.Tier2.Minimum
                        ? $" It is smaller than the usual {_rules.Tier2.Minimum} because only {members.Count} {(members.Count == 1 ? "student needs" : "students need")} it; no student is left without a response."
                        : "";
                    drafts.Add(new Draft(id, ResponseKind.Tier2, t, $"reteach {target.Code} and reassess", chunk,
                        Why.Of("tier2-group", $"Tier 2 group {id}: {chunk.Count} student{(chunk.Count == 1 ? "" : "s")} not yet proficient on {target.Code}, reteach and reassess.{small}",
                            ("group", id), ("target", target.Code), ("size", Why.N(chunk.Count)))));
                }
            }
            return drafts;
        }

        /// <summary>k = ⌈m / max⌉ groups, students dealt round-robin, so sizes differ by at most one.</summary>
        private static IEnumerable<List<int>> Deal(List<int> members, int maximum)
        {
            int groups = (members.Count + maximum - 1) / maximum;
            var result = new List<int>[groups];
            for (int g = 0; g < groups; g++) result[g] = [];
            for (int j = 0; j < members.Count; j++) result[j % groups].Add(members[j]);
            return result;
        }

        private void Staff(List<Draft> tier3, List<Draft> tier2)
        {
            var capacity = _input.Capacity;
            int adults = capacity.Adults.Length, blocks = capacity.Blocks.Length;
            var busy = new bool[adults, blocks];
            var adultIndex = new Dictionary<TeacherId, int>(adults);
            for (int a = 0; a < adults; a++) adultIndex[capacity.Adults[a]] = a;

            var led = new int[adults];
            // Adults who lead fewer groups first (groups spread over the team), then the group's own teachers (most of
            // its students first), then the order given.
            List<int> Preferred(Draft draft)
            {
                var counts = new Dictionary<int, int>();
                foreach (int i in draft.Members)
                    if (adultIndex.TryGetValue(_students[i].Teacher, out int a)) counts[a] = counts.GetValueOrDefault(a) + 1;
                var order = Enumerable.Range(0, adults).ToList();
                order.Sort((x, y) => led[x] != led[y] ? led[x].CompareTo(led[y])
                    : counts.GetValueOrDefault(x) != counts.GetValueOrDefault(y) ? counts.GetValueOrDefault(y).CompareTo(counts.GetValueOrDefault(x))
                    : x.CompareTo(y));
                return order;
            }

            foreach (var draft in tier3)
            {
                int best = -1, bestFree = 0;
                foreach (int a in Preferred(draft))
                {
                    int free = 0;
                    for (int b = 0; b < blocks; b++) if (!busy[a, b]) free++;
                    if (free > bestFree) (best, bestFree) = (a, free);
                    if (free == blocks) break;
                }
                if (best < 0) continue;
                draft.Adult = best;
                led[best]++;
                for (int b = 0; b < blocks; b++)
                    if (!busy[best, b]) { busy[best, b] = true; draft.Blocks.Add(b); }
            }
            foreach (var draft in tier2)
            {
                foreach (int a in Preferred(draft))
                {
                    for (int b = 0; b < blocks && draft.Adult < 0; b++)
                        if (!busy[a, b]) { busy[a, b] = true; draft.Adult = a; draft.Blocks.Add(b); led[a]++; }
                    if (draft.Adult >= 0) break;
                }
            }
            // Blocks left over: one more session a week per group and round, with the group's own adult.
            for (bool more = true; more;)
            {
                more = false;
                foreach (var draft in tier2)
                {
                    if (draft.Adult < 0) continue;
                    for (int b = 0; b < blocks; b++)
                        if (!busy[draft.Adult, b] && !draft.Blocks.Contains(b))
                        {
                            busy[draft.Adult, b] = true;
                            draft.Blocks.Add(b);
                            more = true;
                            break;
                        }
                }
            }
        }

        // ---- responses ---------------------------------------------------------------------------------------------

        private StudentResponse Respond(int i, int t, Tier3Student?[] tier3, bool[] referred, int[] candidate, bool[] wholeClass,
            Dictionary<(int, int), ResponseGroup> groupOf, Dictionary<int, ResponseGroup> tier3GroupOf)
        {
            var student = _students[i];
            var target = _targets[t];
            var status = _status[i * _k + t];
            double? score = _scores[i * _k + t];
            long scoreBits = score is { } bits ? BitConverter.DoubleToInt64Bits(bits) : 0;
            StudentResponse Row(ResponseKind kind, string? group, TeacherId? adult, LocalDate? starts, LocalDate? reassess, Reason reason) =>
                new(student.Student, student.Section, student.Teacher, target.Id, target.Code, status, score, kind, group, adult, starts, reassess, reason);
            // The reason in one construction with the target and status among its facts (three rebuilt the sorted data per row).
            Reason Make(string code, string message, params ReadOnlySpan<(string Key, string Value)> data) =>
                Why.Of(code, message, [.. data, ("target", target.Code), ("status", status.Name())]);
            string ScoreText() => $"score {Figures.Decimal(score!.Value)}, cut {Figures.Decimal(target.Cut)}";

            if (status == TargetStatus.NoScore)
            {
                bool absent = IsAbsent(i);
                bool inWholeClass = WholeClass(wholeClass, i, t);
                var key = new RowKey(RowKind.NotAssessed, t, 0, (absent ? 1 : 0) | (inWholeClass ? 2 : 0), null, null);
                if (!_rowReasons.TryGetValue(key, out var reason))
                {
                    string why = absent
                        ? "Not assessed: no score on any target of the common assessment (absent or not yet enrolled)"
                        : $"Not assessed on {target.Code}: no score on its items";
                    string whole = inWholeClass ? $"; the class reteach of {target.Code} includes the student" : "";
                    _rowReasons.Add(key, reason = Make(absent ? "not-assessed-absent" : "not-assessed", $"{why}{whole}. Assess before the reassessment on {Figures.Date(_reassess)}, then respond."));
                }
                return Row(ResponseKind.None, null, null, null, null, reason);
            }
            if (status == TargetStatus.Proficient)
            {
                var key = new RowKey(RowKind.Extension, t, scoreBits, 0, student.Teacher.Value, null);
                if (!_rowReasons.TryGetValue(key, out var reason))
                {
                    string task = target.MoreComplex is { } more ? $"its 4.0 task — {more}" : "a more complex (4.0) task the team chooses";
                    _rowReasons.Add(key, reason = Make("extension", $"Proficient on {target.Code} ({ScoreText()}): extends on {task} — with {student.Teacher} in class while others are retaught it.",
                        ("score", Why.N(score!.Value)), ("cut", Why.N(target.Cut))));
                }
                return Row(ResponseKind.Extension, ClassGroupName(true, t, i), student.Teacher, _start, _reassess, reason);
            }
            bool whole2 = WholeClass(wholeClass, i, t);
            string inClass = whole2 && (tier3[i] is not null || referred[i]) ? $"; meanwhile in the class reteach of {target.Code}" : "";   // only their reasons say it
            if (tier3[i] is { } t3)
            {
                var group = tier3GroupOf[i];
                string staffed = group.Adult is { } adult3
                    ? $"group {group.Id} with {adult3}, {BlockList(group.Blocks)}"
                    : $"group {group.Id}, staffed by the intervention team";
                return Row(ResponseKind.Tier3, group.Id, group.Adult, group.Sessions.IsEmpty ? _start : group.Sessions[0], _review,
                    Make(t3.Source == Tier3Source.Screening ? "tier3-screening" : "tier3-non-response",
                        $"Not yet proficient on {target.Code} ({ScoreText()}). Tier 3 — {Lower(t3.Reason.Message)} Intensive help on {group.Focus} in {staffed}; the intervention team reviews on {Figures.Date(_review)}{inClass}."));
            }
            if (referred[i] && candidate[i] != t)
            {
                // The student's targets not yet met, as a mask when the unit is small enough (else the reason is not shared).
                int mask = _k <= 30 ? NotYetMask(i) : -1;
                var key = new RowKey(RowKind.Referral, t, 0, mask, whole2 ? "whole" : null, null);
                if (mask < 0 || !_rowReasons.TryGetValue(key, out var reason))
                {
                    var notYet = NotYetCodes(i);
                    reason = Make("referral", $"Not yet proficient on {notYet.Length} of {_k} targets ({string.Join(", ", notYet)}): the team asks the intervention team to look at screening and diagnostic data{inClass}.",
                        ("not-yet-targets", Why.N(notYet.Length)), ("targets", Why.N(_k)));
                    if (mask >= 0) _rowReasons.Add(key, reason);
                }
                return Row(ResponseKind.Referral, null, null, null, null, reason);
            }
            if (whole2)
            {
                var key = new RowKey(RowKind.WholeClass, t, scoreBits, 0, student.Section.Value, student.Teacher.Value);
                if (!_rowReasons.TryGetValue(key, out var reason))
                {
                    var decision = ClassReason(t, student.Section);
                    _rowReasons.Add(key, reason = Make(decision.Code == "whole-team" ? "whole-team" : "whole-class",
                        $"Not yet proficient on {target.Code} ({ScoreText()}). {decision.Message} {student.Teacher} reteaches it in class from {Figures.Date(_start)}; reassessed on {Figures.Date(_reassess)}."));
                }
                return Row(ResponseKind.WholeClass, ClassGroupName(false, t, i), student.Teacher, _start, _reassess, reason);
            }
            if (candidate[i] == t)
            {
                var group = groupOf[(i, t)];
                if (group.Fits)
                {
                    var key = new RowKey(RowKind.Tier2, t, scoreBits, 0, group.Id, null);
                    if (!_rowReasons.TryGetValue(key, out var reason))
                        _rowReasons.Add(key, reason = Make("tier2", $"Not yet proficient on {target.Code} ({ScoreText()}): Tier 2 group {group.Id} with {group.Adult}, {BlockList(group.Blocks)}, {group.Sessions.Length} session{(group.Sessions.Length == 1 ? "" : "s")} from {Figures.Date(group.Sessions.IsEmpty ? _start : group.Sessions[0])}; reassessed on {Figures.Date(_reassess)}.",
                            ("group", group.Id), ("sessions", Why.N(group.Sessions.Length))));
                    return Row(ResponseKind.Tier2, group.Id, group.Adult, group.Sessions.IsEmpty ? _start : group.Sessions[0], _reassess, reason);
                }
                var overKey = new RowKey(RowKind.OverCapacity, t, scoreBits, 0, group.Id, student.Teacher.Value);
                if (!_rowReasons.TryGetValue(overKey, out var over))
                    _rowReasons.Add(overKey, over = Make("over-capacity", $"Not yet proficient on {target.Code} ({ScoreText()}), but its Tier 2 group {group.Id} does not fit the team's adults and blocks. Tier 1 alternative: {student.Teacher} reteaches {target.Code} in class; reassessed on {Figures.Date(_reassess)}.",
                        ("group", group.Id)));
                return Row(ResponseKind.WholeClass, ClassGroupName(false, t, i), student.Teacher, _start, _reassess, over);
            }
            var first = _targets[candidate[i]];
            var nextKey = new RowKey(RowKind.NextCycle, t, scoreBits, candidate[i], null, null);
            if (!_rowReasons.TryGetValue(nextKey, out var next))
                _rowReasons.Add(nextKey, next = Make("next-cycle", $"Not yet proficient on {target.Code} ({ScoreText()}). One target at a time, prerequisites first: this cycle the student's group works on {first.Code}; {target.Code} is regrouped after the reassessment on {Figures.Date(_reassess)}.",
                    ("first", first.Code)));
            return Row(ResponseKind.Tier2, null, null, _reassess, null, next);
        }

        /// <summary>
        /// The response rows' reasons, made once per distinct facts and shared (issue 18: 312,500 rows in a district, few
        /// distinct sentences per team). A key holds every fact its reason's message and data are made from: the kind of
        /// row, the target, the score's bits, and the student's teacher, section, group or targets not yet met as the kind
        /// needs; the plan's dates and rules are the same for every row. Tier 3 rows, each with its student's own source,
        /// are not shared.
        /// </summary>
        private readonly Dictionary<RowKey, Reason> _rowReasons = [];

        private enum RowKind { NotAssessed, Extension, Referral, WholeClass, Tier2, OverCapacity, NextCycle }

        private readonly record struct RowKey(RowKind Kind, int Target, long Score, int Flags, string? A, string? B);

        // "extension-CODE-SECTION" or "whole-class-CODE-SECTION", made once per target and section.
        private string ClassGroupName(bool extension, int t, int i)
        {
            int at = (extension ? 0 : 1) * _k * _sections.Length + t * _sections.Length + _sectionOf[i];
            _classGroupNames ??= new string?[2 * _k * _sections.Length];
            return _classGroupNames[at] ??= $"{(extension ? "extension" : "whole-class")}-{_targets[t].Code}-{_students[i].Section}";
        }

        private string?[]? _classGroupNames;

        private int NotYetMask(int i)
        {
            int mask = 0;
            for (int t = 0; t < _k; t++) if (_status[i * _k + t] == TargetStatus.NotYet) mask |= 1 << t;
            return mask;
        }

        private Reason ClassReason(int t, SectionId section) => _classes[(t, section)];

        private Dictionary<(int, SectionId), Reason> _classes = [];

        private bool IsAbsent(int i)
        {
            for (int t = 0; t < _k; t++) if (_status[i * _k + t] != TargetStatus.NoScore) return false;
            return true;
        }

        private ImmutableArray<string> NotYetCodes(int i)
        {
            var codes = ImmutableArray.CreateBuilder<string>();
            for (int t = 0; t < _k; t++) if (_status[i * _k + t] == TargetStatus.NotYet) codes.Add(_targets[t].Code);
            return codes.ToImmutable();
        }

        private static string BlockList(ImmutableArray<InterventionBlock> blocks) => string.Join(" and ", blocks.Select(b => b.ShortName));

        private static string Lower(string message) => message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;

        // ---- summaries ---------------------------------------------------------------------------------------------

        private ImmutableArray<TargetResponse> TargetResponses(ImmutableArray<StudentResponse> rows, ImmutableArray<ClassDecision> classes, ImmutableArray<ResponseGroup> groups)
        {
            var list = ImmutableArray.CreateBuilder<TargetResponse>(_k);
            // Over capacity and extension per target, counted in one pass over the rows (issue 18: a pass per target and count).
            var overflowOf = new Dictionary<TargetId, int>(_k);
            var extensionOf = new Dictionary<TargetId, int>(_k);
            foreach (var r in rows)
            {
                if (r.Reason.Code == "over-capacity") overflowOf[r.Target] = overflowOf.GetValueOrDefault(r.Target) + 1;
                if (r.Response == ResponseKind.Extension) extensionOf[r.Target] = extensionOf.GetValueOrDefault(r.Target) + 1;
            }
            for (int t = 0; t < _k; t++)
            {
                var target = _targets[t];
                var mine = classes.Where(c => c.Target == target.Id).ToList();
                int yes = mine.Sum(c => c.Proficient), no = mine.Sum(c => c.NotYet), none = mine.Sum(c => c.NoScore);
                var whole = mine.Where(c => c.WholeClass).Select(c => c.Section).ToImmutableArray();
                bool team = mine.Count > 0 && mine.All(c => c.WholeClass) && mine.Any(c => c.Reason.Code == "whole-team");
                var fitting = groups.Where(g => g.Kind == ResponseKind.Tier2 && g.Target == target.Id && g.Fits).ToList();
                int overflow = overflowOf.GetValueOrDefault(target.Id);
                int extension = extensionOf.GetValueOrDefault(target.Id);
                int grouped = fitting.Sum(g => g.Students.Length);
                double? share = yes + no == 0 ? null : (double)no / (yes + no);
                string shareText = share is { } s ? $"{no} of {yes + no} not yet ({Figures.Percent(s)})" : "no scores";
                var parts = new List<string>();
                if (team) parts.Add($"reteach {target.Code} to every class: {shareText}");
                else
                {
                    parts.Add($"{target.Code}: {shareText}");
                    if (!whole.IsEmpty) parts.Add($"reteach in {string.Join(", ", whole)}");
                    if (fitting.Count > 0) parts.Add($"{fitting.Count} Tier 2 group{(fitting.Count == 1 ? "" : "s")} for {grouped} student{(grouped == 1 ? "" : "s")}");
                }
                if (overflow > 0) parts.Add($"{overflow} student{(overflow == 1 ? "" : "s")} over capacity (Tier 1 alternative: reteach in class)");
                parts.Add($"extension for {extension}");
                string message = string.Join("; ", parts) + ".";
                list.Add(new TargetResponse(target.Id, target.Code, yes, no, none, team, whole, [.. fitting.Select(g => g.Id)], overflow, extension,
                    Why.Of(team ? "whole-team" : whole.IsEmpty ? "groups" : "whole-class-and-groups", char.ToUpperInvariant(message[0]) + message[1..],
                        ("target", target.Code), ("proficient", Why.N(yes)), ("not-yet", Why.N(no)), ("no-score", Why.N(none)),
                        ("groups", Why.N(fitting.Count)), ("grouped", Why.N(grouped)), ("over-capacity", Why.N(overflow)), ("extension", Why.N(extension)))));
            }
            return list.MoveToImmutable();
        }

        private ImmutableArray<Tier3Student> Tier3List(Tier3Student?[] tier3) => [.. tier3.OfType<Tier3Student>()];

        private ImmutableArray<Referral> ReferralList(bool[] referred)
        {
            var list = ImmutableArray.CreateBuilder<Referral>();
            for (int i = 0; i < _n; i++)
            {
                if (!referred[i]) continue;
                var codes = NotYetCodes(i);
                list.Add(new Referral(_students[i].Student, codes, _k,
                    Why.Of("referral", $"Not yet proficient on {codes.Length} of {_k} targets ({string.Join(", ", codes)}), at or above the team's referral count of {_rules.ReferralCount(_k)}: the intervention team looks at screening and diagnostic data.",
                        ("not-yet-targets", Why.N(codes.Length)), ("targets", Why.N(_k)), ("count", Why.N(_rules.ReferralCount(_k)!.Value)))));
            }
            return list.ToImmutable();
        }

        private ImmutableArray<NotAssessedStudent> NotAssessedList()
        {
            var list = ImmutableArray.CreateBuilder<NotAssessedStudent>();
            for (int i = 0; i < _n; i++)
            {
                var codes = ImmutableArray.CreateBuilder<string>();
                for (int t = 0; t < _k; t++) if (_status[i * _k + t] == TargetStatus.NoScore) codes.Add(_targets[t].Code);
                if (codes.Count == 0) continue;
                bool absent = codes.Count == _k;
                list.Add(new NotAssessedStudent(_students[i].Student, absent, codes.ToImmutable(),
                    Why.Of(absent ? "not-assessed-absent" : "not-assessed",
                        absent ? $"No score on any target (absent from the common assessment): assess before {Figures.Date(_reassess)}."
                               : $"No score on {string.Join(", ", codes)} (items left blank): assess before {Figures.Date(_reassess)}.")));
            }
            return list.ToImmutable();
        }

        private void RememberClasses(ImmutableArray<ClassDecision> classes)
        {
            var index = _targets.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
            foreach (var c in classes) _classes[(index[c.Target], c.Section)] = c.Reason;
        }
    }
}
