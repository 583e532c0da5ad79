using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The documents of the app: microflows, nanoflows, pages and published services, their call graph, and what each
/// microflow reaches without entity access. Read on first use, once per compilation; a model without any document
/// attribute never builds it.
/// </summary>
internal sealed class DocumentModel
{
    private readonly SecurityModel _model;
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

    // Cached: a method group or a lambda that uses this allocates a delegate at each call, and these run for every
    // document and every check of it.
    private readonly Func<ISymbol, DeclaredDocuments> _readDeclared;
    private readonly Func<string, Flow?> _findFlow;
    private readonly Func<Flow, ImmutableArray<string>> _readCallees;
    private readonly Func<Flow, ImmutableArray<ReachedAction>> _computeReach;
    private readonly Func<string, IEnumerable<Flow>> _flowsWithMethodName;

    public DocumentModel(SecurityModel model, Compilation compilation, IAssemblySymbol app, ImmutableArray<IAssemblySymbol> moduleLibraries)
    {
        _model = model;
        _types = new Lazy<IReadOnlyList<INamedTypeSymbol>>(() =>
            (SymbolEqualityComparer.Default.Equals(app, compilation.Assembly) && SourceClasses(compilation) is { } source ? source : TypesIn(app.GlobalNamespace).Where(MayDeclareDocuments))
                .Concat(moduleLibraries.SelectMany(library => TypesIn(library.GlobalNamespace)).Where(MayDeclareDocuments))
                .ToList());
        _names = new Lazy<FlowNameIndex>(() => new FlowNameIndex(_types.Value));
        _catalogue = new Lazy<Catalogue>(Read);
        _declaresMicroflows = new Lazy<bool>(() => _names.Value.FlowDeclarers.SelectMany(DeclarationsOf).Any(declared => declared.Flows.Any(flow => flow.Kind == FlowKind.Microflow)));
        _readDeclared = ReadDeclared;
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
        microflow.Url is { Length: > 0 } ? "its URL"
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
                    return $"page '{page.QualifiedName}' {how}";
                }
            }
        }

        foreach (var each in declared)
        {
            foreach (var nanoflow in each.Flows)
            {
                if (nanoflow.Kind == FlowKind.Nanoflow && CalleesOf(nanoflow).Contains(name))
                {
                    return $"nanoflow '{nanoflow.QualifiedName}' calls it";
                }
            }
        }

        foreach (var each in declared)
        {
            foreach (var service in each.Services)
            {
                if (service.Operations.Any(operation => operation.Microflow == name))
                {
                    return $"it runs an operation of service '{service.QualifiedName}'";
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
                return "calls it";
            }
        }

        foreach (var dataSource in page.DataSources)
        {
            if (dataSource == flow)
            {
                return "shows its data";
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
    public bool Declares(ISymbol symbol) =>
        _model.Types.Microflow is not null &&
        symbol switch
        {
            INamedTypeSymbol { TypeKind: TypeKind.Class } type => DeclaresPageOrService(type),
            IMethodSymbol method => IsFlowMethod(method) && DeclaresFlow(method),
            _ => false,
        };

    // Loops, not Any with a lambda: asked of every class and every ordinary method of the app.
    private bool DeclaresPageOrService(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, _model.Types.PublishedService) || AccessRulesTypes.Is(attribute, _model.Types.Page))
            {
                return true;
            }
        }

        return false;
    }

    private bool DeclaresFlow(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (IsFlowDeclaration(attribute))
            {
                return true;
            }
        }

        return false;
    }

    // Flows are ordinary methods of classes: accessors and constructors, most of an app's methods, hold none.
    private static bool IsFlowMethod(IMethodSymbol method) =>
        method is { MethodKind: MethodKind.Ordinary, ContainingType.TypeKind: TypeKind.Class };

    // A [Microflow] or a [Nanoflow].
    private bool IsFlowDeclaration(AttributeData attribute) =>
        AccessRulesTypes.Is(attribute, _model.Types.Microflow) || AccessRulesTypes.Is(attribute, _model.Types.Nanoflow);

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

    /// <summary>The app or a module library declares a microflow.</summary>
    public bool DeclaresMicroflows => _declaresMicroflows.Value;

    /// <summary>The declared flow nearest to a name that is not declared, for a did-you-mean; null when none is near.</summary>
    public string? Suggest(string qualifiedName) => NameSuggestion.For(qualifiedName, Flows.Select(flow => flow.QualifiedName).Distinct());

    /// <summary>
    /// The documents <paramref name="declarer"/> declares, read from its own attributes, once: a class's page or
    /// service, a method's flow. A check of them runs in the declarer's callback, in parallel with the others.
    /// </summary>
    public (ImmutableArray<Flow> Flows, ImmutableArray<PublishedService> Services, ImmutableArray<Page> Pages) DeclaredIn(ISymbol declarer)
    {
        var declared = Declarations(declarer);
        return (declared.Flows, declared.Services, declared.Pages);
    }

    private DeclaredDocuments Declarations(ISymbol declarer) => _declared.GetOrAdd(declarer, _readDeclared);

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
                if (member is IMethodSymbol method && IsFlowMethod(method))
                {
                    into.Add(Declarations(method));
                }
            }
        }
    }

    /// <summary>The XPath constraints of the documents <paramref name="declarer"/> declares: a flow's retrieves, a page's widgets; listed once, for every constraint check.</summary>
    public ImmutableArray<ConstraintSite> ConstraintSitesIn(ISymbol declarer) => Declarations(declarer).ConstraintSites;

    /// <summary>
    /// The module roles the documents <paramref name="declarer"/> declares name (flows' and services' <c>AllowedRoles</c>,
    /// pages' <c>VisibleFor</c>), each with its attribute and argument, and the document's kind and qualified name.
    /// </summary>
    public ImmutableArray<RoleReference> RolesNamedIn(ISymbol declarer) => Declarations(declarer).RolesNamed;

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
        foreach (var flow in declarer is null ? Flows : Declarations(declarer).Flows)
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
    public ImmutableArray<ArrayElement> AnonymousRolesAllowed(Flow flow)
    {
        if (flow.Kind != FlowKind.Microflow)
        {
            return ImmutableArray<ArrayElement>.Empty;
        }

        ImmutableArray<ArrayElement>.Builder? anonymous = null;
        foreach (var role in flow.AllowedRoles)
        {
            if (_model.IsAnonymous(role.Value) && IsJudged(role.Value, flow.QualifiedName))
            {
                (anonymous ??= ImmutableArray.CreateBuilder<ArrayElement>(1)).Add(role);
            }
        }

        return Built(anonymous);
    }

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

        foreach (var callee in CallEdges.Of(flow.Method, _flowsWithMethodName, CancellationToken.None))
        {
            if (!callees.Contains(callee))
            {
                callees.Add(callee);
            }
        }

        return Built(callees);
    }

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

        var index = new Dictionary<Flow, int>();
        var low = new Dictionary<Flow, int>();
        var reaches = new Dictionary<Flow, bool>();
        var open = new Stack<Flow>();
        var walk = new Stack<(Flow Flow, IEnumerator<Flow> Callees)>();

        void Enter(Flow flow)
        {
            index[flow] = low[flow] = index.Count;
            reaches[flow] = !flow.ApplyEntityAccess && PerformsUnguarded(flow);
            open.Push(flow);
            walk.Push((flow, MicroflowsCalledBy(flow).GetEnumerator()));
        }

        Enter(start);
        while (walk.Count > 0)
        {
            var (flow, callees) = walk.Peek();
            if (callees.MoveNext())
            {
                var callee = callees.Current;
                if (_reachesUnguarded.TryGetValue(callee, out var decided))
                {
                    reaches[flow] |= decided;
                }
                else if (!index.ContainsKey(callee))
                {
                    Enter(callee);
                }
                else
                {
                    // Entered and not decided: still open, in the same strongly connected part as this flow.
                    low[flow] = Math.Min(low[flow], index[callee]);
                }

                continue;
            }

            walk.Pop();
            if (low[flow] == index[flow])
            {
                // The root of a strongly connected part: every flow in it reaches what any of them reaches, which the
                // walk has gathered into the root (each flow passes its answer to the flow that entered it).
                Flow member;
                do
                {
                    member = open.Pop();
                    _reachesUnguarded.TryAdd(member, reaches[flow]);
                }
                while (member != flow);
            }

            if (walk.Count > 0)
            {
                var caller = walk.Peek().Flow;
                low[caller] = Math.Min(low[caller], low[flow]);
                reaches[caller] |= reaches[flow];
            }
        }

        return _reachesUnguarded[start];
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
                    : action.Constraint.IsValid && !action.Constraint.IsUserScoped ? $"retrieves '{entity}' under '{action.Constraint.Text}', which is not user-scoped"
                    : null;
            case DataActionKind.Change or DataActionKind.Delete when action.Parameter is null:
                var retrievesAny = false;
                foreach (var retrieve in flow.Actions)
                {
                    if (retrieve.Kind == DataActionKind.Retrieve && retrieve.Entity.Is(action.Entity))
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

    private DeclaredDocuments ReadDeclared(ISymbol declarer)
    {
        if (declarer is IMethodSymbol method)
        {
            return IsFlowMethod(method) && ReadFlow(method) is { } flow ? new DeclaredDocuments(ImmutableArray.Create(flow), default, default) : DeclaredDocuments.None;
        }

        return declarer is INamedTypeSymbol { TypeKind: TypeKind.Class } type
            ? new DeclaredDocuments(default, ReadService(type) is { } service ? ImmutableArray.Create(service) : default, ReadPage(type) is { } page ? ImmutableArray.Create(page) : default)
            : DeclaredDocuments.None;
    }

    /// <summary>
    /// The app's classes that may declare documents (<see cref="MayDeclareDocuments"/>), found in its syntax trees, in
    /// their order, and looked up by metadata name: listing them through the namespaces' members sorted every namespace's
    /// members, a tenth of a second at 10,000 entities (docs/performance.md). Null when a declaration cannot be looked
    /// up that way; the caller then lists the types through the namespaces.
    /// </summary>
    private static List<INamedTypeSymbol>? SourceClasses(Compilation compilation)
    {
        var classes = new List<INamedTypeSymbol>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<(SyntaxNode Node, string Prefix)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            pending.Push((tree.GetRoot(), string.Empty));
            while (pending.Count > 0)
            {
                var (node, prefix) = pending.Pop();
                var members = node switch
                {
                    CompilationUnitSyntax unit => unit.Members,
                    BaseNamespaceDeclarationSyntax @namespace => @namespace.Members,
                    TypeDeclarationSyntax type => type.Members,
                    _ => default,
                };

                // In reverse onto the stack, so that declarations come off it in their order.
                for (var i = members.Count - 1; i >= 0; i--)
                {
                    switch (members[i])
                    {
                        case BaseNamespaceDeclarationSyntax @namespace:
                            pending.Push((@namespace, prefix + MetadataName(@namespace.Name) + "."));
                            break;
                        case TypeDeclarationSyntax type:
                            var arity = type.TypeParameterList is { Parameters.Count: > 0 and var count } ? "`" + count : string.Empty;
                            pending.Push((type, prefix + type.Identifier.ValueText + arity + "+"));
                            break;
                    }
                }

                if (node is TypeDeclarationSyntax declaration && (HasOtherThanEntityAttributes(declaration) || HasAttributedMethod(declaration)))
                {
                    if (compilation.Assembly.GetTypeByMetadataName(prefix.Substring(0, prefix.Length - 1)) is not { } symbol)
                    {
                        return null;
                    }

                    if (symbol.TypeKind == TypeKind.Class && seen.Add(symbol))
                    {
                        classes.Add(symbol);
                    }
                }
            }
        }

        return classes;
    }

    // A namespace's name as metadata spells it: A.B, verbatim identifiers without their @.
    private static string MetadataName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => MetadataName(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    /// <summary>
    /// Whether a class may declare documents, asked of its source before its attributes are bound: binding every
    /// entity's attributes here, on one thread while the other callbacks wait for the catalogue, cost more than the
    /// checks (docs/performance.md). A class in source declares none when it has no attribute but
    /// <c>[Entity]</c> and <c>[AccessRule]</c> and its methods have none; any other name, an alias included, is read.
    /// </summary>
    private static bool MayDeclareDocuments(INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                return true;
            }

            if (HasOtherThanEntityAttributes(declaration) || HasAttributedMethod(declaration))
            {
                return true;
            }
        }

        return false;
    }

    // Loops over the syntax lists, which are structs: LINQ over them boxed them for each of the app's classes.
    private static bool HasOtherThanEntityAttributes(TypeDeclarationSyntax declaration)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (!IsEntityAttribute(attribute.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttributedMethod(TypeDeclarationSyntax declaration)
    {
        foreach (var member in declaration.Members)
        {
            if (member is MethodDeclarationSyntax { AttributeLists.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEntityAttribute(NameSyntax name) =>
        FlowNameIndex.SimpleName(name) is "Entity" or "EntityAttribute" or "AccessRule" or "AccessRuleAttribute";

    private static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            // A type's nested types only: GetMembers would build every member of every class (entities included).
            var container = pending.Pop();
            foreach (var member in container is INamespaceSymbol @namespace ? @namespace.GetMembers() : container.GetTypeMembers().Cast<INamespaceOrTypeSymbol>())
            {
                pending.Push(member);
                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type)
                {
                    yield return type;
                }
            }
        }
    }

    private Flow? ReadFlow(IMethodSymbol method)
    {
        var types = _model.Types;
        AttributeData? declaration = null;
        var kind = FlowKind.Microflow;
        ImmutableArray<(string, AttributeData)>.Builder? calls = null;
        var attributes = method.GetAttributes();
        foreach (var attribute in attributes)
        {
            if (IsFlowDeclaration(attribute))
            {
                declaration = attribute;
                kind = AccessRulesTypes.Is(attribute, types.Nanoflow) ? FlowKind.Nanoflow : FlowKind.Microflow;
            }
        }

        if (declaration is null || AttributeValues.ConstructorString(declaration, AnnotationNames.MicroflowAttribute.Module) is not { } module)
        {
            return null;
        }

        var name = module + "." + (AttributeValues.NamedString(declaration, AnnotationNames.MicroflowAttribute.Name) ?? method.Name);
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, types.Calls) && AttributeValues.ConstructorString(attribute, AnnotationNames.CallsAttribute.Flow) is { } callee)
            {
                (calls ??= ImmutableArray.CreateBuilder<(string, AttributeData)>(1)).Add((callee, attribute));
            }
        }

        return new Flow(
            kind,
            name,
            method,
            declaration,
            AttributeValues.NamedStrings(declaration, AnnotationNames.MicroflowAttribute.AllowedRoles),
            // Nanoflows run on the client, always under the user's entity access.
            kind == FlowKind.Nanoflow || AttributeValues.NamedBool(declaration, AnnotationNames.MicroflowAttribute.ApplyEntityAccess),
            AttributeValues.NamedString(declaration, AnnotationNames.MicroflowAttribute.Url),
            () => ReadActions(method, attributes, name),
            Built(calls));
    }

    private ImmutableArray<DataAction> ReadActions(IMethodSymbol method, ImmutableArray<AttributeData> attributes, string name)
    {
        var actions = ImmutableArray.CreateBuilder<DataAction>(1);
        // A flow without parameters, as most retrieving ones are, shares the empty list and needs no capture.
        var parameters = method.Parameters.IsEmpty ? ImmutableArray<string>.Empty : method.Parameters.Select(parameter => parameter.Name).ToImmutableArray();
        Func<string, bool>? scopedParameter = parameters.IsEmpty ? null : parameter => IsVisitorsOwn(method, parameter);
        foreach (var attribute in attributes)
        {
            if (DataActionKindOf(attribute) is { } actionKind &&
                AttributeValues.ConstructorType(attribute, 0) is { } entityType && _model.GetEntity(entityType) is { } entity)
            {
                var xpath = actionKind == DataActionKind.Retrieve ? AttributeValues.NamedString(attribute, AnnotationNames.RetrievesAttribute.XPath) : null;
                actions.Add(new DataAction(
                    actionKind,
                    entity,
                    // In a retrieve's constraint, $name is a parameter of the flow, as in the platform's retrieve activity.
                    string.IsNullOrWhiteSpace(xpath) ? null : new ConstraintSite(xpath!, attribute, AnnotationNames.RetrievesAttribute.XPath, entity, $"retrieve of {name}", parameters, scopedParameter),
                    actionKind is DataActionKind.Change or DataActionKind.Delete ? AttributeValues.NamedString(attribute, AnnotationNames.ChangesAttribute.Parameter) : null,
                    actionKind == DataActionKind.Change ? AttributeValues.ConstructorStrings(attribute, AnnotationNames.ChangesAttribute.Members) : ImmutableArray<ArrayElement>.Empty,
                    attribute));
            }
        }

        return Built(actions);
    }

    // An object parameter whose entity anonymous visitors read only where it is their own: what they pass is theirs.
    private bool IsVisitorsOwn(IMethodSymbol method, string parameter) =>
        method.Parameters.FirstOrDefault(candidate => candidate.Name == parameter)?.Type is INamedTypeSymbol type &&
        _model.GetEntity(type) is { } entity && entity.AnonymousReadIsUserScoped;

    private DataActionKind? DataActionKindOf(AttributeData attribute) =>
        AccessRulesTypes.Is(attribute, _model.Types.Retrieves) ? DataActionKind.Retrieve
        : AccessRulesTypes.Is(attribute, _model.Types.Creates) ? DataActionKind.Create
        : AccessRulesTypes.Is(attribute, _model.Types.Changes) ? DataActionKind.Change
        : AccessRulesTypes.Is(attribute, _model.Types.Deletes) ? DataActionKind.Delete
        : null;

    private PublishedService? ReadService(INamedTypeSymbol type)
    {
        var types = _model.Types;
        var attributes = type.GetAttributes();
        if (FirstOf(attributes, types.PublishedService) is not { } declaration ||
            AttributeValues.ConstructorString(declaration, AnnotationNames.PublishedServiceAttribute.Module) is not { } module)
        {
            return null;
        }

        var operations = ImmutableArray.CreateBuilder<(string, AttributeData)>();
        var publishes = ImmutableArray.CreateBuilder<(EntityModel, AttributeData)>();
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, types.Operation) && AttributeValues.ConstructorString(attribute, AnnotationNames.OperationAttribute.Microflow) is { } microflow)
            {
                operations.Add((microflow, attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.Publishes) && AttributeValues.ConstructorType(attribute, AnnotationNames.PublishesAttribute.Entity) is { } entityType &&
                     _model.GetEntity(entityType) is { } entity)
            {
                publishes.Add((entity, attribute));
            }
        }

        var kind = AttributeValues.ConstructorInt(declaration, AnnotationNames.PublishedServiceAttribute.Kind) switch
        {
            1 => "OData",
            2 => "SOAP",
            _ => "REST",
        };
        return new PublishedService(
            kind,
            module + "." + (AttributeValues.NamedString(declaration, AnnotationNames.PublishedServiceAttribute.Name) ?? type.Name),
            type,
            declaration,
            AttributeValues.NamedBool(declaration, AnnotationNames.PublishedServiceAttribute.RequiresAuthentication, defaultValue: true),
            AttributeValues.NamedStrings(declaration, AnnotationNames.PublishedServiceAttribute.AllowedRoles),
            operations.ToImmutable(),
            publishes.ToImmutable());
    }

    // A loop, not FirstOrDefault with a lambda: asked of every class that declares documents.
    private static AttributeData? FirstOf(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? type)
    {
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, type))
            {
                return attribute;
            }
        }

        return null;
    }

    private Page? ReadPage(INamedTypeSymbol type)
    {
        var types = _model.Types;
        var attributes = type.GetAttributes();
        if (FirstOf(attributes, types.Page) is not { } declaration ||
            AttributeValues.ConstructorString(declaration, AnnotationNames.PageAttribute.Module) is not { } module)
        {
            return null;
        }

        var name = module + "." + (AttributeValues.NamedString(declaration, AnnotationNames.PageAttribute.Name) ?? type.Name);
        ImmutableArray<(string, AttributeData)>.Builder? calls = null;
        ImmutableArray<string>.Builder? dataSources = null;
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, types.Calls) && AttributeValues.ConstructorString(attribute, AnnotationNames.CallsAttribute.Flow) is { } callee)
            {
                (calls ??= ImmutableArray.CreateBuilder<(string, AttributeData)>(1)).Add((callee, attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.Shows) && AttributeValues.NamedString(attribute, AnnotationNames.ShowsAttribute.DataSource) is { } dataSource &&
                     !string.IsNullOrWhiteSpace(dataSource))
            {
                (dataSources ??= ImmutableArray.CreateBuilder<string>(1)).Add(dataSource);
            }
        }

        return new Page(name, type, declaration, AttributeValues.NamedStrings(declaration, AnnotationNames.PageAttribute.VisibleFor), () => ReadWidgets(attributes, name), Built(dataSources), Built(calls));
    }

    private ImmutableArray<Widget> ReadWidgets(ImmutableArray<AttributeData> attributes, string page)
    {
        var widgets = ImmutableArray.CreateBuilder<Widget>(1);
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, _model.Types.Shows) &&
                AttributeValues.ConstructorType(attribute, AnnotationNames.ShowsAttribute.Entity) is { } entityType && _model.GetEntity(entityType) is { } entity)
            {
                var xpath = AttributeValues.NamedString(attribute, AnnotationNames.ShowsAttribute.XPath);
                var dataSource = AttributeValues.NamedString(attribute, AnnotationNames.ShowsAttribute.DataSource);
                widgets.Add(new Widget(
                    entity,
                    string.IsNullOrWhiteSpace(xpath) ? null : new ConstraintSite(xpath!, attribute, AnnotationNames.ShowsAttribute.XPath, entity, $"widget of page {page}"),
                    string.IsNullOrWhiteSpace(dataSource) ? null : dataSource,
                    AttributeValues.NamedStrings(attribute, AnnotationNames.ShowsAttribute.Members),
                    attribute));
            }
        }

        return Built(widgets);
    }

    /// <summary>Why <paramref name="service"/> is open to anyone, or null when callers must sign in as a role that is not anonymous.</summary>
    public string? WhyOpen(PublishedService service) =>
        !service.RequiresAuthentication ? "it requires no authentication"
        : service.AllowedRoles.FirstOrDefault(role => _model.IsAnonymous(role.Value) && IsJudged(role.Value, service.QualifiedName)) is { Value: { } anonymous } ? $"it allows anonymous module role '{anonymous}'"
        : null;

    // Builders start sized for one element, which most documents have: a full builder hands its array over, uncopied.
    internal static ImmutableArray<T> Built<T>(ImmutableArray<T>.Builder? builder) =>
        builder is null || builder.Count == 0 ? ImmutableArray<T>.Empty
        : builder.Count == builder.Capacity ? builder.MoveToImmutable()
        : builder.ToImmutable();

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
