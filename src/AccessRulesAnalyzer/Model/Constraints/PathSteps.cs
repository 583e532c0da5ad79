using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

/// <summary>One step of a path as resolved: the step, its index, the entity it is read against and where it leads.</summary>
internal readonly struct ResolvedStep
{
    public ResolvedStep(XPathStep step, int index, EntityModel from, PathStepTarget target)
    {
        Step = step;
        Index = index;
        From = from;
        Target = target;
    }

    public XPathStep Step { get; }

    public int Index { get; }

    /// <summary>The entity the step stands on: the context for the first, where the previous one led for the others.</summary>
    public EntityModel From { get; }

    public PathStepTarget Target { get; }
}

/// <summary>
/// The one walk over a path's steps (<see cref="XPathBinding.Steps"/>): each step with the entity it is read against
/// and where it leads. The walk ends after a step that leads to no entity (an attribute, <c>id</c>, or a name that
/// does not resolve), which is yielded too. A struct enumerator, read with <c>foreach</c>: every check that reads
/// paths walks every constraint, and nothing is allocated.
/// </summary>
internal struct PathSteps
{
    private readonly XPathPath _path;
    private EntityModel? _next;
    private int _index;

    public PathSteps(XPathPath path, EntityModel context)
    {
        _path = path;
        _next = context;
        _index = -1;
        Current = default;
    }

    public ResolvedStep Current { get; private set; }

    public readonly PathSteps GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next is not { } from || ++_index >= _path.Steps.Length)
        {
            return false;
        }

        var step = _path.Steps[_index];
        var target = from.Model.ResolveStep(from, step.Name);
        Current = new ResolvedStep(step, _index, from, target);
        _next = target.Entity;
        return true;
    }
}
