using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// A standards framework as a graph: the document, its items (domains, clusters, standards, components) and the
/// associations between them — the <c>isChildOf</c> hierarchy, <c>precedes</c> progressions across grades (vertical
/// coherence) and <c>exactMatchOf</c> crosswalks — with look-ups by code, grade and domain, the prerequisites of a
/// target and a topological order of targets.
/// </summary>
/// <remarks>
/// <para>The model is CASE 1.0 (1EdTech Competencies and Academic Standards Exchange): one <c>CFDocument</c>,
/// <c>CFItems</c> and <c>CFAssociations</c>. Items and associations are kept in the order given, every one of them,
/// including associations whose ends lie outside the framework.</para>
/// <para>An association end names an item by its identifier. An end that names a node outside the framework still
/// reaches an item when that item is an <c>exactMatchOf</c> that node: real exports (OpenSALT's CCSS 6.RP/7.RP) point
/// a grade-6 <c>precedes</c> at the official CCSS node that a grade-7 item matches, and the progression is the
/// grade-7 item's (decision record 0011).</para>
/// <para>Invariants checked at construction: item identifiers are unique and differ from the document's;
/// association identifiers are unique; neither the <c>isChildOf</c> hierarchy nor the <c>precedes</c> progressions
/// have a cycle (a cycle would make "prerequisites first" impossible). The topological order is Kahn's algorithm
/// (Kahn 1962, "Topological sorting of large networks", CACM 5(11)) with ties broken by the order the caller gives.</para>
/// </remarks>
public sealed class StandardsFramework : IEquatable<StandardsFramework>
{
    private readonly Dictionary<TargetId, int> _index;
    private readonly Dictionary<string, int> _byCode;
    private readonly int[] _parent;
    private readonly int[] _topLevel;
    private readonly int[][] _children;
    private readonly int[][] _prerequisites;
    private readonly int[][] _successors;

    /// <summary>Builds the graph.</summary>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">Two items or two associations share an identifier, an item has the
    /// document's identifier, or the <c>isChildOf</c> hierarchy or the <c>precedes</c> progressions have a cycle.</exception>
    public StandardsFramework(FrameworkDocument document, IEnumerable<FrameworkItem> items, IEnumerable<FrameworkAssociation> associations)
    {
        Guard.Against.Null(document);
        Document = document;
        Items = Guard.Against.NullOrNullElements(items);
        Associations = Guard.Against.NullOrNullElements(associations);

        _index = new Dictionary<TargetId, int>(Items.Length);
        for (int i = 0; i < Items.Length; i++)
        {
            var id = Items[i].Id;
            Guard.Against.Unmet(_index.TryAdd(id, i), nameof(items), $"Two items have the identifier {id} (items {_index.GetValueOrDefault(id)} and {i}).");
            Guard.Against.Unmet(id.Value != document.Identifier, nameof(items), $"Item {i} has the document's identifier {id}.");
        }
        var associationIds = new HashSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < Associations.Length; a++)
            Guard.Against.Unmet(associationIds.Add(Associations[a].Identifier), nameof(associations),
                $"Two associations have the identifier {Associations[a].Identifier} (the second is association {a}).");

