using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The documents of the app: microflows, nanoflows, pages and published services, their call graph, and what each
/// microflow reaches without entity access. Read on first use, once per compilation; a model without any document
/// attribute never builds it.
/// </summary>
internal sealed class DocumentModel
{
    private readonly SecurityModel _model;
    private readonly DocumentReader _reader;
    private readonly Lazy<Catalogue> _catalogue;
    private readonly ConcurrentDictionary<Flow, ImmutableArray<string>> _callees = new();
    private readonly ConcurrentDictionary<Flow, ImmutableArray<ReachedAction>> _unguarded = new();
    private readonly ConcurrentDictionary<Flow, bool> _reachesUnguarded = new();
    private readonly ConcurrentDictionary<ISymbol, DeclaredDocuments> _declared = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, string?> _clientEntries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Flow?> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<Flow>> _byMethodName = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<INamedTypeSymbol>> _types;
    private readonly Lazy<FlowNameIndex> _names;
    private readonly Lazy<bool> _declaresMicroflows;
    private readonly Lazy<ImmutableArray<ISymbol>> _libraryDeclarers;
    private LastAsked? _lastAsked;

    // Cached: a method group or a lambda that uses this allocates a delegate at each call, and these run for every
    // document and every check of it.
    private readonly Func<ISymbol, DeclaredDocuments> _readDeclared;
    private readonly Func<string, Flow?> _findFlow;
    private readonly Func<Flow, ImmutableArray<string>> _readCallees;
    private readonly Func<Flow, ImmutableArray<ReachedAction>> _computeReach;
    private readonly Func<string, IEnumerable<Flow>> _flowsWithMethodName;

    // Binds an invocation of a method name that several methods share (CallEdges).
    private readonly Compilation _compilation;

    // The methods a compiled body calls, for an app read from its assembly, which has no syntax; null for source.
    private readonly Func<IMethodSymbol, IEnumerable<IMethodSymbol>>? _compiledCalls;

    public DocumentModel(
        SecurityModel model, Compilation compilation, IAssemblySymbol app, ImmutableArray<IAssemblySymbol> moduleLibraries, Func<IMethodSymbol, IEnumerable<IMethodSymbol>>? compiledCalls)
    {
        _model = model;
        _compilation = compilation;
        _compiledCalls = compiledCalls;
        _reader = new DocumentReader(model);
        _types = new Lazy<IReadOnlyList<INamedTypeSymbol>>(() => DocumentReader.ClassesThatMayDeclareDocuments(compilation, app, moduleLibraries));
        _names = new Lazy<FlowNameIndex>(() => new FlowNameIndex(_types.Value));
        _catalogue = new Lazy<Catalogue>(Read);
        _libraryDeclarers = new Lazy<ImmutableArray<ISymbol>>(() => _reader.DeclarersIn(moduleLibraries));
        _declaresMicroflows = new Lazy<bool>(() => _names.Value.FlowDeclarers.SelectMany(DeclarationsOf).Any(declared => declared.Flows.Any(flow => flow.Kind == FlowKind.Microflow)));
        _readDeclared = _reader.Read;
        _findFlow = FindFlow;
        _readCallees = ReadCallees;
        _computeReach = ComputeReach;
        _flowsWithMethodName = FlowsWithMethodName;
    }

    /// <summary>
    /// How the client reaches <paramref name="microflow"/> when it does: a page's call or data source, a nanoflow's
    /// call, its URL or a service operation; null when only microflows, or nothing, call it.
    /// </summary>
    public string? ClientEntry(Flow microflow) =>
        microflow.Url is { Length: > 0 } ? ClientEntryText.Url
        // Looked up before the closure is made: two checks ask of every microflow.
        : _clientEntries.TryGetValue(microflow.QualifiedName, out var entry) ? entry
        : _clientEntries.GetOrAdd(microflow.QualifiedName, _ => FirstClientCaller(microflow));

