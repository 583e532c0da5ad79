using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Reads documents from attributes: whether a symbol declares any, what one declarer declares (a method's flow, a
/// class's page or service, their actions and widgets on first use), and which classes of the app and its module
/// libraries may declare any, asked of their files' text and syntax before their attributes are bound. <see cref="DocumentModel"/>
/// asks it once per declarer and answers the questions across documents.
/// </summary>
internal sealed class DocumentReader
{
    private static readonly char[] s_documentNameMarks = ['w', 'P', '\\'];

    private readonly SecurityModel _model;

    public DocumentReader(SecurityModel model) => _model = model;

    /// <summary>
    /// The symbol declares documents, or holds attributes of documents that no document of it reads (AR1037), asked of
    /// its own attributes (<see cref="DocumentModel.Declares"/>).
    /// </summary>
    public bool Declares(ISymbol symbol) =>
        _model.Types.Microflow is not null &&
        symbol switch
        {
            INamedTypeSymbol { TypeKind: TypeKind.Class } type => HasClassDocumentAttribute(type),
            // Other methods than ordinary ones only for AR1037: a flow on an accessor or an operator is read by nothing.
            IMethodSymbol { MethodKind: not (MethodKind.Constructor or MethodKind.StaticConstructor) } method => HasMethodDocumentAttribute(method),
            _ => false,
        };

    // Loops, not Any with a lambda: asked of every class of the app. An entity's own attributes are told apart first,
    // each by one or two comparisons, as many as the page's and service's took before the other attributes were asked of.
    private bool HasClassDocumentAttribute(INamedTypeSymbol type)
    {
        var types = _model.Types;
        foreach (var attribute in type.GetAttributes())
        {
            if (!AccessRulesTypes.Is(attribute, types.Entity) && !AccessRulesTypes.Is(attribute, types.AccessRule) &&
                (AccessRulesTypes.Is(attribute, types.Page) || AccessRulesTypes.Is(attribute, types.PublishedService) || IsPagePart(attribute) || IsServicePart(attribute)))
            {
                return true;
            }
        }

        return false;
    }

    // Asked of every method of the app, accessors included; most have no attribute.
    private bool HasMethodDocumentAttribute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (IsFlowDeclaration(attribute) || IsFlowPart(attribute))
            {
                return true;
            }
        }

        return false;
    }

    // What a flow's method says of it besides its declaration: its data actions and calls.
    private bool IsFlowPart(AttributeData attribute) =>
        DataActionKindOf(attribute) is not null || AccessRulesTypes.Is(attribute, _model.Types.Calls);

    private bool IsPagePart(AttributeData attribute) =>
        AccessRulesTypes.Is(attribute, _model.Types.Shows) || AccessRulesTypes.Is(attribute, _model.Types.Calls);

    private bool IsServicePart(AttributeData attribute) =>
        AccessRulesTypes.Is(attribute, _model.Types.Operation) || AccessRulesTypes.Is(attribute, _model.Types.Publishes);

    // Flows are ordinary methods of classes: accessors and constructors, most of an app's methods, hold none.
    internal static bool IsFlowMethod(IMethodSymbol method) =>
        method is { MethodKind: MethodKind.Ordinary, ContainingType.TypeKind: TypeKind.Class };

    // A [Microflow] or a [Nanoflow].
    private bool IsFlowDeclaration(AttributeData attribute) =>
        AccessRulesTypes.Is(attribute, _model.Types.Microflow) || AccessRulesTypes.Is(attribute, _model.Types.Nanoflow);

    /// <summary>
    /// The documents <paramref name="declarer"/> declares in its own attributes (a method's flow, a class's page or
    /// service), and its attributes of documents that none of them reads.
    /// </summary>
    public DeclaredDocuments Read(ISymbol declarer)
    {
        if (declarer is IMethodSymbol method)
        {
            return IsFlowMethod(method) && ReadFlow(method) is { } flow ? new DeclaredDocuments(ImmutableArray.Create(flow), default, default)
                : UnreadOf(method) is { IsEmpty: false } unread ? new DeclaredDocuments(default, default, default, unread)
                : DeclaredDocuments.None;
        }

        if (declarer is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
        {
            return DeclaredDocuments.None;
        }

        var service = ReadService(type);
        var page = ReadPage(type);
        return new DeclaredDocuments(default, service is null ? default : ImmutableArray.Create(service), page is null ? default : ImmutableArray.Create(page), UnreadOf(type));
    }

    // A method that reads no flow: a flow's attributes on a method that is not an ordinary one (an accessor, an operator,
    // an explicit interface implementation) or that is a struct's or an interface's, or its actions and calls on a
    // method without [Microflow] or [Nanoflow]. A declaration that names no module (half-typed code) is the
    // compiler's error alone, and its method's other attributes are not reported with it.
    private ImmutableArray<UnreadAttribute> UnreadOf(IMethodSymbol method)
    {
        var attributes = method.GetAttributes();
        var inClass = IsFlowMethod(method);
        if (inClass && (FirstOf(attributes, _model.Types.Microflow) ?? FirstOf(attributes, _model.Types.Nanoflow)) is not null)
        {
            return ImmutableArray<UnreadAttribute>.Empty;
        }

        ImmutableArray<UnreadAttribute>.Builder? unread = null;
        foreach (var attribute in attributes)
        {
            if (IsFlowDeclaration(attribute) || IsFlowPart(attribute))
            {
                var because = inClass ? UnreadBecause.NoFlow : method.MethodKind != MethodKind.Ordinary ? UnreadBecause.NotOrdinaryMethod : UnreadBecause.NotInClass;
                (unread ??= ImmutableArray.CreateBuilder<UnreadAttribute>(1)).Add(new UnreadAttribute(attribute, because));
            }
        }

        return Built(unread);
    }

    // A class's widgets and calls without [Page], its operations and published entities without [PublishedService]; a
    // declaration there, even one the compiler rejects, reads them. Most classes declare one of the two and none of
    // the other's attributes, and get no builder.
    private ImmutableArray<UnreadAttribute> UnreadOf(INamedTypeSymbol type)
    {
        var attributes = type.GetAttributes();
        var types = _model.Types;
        var noPage = FirstOf(attributes, types.Page) is null;
        var noService = FirstOf(attributes, types.PublishedService) is null;
        ImmutableArray<UnreadAttribute>.Builder? unread = null;
        foreach (var attribute in attributes)
        {
            var because = noPage && IsPagePart(attribute) ? UnreadBecause.NoPage
                : noService && IsServicePart(attribute) ? UnreadBecause.NoService
                : (UnreadBecause?)null;
            if (because is { } reason)
            {
                (unread ??= ImmutableArray.CreateBuilder<UnreadAttribute>(1)).Add(new UnreadAttribute(attribute, reason));
            }
        }

        return Built(unread);
    }

    /// <summary>
    /// The classes that may declare documents, in their order: the app's, from its syntax trees when it is the compilation's
    /// (<see cref="SourceClasses"/>), through its namespaces otherwise; then every class of its module libraries.
    /// </summary>
    public static IReadOnlyList<INamedTypeSymbol> ClassesThatMayDeclareDocuments(Compilation compilation, IAssemblySymbol app, ImmutableArray<IAssemblySymbol> moduleLibraries) =>
        (SymbolEqualityComparer.Default.Equals(app, compilation.Assembly) && SourceClasses(compilation) is { } source ? source : TypesIn(app.GlobalNamespace).Where(MayDeclareDocuments))
            .Concat(moduleLibraries.SelectMany(library => TypesIn(library.GlobalNamespace)).Where(MayDeclareDocuments))
            .ToList();

    /// <summary>The classes and flow methods of <paramref name="moduleLibraries"/> that declare documents, in their order.</summary>
    public ImmutableArray<ISymbol> DeclarersIn(ImmutableArray<IAssemblySymbol> moduleLibraries)
    {
        var declarers = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var type in moduleLibraries.SelectMany(library => TypesIn(library.GlobalNamespace)))
        {
            if (Declares(type))
            {
                declarers.Add(type);
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && Declares(method))
                {
                    declarers.Add(method);
                }
            }
        }

        return declarers.ToImmutable();
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
        foreach (var tree in TreesThatMayDeclareDocuments(compilation))
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

    /// <summary>
    /// The syntax trees whose text may declare a document. A document is declared by <c>[Microflow]</c>,
    /// <c>[Nanoflow]</c>, <c>[Page]</c> or <c>[PublishedService]</c>, whose name the tree that applies it writes, in
    /// the attribute or in an alias of that tree; a tree that writes none of them, and no Unicode escape (which may
    /// spell one), declares no document. Searching every tree's text costs about a third of walking every class's
    /// syntax, which was a tenth of the analysis of an app without documents once anything asked for a flow by name
    /// (docs/performance.md). A global alias may carry a name into other trees: when a tree that may name a document
    /// declares one, every tree is walked. A tree without its text (built from syntax nodes) is walked too.
    /// </summary>
    private static IEnumerable<SyntaxTree> TreesThatMayDeclareDocuments(Compilation compilation)
    {
        var trees = new List<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!tree.TryGetText(out var text) || MayWriteDocumentName(text.ToString()))
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit && HasGlobalAlias(unit))
                {
                    return compilation.SyntaxTrees;
                }

                trees.Add(tree);
            }
        }

        return trees;
    }

    // One pass over the text for the characters that end "flow" (Microflow, Nanoflow) or begin "Page",
    // "PublishedService" and an escape, rather than a search per name, each of which reads the whole text of a tree that
    // names none. Suffixes ("Attribute") and qualifiers keep the names.
    private static bool MayWriteDocumentName(string text)
    {
        for (var at = text.IndexOfAny(s_documentNameMarks); at >= 0; at = text.IndexOfAny(s_documentNameMarks, at + 1))
        {
            var found = text[at] switch
            {
                'w' => at >= 3 && string.CompareOrdinal(text, at - 3, "flow", 0, 4) == 0,
                'P' => string.CompareOrdinal(text, at, "Page", 0, 4) == 0 || string.CompareOrdinal(text, at, "PublishedService", 0, 16) == 0,
                _ => at + 1 < text.Length && text[at + 1] is 'u' or 'U',
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGlobalAlias(CompilationUnitSyntax unit)
    {
        foreach (var directive in unit.Usings)
        {
            if (directive.Alias is not null && !directive.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>The classes declared under <paramref name="root"/>, nested ones included; where flows, pages and services can be.</summary>
    internal static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol root)
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

        if (declaration is null || QualifiedName(declaration, AnnotationNames.MicroflowAttribute.Module, AnnotationNames.MicroflowAttribute.Name, method) is not { } name)
        {
            return null;
        }

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

    private EntityParts<DataAction> ReadActions(IMethodSymbol method, ImmutableArray<AttributeData> attributes, string name)
    {
        var actions = ImmutableArray.CreateBuilder<DataAction>(1);
        ImmutableArray<(AttributeData, ITypeSymbol)>.Builder? namingNoEntity = null;
        // A flow without parameters, as most retrieving ones are, shares the empty list and needs no capture.
        var parameters = method.Parameters.IsEmpty ? ImmutableArray<string>.Empty : method.Parameters.Select(parameter => parameter.Name).ToImmutableArray();
        Func<string, bool>? scopedParameter = parameters.IsEmpty ? null : parameter => IsVisitorsOwn(method, parameter);
        Func<XPathLiteral, VariableType?>? variableType = null;
        foreach (var attribute in attributes)
        {
            if (DataActionKindOf(attribute) is not { } actionKind)
            {
                continue;
            }

            if (AttributeValues.ConstructorType(attribute, 0) is { } entityType && _model.GetEntity(entityType) is { } entity)
            {
                var xpath = actionKind == DataActionKind.Retrieve ? AttributeValues.NamedString(attribute, AnnotationNames.RetrievesAttribute.XPath) : null;
                actions.Add(new DataAction(
                    actionKind,
                    entity,
                    // In a retrieve's constraint, $name is a parameter of the flow, as in the platform's retrieve activity.
                    string.IsNullOrWhiteSpace(xpath) ? null : new ConstraintSite(xpath!, attribute, AnnotationNames.RetrievesAttribute.XPath, entity, $"retrieve of {name}", parameters, scopedParameter,
                        // Only a constraint that names a variable needs its type: most name none, and need no capture.
                        xpath!.IndexOf('$') < 0 ? null : variableType ??= variable => VariableTypeIn(method, variable)),
                    actionKind is DataActionKind.Change or DataActionKind.Delete ? AttributeValues.NamedString(attribute, AnnotationNames.ChangesAttribute.Parameter) : null,
                    actionKind == DataActionKind.Change ? AttributeValues.ConstructorStrings(attribute, AnnotationNames.ChangesAttribute.Members) : ImmutableArray<ArrayElement>.Empty,
                    attribute));
            }
            else
            {
                NoteIfNamingNoEntity(attribute, ref namingNoEntity);
            }
        }

        return new EntityParts<DataAction>(Built(actions), Built(namingNoEntity));
    }

    // A parameter's type, or $currentUser's (a System.User), or the member's that follows either; null when unknown.
    private VariableType? VariableTypeIn(IMethodSymbol method, XPathLiteral variable)
    {
        var parameter = Flow.ParameterNamed(method, variable.Value);
        var entity = parameter is null
            ? XPathTokens.IsCurrentUserVariable(variable.Value) ? _model.SystemUser : null
            : parameter.Type is INamedTypeSymbol type ? _model.GetEntity(type) : null;
        if (entity is null)
        {
            return parameter is not null && variable.Member is null && EntityMember.TypeOf(parameter.Type) is var value and not AttributeType.Other
                ? VariableType.OfValue(value)
                : null;
        }

        if (variable.Member is null)
        {
            return VariableType.Object(entity);
        }

        var member = entity.FindMember(variable.Member) ?? entity.FindAssociation(variable.Member);
        return member is null ? null
            : member.Target is { } target ? _model.GetEntity(target) is { } reached ? VariableType.Object(reached) : null
            : member.Type is not AttributeType.Other and var attribute ? VariableType.OfValue(attribute)
            : null;
    }

    // An object parameter whose entity anonymous visitors read only where it is their own: what they pass is theirs.
    private bool IsVisitorsOwn(IMethodSymbol method, string parameter) =>
        Flow.ParameterNamed(method, parameter)?.Type is INamedTypeSymbol type &&
        _model.GetEntity(type) is { } entity && entity.AnonymousReadIsUserScoped;

    // Keeps an attribute that should name an entity and names a type that is no entity, for AR1036; not one whose type the
    // compiler cannot bind, or that lacks the argument (half-typed code: the compiler's errors). Most documents have
    // none, and no builder.
    private void NoteIfNamingNoEntity(AttributeData attribute, ref ImmutableArray<(AttributeData, ITypeSymbol)>.Builder? namingNoEntity)
    {
        if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is ITypeSymbol type && type.TypeKind != TypeKind.Error &&
            (type is not INamedTypeSymbol named || _model.GetEntity(named) is null))
        {
            (namingNoEntity ??= ImmutableArray.CreateBuilder<(AttributeData, ITypeSymbol)>(1)).Add((attribute, type));
        }
    }

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
            QualifiedName(declaration, AnnotationNames.PublishedServiceAttribute.Module, AnnotationNames.PublishedServiceAttribute.Name, type) is not { } name)
        {
            return null;
        }

        var operations = ImmutableArray.CreateBuilder<(string, AttributeData)>();
        var publishes = ImmutableArray.CreateBuilder<(EntityModel, ImmutableArray<ArrayElement>, AttributeData)>();
        ImmutableArray<(AttributeData, ITypeSymbol)>.Builder? namingNoEntity = null;
        foreach (var attribute in attributes)
        {
            if (AccessRulesTypes.Is(attribute, types.Operation) && AttributeValues.ConstructorString(attribute, AnnotationNames.OperationAttribute.Microflow) is { } microflow)
            {
                operations.Add((microflow, attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.Publishes))
            {
                if (AttributeValues.ConstructorType(attribute, AnnotationNames.PublishesAttribute.Entity) is { } entityType && _model.GetEntity(entityType) is { } entity)
                {
                    publishes.Add((entity, AttributeValues.NamedStrings(attribute, AnnotationNames.PublishesAttribute.Members), attribute));
                }
                else
                {
                    NoteIfNamingNoEntity(attribute, ref namingNoEntity);
                }
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
            name,
            type,
            declaration,
            AttributeValues.NamedBool(declaration, AnnotationNames.PublishedServiceAttribute.RequiresAuthentication, defaultValue: true),
            AttributeValues.NamedStrings(declaration, AnnotationNames.PublishedServiceAttribute.AllowedRoles),
            operations.ToImmutable(),
            publishes.ToImmutable(),
            Built(namingNoEntity));
    }

    // Module.Name: the module its declaring attribute names, and its Name or the symbol's own; null without a module
    // (half-typed code), which declares nothing.
    private static string? QualifiedName(AttributeData declaration, int moduleArgument, string nameArgument, ISymbol symbol) =>
        AttributeValues.ConstructorString(declaration, moduleArgument) is { } module
            ? module + "." + (AttributeValues.NamedString(declaration, nameArgument) ?? symbol.Name)
            : null;

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
            QualifiedName(declaration, AnnotationNames.PageAttribute.Module, AnnotationNames.PageAttribute.Name, type) is not { } name)
        {
            return null;
        }

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

    private EntityParts<Widget> ReadWidgets(ImmutableArray<AttributeData> attributes, string page)
    {
        var widgets = ImmutableArray.CreateBuilder<Widget>(1);
        ImmutableArray<(AttributeData, ITypeSymbol)>.Builder? namingNoEntity = null;
        foreach (var attribute in attributes)
        {
            if (!AccessRulesTypes.Is(attribute, _model.Types.Shows))
            {
                continue;
            }

            if (AttributeValues.ConstructorType(attribute, AnnotationNames.ShowsAttribute.Entity) is { } entityType && _model.GetEntity(entityType) is { } entity)
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
            else
            {
                NoteIfNamingNoEntity(attribute, ref namingNoEntity);
            }
        }

        return new EntityParts<Widget>(Built(widgets), Built(namingNoEntity));
    }

    // Builders start sized for one element, which most documents have: a full builder hands its array over, uncopied.
    internal static ImmutableArray<T> Built<T>(ImmutableArray<T>.Builder? builder) =>
        builder is null || builder.Count == 0 ? ImmutableArray<T>.Empty
        : builder.Count == builder.Capacity ? builder.MoveToImmutable()
        : builder.ToImmutable();
}