        _byCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Items.Length; i++)
            if (!string.IsNullOrEmpty(Items[i].Code)) _byCode.TryAdd(Items[i].Code!, i);

        var aliases = AliasesOf(Items, Associations, _index);
        _parent = new int[Items.Length];
        Array.Fill(_parent, -1);
        var children = new List<(int Sequence, int Order, int Child)>[Items.Length];
        var prerequisites = new List<int>[Items.Length];
        var successors = new List<int>[Items.Length];
        var progressions = ImmutableArray.CreateBuilder<Progression>();
        var topLevel = new List<(int Sequence, int Order, int Item)>();
        for (int a = 0; a < Associations.Length; a++)
        {
            var association = Associations[a];
            int origin = Resolve(association.Origin, _index, aliases), destination = Resolve(association.Destination, _index, aliases);
            if (origin >= 0 && destination < 0 && association.AssociationType == AssociationTypes.IsChildOf
                && association.Destination.Identifier == document.Identifier)
                topLevel.Add((association.SequenceNumber ?? int.MaxValue, a, origin));
            if (origin < 0 || destination < 0) continue;
            if (association.AssociationType == AssociationTypes.IsChildOf)
            {
                if (_parent[origin] < 0) _parent[origin] = destination;
                (children[destination] ??= []).Add((association.SequenceNumber ?? int.MaxValue, a, origin));
            }
            else if (association.AssociationType == AssociationTypes.Precedes && origin != destination)
            {
                (prerequisites[destination] ??= []).Add(origin);
                (successors[origin] ??= []).Add(destination);
                progressions.Add(new Progression(Items[origin].Id, Items[destination].Id, association.Identifier));
            }
        }
        _children = [.. children.Select(list => list is null ? [] : list.OrderBy(c => c.Sequence).ThenBy(c => c.Order).Select(c => c.Child).ToArray())];
        _prerequisites = [.. prerequisites.Select(list => list?.ToArray() ?? [])];
        _topLevel = TopLevelOrder(topLevel, _parent);
        _successors = [.. successors.Select(list => list?.ToArray() ?? [])];
        Progressions = progressions.ToImmutable();

        int childCycle = FindCycle(Items, Associations, AssociationTypes.IsChildOf);
        Guard.Against.Unmet(childCycle < 0, nameof(associations), $"The isChildOf hierarchy has a cycle through association {(childCycle < 0 ? "" : Associations[childCycle].Identifier)}.");
        int precedesCycle = FindCycle(Items, Associations, AssociationTypes.Precedes);
        Guard.Against.Unmet(precedesCycle < 0, nameof(associations), $"The precedes progressions have a cycle through association {(precedesCycle < 0 ? "" : Associations[precedesCycle].Identifier)}.");
    }

    /// <summary>The framework's document.</summary>
    public FrameworkDocument Document { get; }

    /// <summary>Every item, in the order given.</summary>
    public ImmutableArray<FrameworkItem> Items { get; }

    /// <summary>Every association, in the order given, including those that reach outside the framework.</summary>
    public ImmutableArray<FrameworkAssociation> Associations { get; }

    /// <summary>The <c>precedes</c> steps between two items of the framework, in association order.</summary>
    public ImmutableArray<Progression> Progressions { get; }

    /// <summary>The item with identifier <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public FrameworkItem this[TargetId id] => Items[IndexOf(id, nameof(id))];

    /// <summary>Whether the framework has an item with identifier <paramref name="id"/>.</summary>
    public bool Contains(TargetId id) => id.Value is not null && _index.ContainsKey(id);

    /// <summary>The first item whose code is <paramref name="code"/> (ignoring case), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public FrameworkItem? FindByCode(string code)
    {
        Guard.Against.Null(code);
        return _byCode.TryGetValue(code.Trim(), out int i) ? Items[i] : null;
    }

    /// <summary>The items for grade <paramref name="grade"/> (<c>6</c> and <c>06</c> are the same grade), in framework order.</summary>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is empty.</exception>
    public ImmutableArray<FrameworkItem> ItemsForGrade(string grade)
    {
        Guard.Against.NullOrWhiteSpace(grade);
        return [.. Items.Where(item => item.Grades.Any(g => GradeLevels.Same(g, grade)))];
    }

    /// <summary>
    /// The items in domain <paramref name="domain"/>: those whose code has it as a dot-separated part (<c>RP</c> in
    /// <c>CCSS.Math.Content.6.RP.A.3</c>, or the whole <c>6.RP</c>), ignoring case, and every item below such a domain
    /// item in the hierarchy; in framework order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="domain"/> is empty.</exception>
    public ImmutableArray<FrameworkItem> ItemsInDomain(string domain)
    {
        Guard.Against.NullOrWhiteSpace(domain);
        string wanted = domain.Trim();
        bool InCode(int i) => Items[i].Code is { } code
            && (code.Split('.').Contains(wanted, StringComparer.OrdinalIgnoreCase)
                || code.EndsWith(wanted, StringComparison.OrdinalIgnoreCase) && Items[i].Kind == FrameworkItemKind.Domain
                || code.Contains("." + wanted + ".", StringComparison.OrdinalIgnoreCase) || code.StartsWith(wanted + ".", StringComparison.OrdinalIgnoreCase));
        var inDomain = new bool[Items.Length];
        for (int i = 0; i < Items.Length; i++)
            for (int at = i, steps = 0; at >= 0 && steps <= Items.Length; at = _parent[at], steps++)
                if (InCode(at)) { inDomain[i] = true; break; }
        return [.. Items.Where((_, i) => inDomain[i])];
    }

    /// <summary>The parent of <paramref name="id"/> in the <c>isChildOf</c> hierarchy, or null for a top-level item.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public FrameworkItem? ParentOf(TargetId id)
    {
        int parent = _parent[IndexOf(id, nameof(id))];
        return parent < 0 ? null : Items[parent];
    }

    /// <summary>The children of <paramref name="id"/>, ordered by sequence number, then association order.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public ImmutableArray<FrameworkItem> ChildrenOf(TargetId id) => [.. _children[IndexOf(id, nameof(id))].Select(i => Items[i])];

    /// <summary>
    /// The top-level items (no parent item): those that are a child of the document first, ordered by the
    /// <c>sequenceNumber</c> of that association (then association order), then any other item without a parent, in
    /// framework order.
    /// </summary>
    public ImmutableArray<FrameworkItem> TopLevelItems() => [.. _topLevel.Select(i => Items[i])];

    /// <summary>
    /// Every item once, in outline order: each top-level item (<see cref="TopLevelItems"/>) followed by its children,
    /// depth first, children by <c>sequenceNumber</c> (<see cref="ChildrenOf"/>). An item under two parents appears under
    /// the first one reached.
    /// </summary>
    /// <remarks>The order a CASE viewer such as OpenSALT shows a framework's tree in.</remarks>
    public ImmutableArray<FrameworkItem> OutlineOrder()
    {
        var order = ImmutableArray.CreateBuilder<FrameworkItem>(Items.Length);
        var seen = new bool[Items.Length];
        var stack = new Stack<int>();
        foreach (int top in _topLevel)
        {
            stack.Push(top);
            while (stack.Count > 0)
            {
                int at = stack.Pop();
                if (seen[at]) continue;
                seen[at] = true;
                order.Add(Items[at]);
                for (int c = _children[at].Length - 1; c >= 0; c--) stack.Push(_children[at][c]);
            }
        }
        for (int i = 0; i < Items.Length; i++)
            if (!seen[i]) order.Add(Items[i]); // unreachable only if the hierarchy were broken; kept rather than dropped
        return order.MoveToImmutable();
    }

    /// <summary>The immediate prerequisites of <paramref name="target"/>: the items that <c>precede</c> it, in association order.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public ImmutableArray<TargetId> PrerequisitesOf(TargetId target) => [.. _prerequisites[IndexOf(target, nameof(target))].Distinct().Select(i => Items[i].Id)];

    /// <summary>Every prerequisite of <paramref name="target"/> along the progressions (not the target itself), prerequisites first.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public ImmutableArray<TargetId> AllPrerequisitesOf(TargetId target)
    {
        int start = IndexOf(target, nameof(target));
        var seen = new HashSet<int>();
        var stack = new Stack<int>(_prerequisites[start]);
        while (stack.Count > 0)
        {
            int at = stack.Pop();
            if (!seen.Add(at)) continue;
            foreach (int before in _prerequisites[at]) stack.Push(before);
        }
        return Order(seen.ToArray(), fromCaller: false);
    }

    /// <summary>The items that <paramref name="target"/> immediately <c>precedes</c>, in association order.</summary>
    /// <exception cref="ArgumentException">The framework has no such item.</exception>
    public ImmutableArray<TargetId> SuccessorsOf(TargetId target) => [.. _successors[IndexOf(target, nameof(target))].Distinct().Select(i => Items[i].Id)];

    /// <summary>Every item, prerequisites first; items with no order between them keep framework order.</summary>
    public ImmutableArray<TargetId> TopologicalOrder() => Order([.. Enumerable.Range(0, Items.Length)], fromCaller: false);

    /// <summary>
    /// <paramref name="targets"/> in an order that puts every prerequisite first: when one target is reachable from
    /// another along <c>precedes</c> (directly or through items not listed), the earlier comes first. Targets with no
    /// order between them keep the order given (the sort is stable). A target listed twice appears once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">A target is not in the framework.</exception>
    public ImmutableArray<TargetId> TopologicalOrder(IEnumerable<TargetId> targets)
    {
        Guard.Against.Null(targets);
        var wanted = new List<int>();
        var seen = new HashSet<int>();
        foreach (var target in targets)
        {
            int i = IndexOf(target, nameof(targets));
            if (seen.Add(i)) wanted.Add(i);
        }
        return Order([.. wanted], fromCaller: true);
    }

    // The items without a parent: children of the document by sequence number, then association order; then the rest in
    // framework order.
    private static int[] TopLevelOrder(List<(int Sequence, int Order, int Item)> childrenOfDocument, int[] parent)
    {
        var order = new List<int>(parent.Length);
        var placed = new bool[parent.Length];
        foreach (var (_, _, item) in childrenOfDocument.OrderBy(c => c.Sequence).ThenBy(c => c.Order))
            if (parent[item] < 0 && !placed[item]) { placed[item] = true; order.Add(item); }
        for (int i = 0; i < parent.Length; i++)
            if (parent[i] < 0 && !placed[i]) order.Add(i);
        return [.. order];
    }

    // Kahn's algorithm over the whole progression graph, with a priority per item: the wanted items by their
    // position in `wanted` (or framework order), every other item after them, by framework order. Only the wanted
    // items are returned.
    private ImmutableArray<TargetId> Order(int[] wanted, bool fromCaller)
    {
        if (wanted.Length == 0) return [];
        int n = Items.Length;
        var priority = new int[n];
        for (int i = 0; i < n; i++) priority[i] = n + i;
        var isWanted = new bool[n];
        for (int k = 0; k < wanted.Length; k++)
        {
            priority[wanted[k]] = fromCaller ? k : wanted[k] - n; // framework order among wanted items comes before any other
            isWanted[wanted[k]] = true;
        }
        var inDegree = new int[n];
        for (int i = 0; i < n; i++) inDegree[i] = _prerequisites[i].Length;
        var ready = new PriorityQueue<int, int>();
        for (int i = 0; i < n; i++)
            if (inDegree[i] == 0) ready.Enqueue(i, priority[i]);
        var order = ImmutableArray.CreateBuilder<TargetId>(wanted.Length);
        while (ready.TryDequeue(out int at, out _))
        {
            if (isWanted[at])
            {
                order.Add(Items[at].Id);
                if (order.Count == wanted.Length) break;
            }
            foreach (int next in _successors[at])
                if (--inDegree[next] == 0) ready.Enqueue(next, priority[next]);
        }
        return order.MoveToImmutable();
    }

    /// <summary>
    /// The associations with an end that is neither in the framework (an item, the document, or a node an item
    /// exactly matches) nor an external resource with an absolute URI: dangling ends, which a reader reports.
    /// </summary>
    public ImmutableArray<FrameworkAssociation> DanglingAssociations()
    {
        var aliases = AliasesOf(Items, Associations, _index);
        bool Reaches(FrameworkLink end) =>
            end.Identifier == Document.Identifier || Resolve(end, _index, aliases) >= 0 || System.Uri.TryCreate(end.Uri, UriKind.Absolute, out _);
        return [.. Associations.Where(a => !Reaches(a.Origin) || !Reaches(a.Destination))];
    }

    /// <summary>
    /// The index of an association of type <paramref name="associationType"/> that lies on a cycle among the items
    /// (ends resolved as the framework resolves them), or −1 when there is none. Readers call it to name the place of
    /// a cycle before building a framework.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int FindCycle(IReadOnlyList<FrameworkItem> items, IReadOnlyList<FrameworkAssociation> associations, string associationType)
    {
        Guard.Against.Null(items);
        Guard.Against.Null(associations);
        Guard.Against.Null(associationType);
        var index = new Dictionary<TargetId, int>(items.Count);
        for (int i = 0; i < items.Count; i++) index.TryAdd(items[i].Id, i);
        var aliases = AliasesOf(items, associations, index);
        var edges = new List<(int To, int Association)>[items.Count];
        for (int a = 0; a < associations.Count; a++)
        {
            if (associations[a].AssociationType != associationType) continue;
            int from = Resolve(associations[a].Origin, index, aliases), to = Resolve(associations[a].Destination, index, aliases);
            if (from >= 0 && to >= 0) (edges[from] ??= []).Add((to, a));
        }
        // Iterative depth-first search: 0 unvisited, 1 on the stack, 2 done.
        var state = new byte[items.Count];
        var stack = new Stack<(int Node, int Next)>();
        for (int root = 0; root < items.Count; root++)
        {
            if (state[root] != 0) continue;
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var out_ = edges[node];
                if (out_ is null || next >= out_.Count) { state[node] = 2; continue; }
                stack.Push((node, next + 1));
                var (to, association) = out_[next];
                if (state[to] == 1) return association;
                if (state[to] == 0) { state[to] = 1; stack.Push((to, 0)); }
            }
        }
        return -1;
    }

    private static Dictionary<string, int> AliasesOf(IReadOnlyList<FrameworkItem> items, IReadOnlyList<FrameworkAssociation> associations, Dictionary<TargetId, int> index)
    {
        var aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var association in associations)
        {
            if (association.AssociationType != AssociationTypes.ExactMatchOf) continue;
            if (string.IsNullOrWhiteSpace(association.Origin.Identifier) || string.IsNullOrWhiteSpace(association.Destination.Identifier)) continue;
            if (!index.TryGetValue(new TargetId(association.Origin.Identifier), out int item)) continue;
            if (!index.ContainsKey(new TargetId(association.Destination.Identifier))) aliases.TryAdd(association.Destination.Identifier, item);
        }
        return aliases;
    }

    private static int Resolve(FrameworkLink end, Dictionary<TargetId, int> index, Dictionary<string, int> aliases)
    {
        if (string.IsNullOrWhiteSpace(end.Identifier)) return -1;
        if (index.TryGetValue(new TargetId(end.Identifier), out int i)) return i;
        return aliases.TryGetValue(end.Identifier, out i) ? i : -1;
    }

    private int IndexOf(TargetId id, string paramName)
    {
        Guard.Against.Unmet(id.Value is not null, paramName, "The default TargetId names no item.");
        if (_index.TryGetValue(id, out int i)) return i;
        throw new ArgumentException($"The framework \"{Document.Title}\" has no item {id}.", paramName);
    }

    // Hand-written equality: a class, not a record, whose lookup tables (indexes, parents, children,
    // prerequisites) are derived from the content and so are left out.

    /// <inheritdoc/>
    public bool Equals(StandardsFramework? other) =>
        other is not null && Document.Equals(other.Document) && Items.SequenceEqual(other.Items) && Associations.SequenceEqual(other.Associations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StandardsFramework);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Items.Length, Associations.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Document.Title}: {Items.Length} items, {Associations.Length} associations";
}