    // A page's call or data source first, then a nanoflow's call, then a service operation, each in declaration order;
    // only the declarers that may name the microflow (or invoke its method) are read.
    private string? FirstClientCaller(Flow microflow)
    {
        var name = microflow.QualifiedName;
        var declared = new List<DeclaredDocuments>();
        foreach (var declarer in _names.Value.Candidates([name, microflow.Method.Name]))
        {
            AddDeclarationsOf(declarer, declared);
        }

        foreach (var each in declared)
        {
            foreach (var page in each.Pages)
            {
                if (HowPageCalls(page, name) is { } how)
                {
                    return ClientEntryText.ByPage(page, how);
                }
            }
        }

        foreach (var each in declared)
        {
            foreach (var nanoflow in each.Flows)
            {
                if (nanoflow.Kind == FlowKind.Nanoflow && CalleesOf(nanoflow).Contains(name))
                {
                    return ClientEntryText.ByNanoflow(nanoflow);
                }
            }
        }

        foreach (var each in declared)
        {
            foreach (var service in each.Services)
            {
                if (service.Operations.Any(operation => operation.Microflow == name))
                {
                    return ClientEntryText.ByOperation(service);
                }
            }
        }

        return null;
    }

    /// <summary>How a page calls <paramref name="flow"/> from the client: by <c>[Calls]</c> ("calls it") or as a widget's data source ("shows its data"); null when it does not.</summary>
    private static string? HowPageCalls(Page page, string flow)
    {
        foreach (var (callee, _) in page.Calls)
        {
            if (callee == flow)
            {
                return ClientEntryText.Calls;
            }
        }

        foreach (var dataSource in page.DataSources)
        {
            if (dataSource == flow)
            {
                return ClientEntryText.ShowsData;
            }
        }

        return null;
    }

    /// <summary>
    /// The symbol declares documents, asked of its own attributes: a class a page or a published service, an ordinary
    /// method of a class a flow. A flow is read and checked in its method's own callback: the compiler binds a method's
    /// attributes before it raises the method's event, while a class's event can come before its methods are bound, and
    /// binding them there was most of what reading documents cost (docs/performance.md).
    /// </summary>
    public bool Declares(ISymbol symbol) => _reader.Declares(symbol);

    /// <summary>
    /// Whether a document may name <paramref name="type"/> as the entity it acts on or shows (<see cref="FlowNameIndex.MayNameEntity"/>);
    /// false until a question across classes has built the index: the analysis of one file after an edit never
    /// needs it, and building it there cost more than the edit's own analysis (docs/performance.md).
    /// </summary>
    public bool MayNameEntity(INamedTypeSymbol type) => _names.IsValueCreated && _names.Value.MayNameEntity(type);

    public ImmutableArray<Flow> Flows => _catalogue.Value.Flows;

    public ImmutableArray<PublishedService> Services => _catalogue.Value.Services;

    public ImmutableArray<Page> Pages => _catalogue.Value.Pages;

    /// <summary>The flow declared first under <paramref name="qualifiedName"/>: the one calls reach.</summary>
    public Flow? FlowNamed(string qualifiedName) => _byName.GetOrAdd(qualifiedName, _findFlow);

    /// <summary>
    /// The flow declared before <paramref name="flow"/> under the same name, which calls by that name reach instead;
    /// null when <paramref name="flow"/> is the first (the platform refuses two documents of one name in a module).
    /// </summary>
    public Flow? DeclaredBeforeUnderItsName(Flow flow) =>
        FlowNamed(flow.QualifiedName) is { } first && !ReferenceEquals(first, flow) ? first : null;

    private Flow? FindFlow(string qualifiedName)
    {
        var declared = new List<DeclaredDocuments>();
        foreach (var declarer in _names.Value.Candidates(FlowNameIndex.NameKeys(qualifiedName)))
        {
            declared.Clear();
            AddDeclarationsOf(declarer, declared);
            foreach (var each in declared)
            {
                foreach (var flow in each.Flows)
                {
                    if (flow.QualifiedName == qualifiedName)
                    {
                        return flow;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The module libraries' classes and methods that declare documents. A library has no anonymous user role, so
    /// what its anonymous-callable microflows and open services reach is judged only in the app that gives its module
    /// roles to visitors, and its findings are placed on the app's anonymous user role.
    /// </summary>
    public ImmutableArray<ISymbol> LibraryDeclarers => _libraryDeclarers.Value;

    /// <summary>The app or a module library declares a microflow.</summary>
    public bool DeclaresMicroflows => _declaresMicroflows.Value;

    /// <summary>
    /// The declared flow nearest to a name that is not declared, for a did-you-mean; null when none is near. A flow that
    /// <c>Name</c> renames, written as Module.MethodName, is its own name's; a name written without its module is the one
    /// flow of that name.
    /// </summary>
    public string? Suggest(string qualifiedName, FlowKind? kind = null)
    {
        var candidates = Flows.Where(flow => kind is null || flow.Kind == kind).ToList();
        var names = candidates.Select(flow => flow.QualifiedName).Distinct();
        return candidates.FirstOrDefault(flow => flow.QualifiedName != qualifiedName && qualifiedName == ModuleRole.ModuleOf(flow.QualifiedName) + "." + flow.Method.Name)?.QualifiedName
            // A name written without its module: the one flow of that name, whatever its module.
            ?? (qualifiedName.IndexOf('.') < 0 ? NameSuggestion.ForModule(qualifiedName, names) : null)
            ?? NameSuggestion.For(qualifiedName, names);
    }

    /// <summary>
    /// The documents <paramref name="declarer"/> declares, read from its own attributes, once: a class's page or
    /// service, a method's flow. A check of them runs in the declarer's callback, in parallel with the others.
    /// </summary>
    public (ImmutableArray<Flow> Flows, ImmutableArray<PublishedService> Services, ImmutableArray<Page> Pages) DeclaredIn(ISymbol declarer)
    {
        var declared = DeclarationsForCheck(declarer);
        return (declared.Flows, declared.Services, declared.Pages);
    }

    // A partial method's implementation (a callback's) and its declaration (a lookup's) are one flow, read once: from the
    // declaration, whose attributes hold both parts' and whose body CallEdges reads in the implementation.
    private DeclaredDocuments Declarations(ISymbol declarer) =>
        _declared.GetOrAdd(declarer is IMethodSymbol { PartialDefinitionPart: { } declaration } ? declaration : declarer, _readDeclared);

    // Every check of a declarer asks for its documents in turn, in the declarer's callback: the last answer is kept
    // apart, since a lookup in the symbol-keyed cache cost a score of times what this comparison does
    // (docs/performance.md). One object, replaced whole, so that a callback on another thread reads a declarer and its
    // documents that belong together.
    private DeclaredDocuments DeclarationsForCheck(ISymbol declarer)
    {
        if (Volatile.Read(ref _lastAsked) is { } last && ReferenceEquals(last.Declarer, declarer))
        {
            return last.Declared;
        }

        var declared = Declarations(declarer);
        Volatile.Write(ref _lastAsked, new LastAsked(declarer, declared));
        return declared;
    }

    // What an entry of the name index stands for: a class's own documents, the flows of its methods of one name, or both.
    private List<DeclaredDocuments> DeclarationsOf(FlowNameIndex.Declarer declarer)
    {
        var declared = new List<DeclaredDocuments>();
        AddDeclarationsOf(declarer, declared);
        return declared;
    }

    // Into a list the caller gives: asked for every candidate of every question across documents.
    private void AddDeclarationsOf(FlowNameIndex.Declarer declarer, List<DeclaredDocuments> into)
    {
        if (declarer.Method is null)
        {
            into.Add(Declarations(declarer.Type));
        }

        if (declarer.Method is not null || declarer.Whole)
        {
            foreach (var member in declarer.Method is null ? declarer.Type.GetMembers() : declarer.Type.GetMembers(declarer.Method))
            {
                if (member is IMethodSymbol method && DocumentReader.IsFlowMethod(method))
                {
                    into.Add(Declarations(method));
                }
            }
        }
    }

    /// <summary>The attributes of documents on <paramref name="declarer"/> that no document it declares reads (AR1037).</summary>
    public ImmutableArray<UnreadAttribute> UnreadIn(ISymbol declarer) => DeclarationsForCheck(declarer).Unread;

    /// <summary>The XPath constraints of the documents <paramref name="declarer"/> declares: a flow's retrieves, a page's widgets; listed once, for every constraint check.</summary>
    public ImmutableArray<ConstraintSite> ConstraintSitesIn(ISymbol declarer) => DeclarationsForCheck(declarer).ConstraintSites;

    /// <summary>
    /// The module roles the documents <paramref name="declarer"/> declares name (flows' and services' <c>AllowedRoles</c>,
    /// pages' <c>VisibleFor</c>), each with its attribute and argument, and the document's kind and qualified name.
    /// </summary>
    public ImmutableArray<RoleReference> RolesNamedIn(ISymbol declarer) => DeclarationsForCheck(declarer).RolesNamed;

    /// <summary>
    /// The roles of a document that its judgements count: declared, and of the document's own module. The others are
    /// AR1001's and AR1002's, and left out of every other judgement.
    /// </summary>
    public List<string> JudgedRoles(IEnumerable<ArrayElement> roles, string document)
    {
        // A loop with a list's search: a document names few roles, and pages ask for every call and widget.
        var judged = new List<string>();
        foreach (var role in roles)
        {
            if (!judged.Contains(role.Value) && IsJudged(role.Value, document))
            {
                judged.Add(role.Value);
            }
        }

        return judged;
    }

    private bool IsJudged(string role, string document) => _model.IsDeclared(role) && ModuleRole.SameModule(role, document);

    /// <summary>
    /// The microflows <paramref name="declarer"/> declares (or, without one, the app) that anonymous visitors may call
    /// from the client, each with the anonymous module roles its allowed roles name.
    /// </summary>
    public IEnumerable<(Flow Flow, ImmutableArray<ArrayElement> AnonymousRoles)> AnonymousCallable(ISymbol? declarer = null)
    {
        // A loop: asked by three checks of every flow, and most flows are not anonymous-callable.
        List<(Flow, ImmutableArray<ArrayElement>)>? callable = null;
        foreach (var flow in declarer is null ? Flows : DeclarationsForCheck(declarer).Flows)
        {
            var anonymous = AnonymousRolesAllowed(flow);
            if (!anonymous.IsEmpty)
            {
                (callable ??= new()).Add((flow, anonymous));
            }
        }

        return callable ?? Enumerable.Empty<(Flow, ImmutableArray<ArrayElement>)>();
    }

    /// <summary>A microflow whose allowed roles include a module role of the anonymous user role: any visitor can call it from the client.</summary>
    public ImmutableArray<ArrayElement> AnonymousRolesAllowed(Flow flow) =>
        flow.Kind == FlowKind.Microflow ? AnonymousAmong(flow.AllowedRoles, flow.QualifiedName) : ImmutableArray<ArrayElement>.Empty;

    /// <summary>The anonymous module roles among <paramref name="service"/>'s allowed roles, each of which opens it to anyone.</summary>
    public ImmutableArray<ArrayElement> AnonymousRolesAllowed(PublishedService service) => AnonymousAmong(service.AllowedRoles, service.QualifiedName);

    private ImmutableArray<ArrayElement> AnonymousAmong(ImmutableArray<ArrayElement> roles, string document)
    {
        ImmutableArray<ArrayElement>.Builder? anonymous = null;
        foreach (var role in roles)
        {
            if (_model.IsAnonymous(role.Value) && IsJudged(role.Value, document))
            {
                (anonymous ??= ImmutableArray.CreateBuilder<ArrayElement>(1)).Add(role);
            }
        }

        return DocumentReader.Built(anonymous);
    }

    /// <summary>
    /// <paramref name="action"/>'s <c>Parameter</c> names a parameter of <paramref name="flow"/> that holds objects of
    /// its entity (or of one above or below it), or a list of them: only then does it act on the object the caller
    /// passed. AR1035 reports the others, which no other judgement counts.
    /// </summary>
    public bool ActsOnItsParameter(Flow flow, DataAction action) => EntityActedOn(flow, action) is not null;

    /// <summary>
    /// The entity whose rules decide <paramref name="action"/> on the object the caller passed in <paramref name="flow"/>'s
    /// parameter: the parameter's when it is a specialization of the action's (its object is one of those, and rules are
    /// not inherited), else the action's; null when the action does not act on its parameter (<see cref="ActsOnItsParameter"/>).
    /// </summary>
    public EntityModel? EntityActedOn(Flow flow, DataAction action)
    {
        var held = action.Parameter is { } name && flow.FindParameter(name) is { } parameter ? EntityHeldBy(parameter) : null;
        if (held is null || !held.SharesObjectsWith(action.Entity))
        {
            return null;
        }

        return held.IsOrSpecializes(action.Entity) ? held : action.Entity;
    }

    /// <summary>The entity whose objects <paramref name="parameter"/> holds: its class's, or a list's or array's elements'; null for anything else.</summary>
    public EntityModel? EntityHeldBy(IParameterSymbol parameter) => parameter.Type switch
    {
        IArrayTypeSymbol array => array.ElementType is INamedTypeSymbol element ? _model.GetEntity(element) : null,
        INamedTypeSymbol type => _model.GetEntity(type) ?? (type.TypeArguments.Length == 1 && type.TypeArguments[0] is INamedTypeSymbol element ? _model.GetEntity(element) : null),
        _ => null,
    };

    /// <summary>The flows <paramref name="flow"/> calls: by <c>[Calls]</c>, and by invoking their methods in its body.</summary>
    public ImmutableArray<string> CalleesOf(Flow flow) => _callees.GetOrAdd(flow, _readCallees);

    // A flow calls few flows: a list's search is cheaper than a set.
    private ImmutableArray<string> ReadCallees(Flow flow)
    {
        var callees = ImmutableArray.CreateBuilder<string>(Math.Max(1, flow.Calls.Length));
        foreach (var (callee, _) in flow.Calls)
        {
            if (!callees.Contains(callee))
            {
                callees.Add(callee);
            }
        }

        foreach (var callee in CallEdges.Of(flow.Method, _compilation, _flowsWithMethodName, CancellationToken.None))
        {
            if (!callees.Contains(callee))
            {
                callees.Add(callee);
            }
        }

        if (_compiledCalls is not null && flow.Method.DeclaringSyntaxReferences.IsEmpty)
        {
            foreach (var called in _compiledCalls(flow.Method))
            {
                foreach (var callee in FlowsWithMethodName(called.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(callee.Method, called.OriginalDefinition) && !callees.Contains(callee.QualifiedName))
                    {
                        callees.Add(callee.QualifiedName);
                    }
                }
            }
        }

        return DocumentReader.Built(callees);
    }

    /// <summary>
    /// The flows <paramref name="flow"/> invokes in its body with one of its own parameters as an argument, and which of
    /// the callee's parameters receives which of its own: how an object the client passed travels down the calls.
    /// </summary>
    public IEnumerable<(Flow Callee, ImmutableArray<(string Received, string Passed)> Parameters)> ParametersPassedBy(Flow flow) =>
        CallEdges.Passing(flow.Method, _compilation, _flowsWithMethodName, CancellationToken.None);

    private IEnumerable<Flow> FlowsWithMethodName(string name) => _byMethodName.GetOrAdd(name, name =>
        _names.Value.Candidates([name]).SelectMany(DeclarationsOf).SelectMany(declared => declared.Flows).Where(flow => flow.Method.Name == name).ToImmutableArray());

    /// <summary>
    /// The data actions <paramref name="flow"/> reaches without entity access: its own unless it applies entity
    /// access, and those of every microflow it calls, transitively, each judged by its own setting; with the first
    /// (shortest) call chain to each. Computed once per microflow.
    /// </summary>
    public ImmutableArray<ReachedAction> UnguardedReach(Flow flow) => _unguarded.GetOrAdd(flow, _computeReach);

    private ImmutableArray<ReachedAction> ComputeReach(Flow start)
    {
        if (!ReachesUnguarded(start))
        {
            return ImmutableArray<ReachedAction>.Empty;
        }

        ImmutableArray<ReachedAction>.Builder? reached = null;

        // Breadth-first, each microflow once, with the one that first called it: a chain is built only for an action
        // reached, so the walk is linear in the calls it follows.
        var caller = new Dictionary<string, Flow?>(StringComparer.Ordinal) { [start.QualifiedName] = null };
        var pending = new Queue<Flow>();
        pending.Enqueue(start);
        while (pending.Count > 0)
        {
            var flow = pending.Dequeue();
            if (!flow.ApplyEntityAccess)
            {
                foreach (var action in flow.Actions)
                {
                    if (Unguarded(flow, action) is { } description)
                    {
                        (reached ??= ImmutableArray.CreateBuilder<ReachedAction>()).Add(new ReachedAction(ChainTo(flow, caller), action, description));
                    }
                }
            }

            // A callee that reaches nothing unguarded adds nothing, and neither does anything it calls (every flow on
            // a chain to an action reaches it): the walk leaves it out, and finds the same actions and chains.
            foreach (var next in MicroflowsCalledBy(flow))
            {
                if (!caller.ContainsKey(next.QualifiedName) && ReachesUnguarded(next))
                {
                    caller[next.QualifiedName] = flow;
                    pending.Enqueue(next);
                }
            }
        }

        return reached?.ToImmutable() ?? ImmutableArray<ReachedAction>.Empty;
    }

    // Microflows call microflows; a nanoflow is the client's and cannot be called from the server.
    private IEnumerable<Flow> MicroflowsCalledBy(Flow flow)
    {
        foreach (var name in CalleesOf(flow))
        {
            if (FlowNamed(name) is { Kind: FlowKind.Microflow } callee)
            {
                yield return callee;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="start"/>, or a microflow it calls transitively, performs an unguarded action. Decided
    /// for each strongly connected part of the call graph at once (Tarjan's algorithm, with an explicit stack for
    /// long chains) and kept, so that each flow is explored once per compilation however many microflows call it:
    /// without it, the anonymous-callable microflows along one long chain each walked the rest of the chain.
    /// </summary>
    private bool ReachesUnguarded(Flow start)
    {
        if (_reachesUnguarded.TryGetValue(start, out var known))
        {
            return known;
        }

        // A flow's number is its position in the lists; one map and no enumerator per flow entered, since the first
        // walk of a long chain enters every flow of it.
        var number = new Dictionary<Flow, int>();
        var flows = new List<Flow>();
        var low = new List<int>();
        var reaches = new List<bool>();
        var open = new Stack<int>();
        var walk = new Stack<WalkStep>();

        void Enter(Flow flow)
        {
            number[flow] = flows.Count;
            open.Push(flows.Count);
            walk.Push(new WalkStep(flows.Count, 0));
            flows.Add(flow);
            low.Add(flows.Count - 1);
            reaches.Add(!flow.ApplyEntityAccess && PerformsUnguarded(flow));
        }

        Enter(start);
        while (walk.Count > 0)
        {
            var step = walk.Pop();
            var at = step.Flow;
            var next = step.NextCallee;
            var callees = CalleesOf(flows[at]);
            if (next < callees.Length)
            {
                walk.Push(new WalkStep(at, next + 1));
                // Declared apart from its test, so that a mutant of the test does not leave it unassigned (docs/testing.md).
                var callee = FlowNamed(callees[next]);
                if (callee is not { Kind: FlowKind.Microflow })
                {
                    continue;
                }

                if (_reachesUnguarded.TryGetValue(callee, out var decided))
                {
                    reaches[at] |= decided;
                }
                else if (!number.TryGetValue(callee, out var entered))
                {
                    Enter(callee);
                }
                else
                {
                    // Entered and not decided: still open, in the same strongly connected part as this flow.
                    low[at] = Math.Min(low[at], entered);
                }

                continue;
            }

            if (low[at] == at)
            {
                // The root of a strongly connected part: every flow in it reaches what any of them reaches, which the
                // walk has gathered into the root (each flow passes its answer to the flow that entered it).
                int member;
                do
                {
                    member = open.Pop();
                    _reachesUnguarded.TryAdd(flows[member], reaches[at]);
                }
                while (member != at);
            }

            if (walk.Count > 0)
            {
                var caller = walk.Peek().Flow;
                low[caller] = Math.Min(low[caller], low[at]);
                reaches[caller] |= reaches[at];
            }
        }

        return _reachesUnguarded[start];
    }

    /// <summary>
    /// A flow of the reach walk and the position of the next callee to follow. A struct rather than a tuple: Stryker
    /// cannot place a mutant inside a tuple literal passed on, and dropped every mutant of the walk for it.
    /// </summary>
    private readonly struct WalkStep
    {
        public WalkStep(int flow, int nextCallee)
        {
            Flow = flow;
            NextCallee = nextCallee;
        }

        public int Flow { get; }

        public int NextCallee { get; }
    }

    private static bool PerformsUnguarded(Flow flow)
    {
        foreach (var action in flow.Actions)
        {
            if (Unguarded(flow, action) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<Flow> ChainTo(Flow flow, Dictionary<string, Flow?> caller)
    {
        var chain = new List<Flow>();
        for (Flow? current = flow; current is not null; current = caller[current.QualifiedName])
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain.ToImmutableArray();
    }

    /// <summary>
    /// What <paramref name="action"/> does to persistable data beyond the user's own objects, in a flow without entity
    /// access; null when nothing: a retrieve under a user-scoped constraint (or one with an error, judged by AR2001-AR2003
    /// instead), a create, a change or delete of the client's object (AR0019's) or of objects retrieved user-scoped or
    /// created by the flow.
    /// </summary>
    private static string? Unguarded(Flow flow, DataAction action)
    {
        if (!action.Entity.Persistable)
        {
            return null;
        }

        var entity = action.Entity.QualifiedName;
        switch (action.Kind)
        {
            case DataActionKind.Retrieve:
                return action.Constraint is null ? $"retrieves every '{entity}'"
                    : action.Constraint.IsValid && !action.Constraint.IsUserScoped ? $"retrieves '{entity}' under '{XPathText.OnOneLine(action.Constraint.Text)}', which is not user-scoped"
                    : null;
            case DataActionKind.Change or DataActionKind.Delete when action.Parameter is null:
                var retrievesAny = false;
                foreach (var retrieve in flow.Actions)
                {
                    // A retrieve of an entity above or below the action's may yield the objects it acts on.
                    if (retrieve.Kind == DataActionKind.Retrieve && retrieve.Entity.SharesObjectsWith(action.Entity))
                    {
                        if (Unguarded(flow, retrieve) is not null)
                        {
                            return $"{Verb(action)} the '{entity}' objects it retrieves that way";
                        }

                        retrievesAny = true;
                    }
                }

                if (retrievesAny)
                {
                    return null;
                }

                return flow.Creates(action.Entity) ? null : $"{Verb(action)} every '{entity}'";
            default:
                return null;
        }
    }

    // Built only for an action that is reported: whether a flow reaches anything asks of every change and delete.
    private static string Verb(DataAction action) =>
        action.Kind == DataActionKind.Delete ? "deletes" : $"changes {Quoted(action.Members)} of";

    private static string Quoted(ImmutableArray<ArrayElement> members) =>
        members.IsEmpty ? "the members" : string.Join(", ", members.Select(member => $"'{member.Value}'"));

    /// <summary>
    /// The documents of every class, for the questions across classes. Binding the attributes of the classes no
    /// callback has read yet is most of the cost, and the callbacks that ask wait for it: the classes are read in
    /// parallel, in their order, each through the same per-class cache as <see cref="DeclaredIn"/>.
    /// </summary>
    private Catalogue Read()
    {
        var declared = _types.Value.AsParallel().AsOrdered().Select(type => DeclarationsOf(new FlowNameIndex.Declarer(type, null, whole: true))).SelectMany(each => each).ToList();
        return new Catalogue(
            declared.SelectMany(each => each.Flows).ToImmutableArray(),
            declared.SelectMany(each => each.Services).ToImmutableArray(),
            declared.SelectMany(each => each.Pages).ToImmutableArray());
    }

    /// <summary>Why <paramref name="service"/> is open to anyone, or null when callers must sign in as a role that is not anonymous.</summary>
    public string? WhyOpen(PublishedService service) =>
        !service.RequiresAuthentication ? "it requires no authentication"
        : AnonymousRolesAllowed(service) is { IsEmpty: false } anonymous ? $"it allows anonymous module role '{anonymous[0].Value}'"
        : null;

    /// <summary>The declarer whose documents the checks asked for last, and those documents.</summary>
    private sealed class LastAsked
    {
        public LastAsked(ISymbol declarer, DeclaredDocuments declared)
        {
            Declarer = declarer;
            Declared = declared;
        }

        public ISymbol Declarer { get; }

        public DeclaredDocuments Declared { get; }
    }

    /// <summary>Every document of the app and its module libraries, for the review and for a did-you-mean.</summary>
    private sealed class Catalogue
    {
        public Catalogue(ImmutableArray<Flow> flows, ImmutableArray<PublishedService> services, ImmutableArray<Page> pages)
        {
            Flows = flows;
            Services = services;
            Pages = pages;
        }

        public ImmutableArray<Flow> Flows { get; }

        public ImmutableArray<PublishedService> Services { get; }

        public ImmutableArray<Page> Pages { get; }
    }
}
