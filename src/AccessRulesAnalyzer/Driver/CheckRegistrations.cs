using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Driver;

/// <summary>What the checks asked to run on one compilation, and the two actions that run it.</summary>
internal sealed class CheckRegistrations
{
    private readonly SecurityModel _model;
    private readonly EntityAnalyzers _analyzer;
    private readonly ImmutableArray<DiagnosticDescriptor> _reported;
    private readonly List<SubjectRule<EntityModel>> _entityRules = new();
    private readonly List<AppRule> _appRules = new();
    private readonly List<ApprovedAccessRule> _approvedAccessRules = new();
    private readonly List<SubjectRule<ISymbol>> _documentRules = new();

    /// <param name="reported">The descriptors the analyzer reports; default: all of the checks' (the benchmark, the tests).</param>
    public CheckRegistrations(SecurityModel model, EntityAnalyzers analyzer = EntityAnalyzers.Findings, AnalyzerOptions? options = null, ImmutableArray<DiagnosticDescriptor> reported = default)
    {
        _model = model;
        _analyzer = analyzer;
        _reported = reported;
        var file = options?.AdditionalFiles.FirstOrDefault(text => ApprovedAccess.IsFile(text.Path));
        ApprovedAccessFile = file is null ? null : new Lazy<ApprovedAccessFile?>(() => file.GetText() is { } text ? Model.ApprovedAccess.Parse(file.Path, text) : null);
    }

    /// <summary>Whether the analyzer reports <paramref name="descriptor"/>: a rule's suggestions are another analyzer's.</summary>
    public bool Reports(DiagnosticDescriptor descriptor) => _reported.IsDefault || _reported.Contains(descriptor);

    /// <summary>The project's approved-access file, parsed on first use; null when the project has none.</summary>
    public Lazy<ApprovedAccessFile?>? ApprovedAccessFile { get; }

    /// <summary>
    /// Runs <paramref name="analyze"/> on the approved-access file when the IDE or the build asks for its
    /// diagnostics (an additional file action: live, no compilation end); nothing when the project has no such file.
    /// </summary>
    public void RegisterApprovedAccessCheck(DiagnosticDescriptor descriptor, Func<ApprovedAccessFile, IEnumerable<Finding>> analyze)
    {
        if (ApprovedAccessFile is not null)
        {
            _approvedAccessRules.Add(new ApprovedAccessRule(descriptor, analyze));
        }
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> on every entity class of the compilation, and on the entities of referenced
    /// module libraries when the app allows anonymous users: those findings are placed on the anonymous user role's
    /// module-role argument in the app, since the library's attributes have no source here. The rule adds its
    /// findings to the list it is given: every rule runs on every entity and most find nothing, so returning an
    /// iterator would allocate one per rule and entity for nothing.
    /// </summary>
    public void RegisterEntityCheck(DiagnosticDescriptor descriptor, Action<EntityModel, List<Finding>> analyze) =>
        _entityRules.Add(new SubjectRule<EntityModel>(descriptor, analyze));

    /// <summary>
    /// Runs <paramref name="analyze"/> on every symbol that declares documents: a class its page or published service,
    /// from the same symbol action as the entity checks, and a method its microflow or nanoflow, from a method symbol
    /// action (<see cref="DocumentModel.Declares"/> says why); the check asks the model's documents for them.
    /// </summary>
    public void RegisterDocumentCheck(DiagnosticDescriptor descriptor, Action<ISymbol, List<Finding>> analyze) =>
        _documentRules.Add(new SubjectRule<ISymbol>(descriptor, analyze));

    /// <summary>An entity rule about anonymous access: registered only when the app allows anonymous users.</summary>
    public void RegisterAnonymousEntityCheck(DiagnosticDescriptor descriptor, Action<EntityModel, List<Finding>> analyze)
    {
        if (!_model.AnonymousModuleRoles.IsEmpty)
        {
            RegisterEntityCheck(descriptor, analyze);
        }
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> once per compilation on the app-level declarations (assembly attributes), and
    /// reports each finding in the file that holds its attribute, from a syntax tree action, so it shows live.
    /// </summary>
    public void RegisterAppCheck(DiagnosticDescriptor descriptor, Func<IEnumerable<Finding>> analyze) =>
        _appRules.Add(new AppRule(descriptor, new Lazy<ImmutableArray<Finding>>(() => analyze().ToImmutableArray())));

    /// <summary>Registers the one symbol action and the one syntax tree action that run every rule registered here.</summary>
    public void RegisterActions(CompilationStartAnalysisContext context)
    {
        if (_entityRules.Count > 0 || _documentRules.Count > 0)
        {
            _model.AddEntityAnalyzer(_analyzer);
            context.RegisterSymbolAction(AnalyzeEntity, SymbolKind.NamedType);
        }

        if (_documentRules.Count > 0)
        {
            context.RegisterSymbolAction(AnalyzeFlow, SymbolKind.Method);
        }

        if (_appRules.Count > 0 || ((_entityRules.Count > 0 || _documentRules.Count > 0) && _model.AnonymousUserRole is not null))
        {
            context.RegisterSyntaxTreeAction(AnalyzeTree);
        }

        if (_approvedAccessRules.Count > 0)
        {
            context.RegisterAdditionalFileAction(AnalyzeApprovedAccess);
        }
    }

    private void AnalyzeApprovedAccess(AdditionalFileAnalysisContext context)
    {
        if (!ApprovedAccess.IsFile(context.AdditionalFile.Path) ||
            ApprovedAccessFile?.Value is not { } file || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        RunEach(_approvedAccessRules, rule =>
        {
            foreach (var finding in rule.Analyze(file))
            {
                var location = Location.Create(file.Path, finding.FileSpan, text.Lines.GetLinePositionSpan(finding.FileSpan));
                FindingReporter.Report(context.ReportDiagnostic, rule.Descriptor, location, finding, context.CancellationToken);
            }
        })?.Throw();
    }

    private void AnalyzeEntity(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (_entityRules.Count > 0 && _model.EntityToAnalyze(type, _analyzer) is { } entity)
        {
            Analyze(entity, context.ReportDiagnostic, context.CancellationToken);
        }

        if (_documentRules.Count > 0 && _model.Documents.Declares(type))
        {
            AnalyzeDocuments(type, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    private void AnalyzeFlow(SymbolAnalysisContext context)
    {
        if (_model.Documents.Declares(context.Symbol))
        {
            AnalyzeDocuments(context.Symbol, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    internal void AnalyzeDocuments(ISymbol declarer, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        RunEach(_documentRules, rule =>
        {
            findings.Clear();
            rule.Analyze(declarer, findings);
            foreach (var finding in findings)
            {
                var location = finding.Site is { } site ? site.Locate(cancellationToken) : declarer.Locations.FirstOrDefault() ?? Location.None;
                if ((location.SourceTree is { } tree && _model.GeneratedCode.Contains(tree, cancellationToken)) || !ReportsFrom(declarer, location))
                {
                    continue;
                }

                FindingReporter.Report(report, rule.Descriptor, location, finding, cancellationToken);
            }
        })?.Throw();
    }

    // A partial method's two parts are one flow, and each part's callback analyzes it: each reports the findings that lie
    // in its own declaration, since the IDE asks per file and a callback's findings elsewhere do not show there; the
    // declaration's part also reports those that lie in neither.
    private static bool ReportsFrom(ISymbol declarer, Location location) =>
        declarer is not IMethodSymbol method || (method.PartialImplementationPart ?? method.PartialDefinitionPart) is not { } other ||
        IsWithin(location, method) || (!IsWithin(location, other) && method.PartialImplementationPart is not null);

    private static bool IsWithin(Location location, ISymbol part)
    {
        foreach (var reference in part.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs every entity rule on <paramref name="entity"/> and reports what they find, unless the class is generated
    /// code; the benchmark times our work with it, without the driver.
    /// </summary>
    internal void Analyze(EntityModel entity, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        RunEach(_entityRules, rule =>
        {
            // A rule that throws reports nothing on this entity; the driver reports its exception (AD0001).
            findings.Clear();
            rule.Analyze(entity, findings);

            // Asked only of an entity with findings: most entities have none, and the answer reads the class's files.
            if (findings.Count == 0 || entity.IsGenerated)
            {
                return;
            }

            foreach (var finding in findings)
            {
                var location = finding.Site is { } site
                    ? site.Locate(cancellationToken)
                    : entity.Symbol.Locations.FirstOrDefault() ?? Location.None;
                if (location.SourceTree is { } tree && _model.GeneratedCode.Contains(tree, cancellationToken))
                {
                    // A partial class can take an attribute from a generated part.
                    continue;
                }

                FindingReporter.Report(report, rule.Descriptor, location, finding, cancellationToken);
            }
        })?.Throw();
    }

    private void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var tree = context.Tree;
        var cancellationToken = context.CancellationToken;
        var holdsAnonymousRole = _model.AnonymousUserRole is { } anonymous && AttributeLocations.IsIn(anonymous.Declaration, tree);

        // Most files hold no app-level declaration: whether they are generated is asked only of those that do.
        if ((!holdsAnonymousRole && !HoldsAppFinding(tree)) || _model.GeneratedCode.Contains(tree, cancellationToken))
        {
            return;
        }

        ExceptionDispatchInfo? libraryFailure = null;
        if (holdsAnonymousRole)
        {
            var entityFailure = RunEach(_entityRules, rule => ReportLibraryEntities(context, rule, _model.AnonymousUserRole!));
            var documentFailure = RunEach(_documentRules, rule => ReportLibraryDocuments(context, rule, _model.AnonymousUserRole!));
            libraryFailure = entityFailure ?? documentFailure;
        }

        var appFailure = RunEach(_appRules, rule =>
        {
            foreach (var finding in rule.Findings.Value)
            {
                if (finding.Site is { } site && AttributeLocations.IsIn(site.Attribute, tree))
                {
                    FindingReporter.Report(context.ReportDiagnostic, rule.Descriptor, site.Locate(cancellationToken), finding, cancellationToken);
                }
            }
        });
        (libraryFailure ?? appFailure)?.Throw();
    }

    // App checks run once per compilation; a check that throws here throws again below, where RunEach reports it.
    private bool HoldsAppFinding(SyntaxTree tree)
    {
        foreach (var rule in _appRules)
        {
            try
            {
                foreach (var finding in rule.Findings.Value)
                {
                    if (finding.Site is { } site && AttributeLocations.IsIn(site.Attribute, tree))
                    {
                        return true;
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return true;
            }
        }

        return false;
    }

    private void ReportLibraryEntities(SyntaxTreeAnalysisContext context, SubjectRule<EntityModel> rule, UserRole anonymous)
    {
        var findings = new List<Finding>();
        foreach (var entity in _model.LibraryEntities)
        {
            findings.Clear();
            rule.Analyze(entity, findings);
            ReportOnAnonymousRole(context, rule.Descriptor, findings, anonymous);
        }
    }

    // A library's microflows and services are judged here only: the library has no anonymous user role of its own.
    private void ReportLibraryDocuments(SyntaxTreeAnalysisContext context, SubjectRule<ISymbol> rule, UserRole anonymous)
    {
        var findings = new List<Finding>();
        foreach (var declarer in _model.Documents.LibraryDeclarers)
        {
            findings.Clear();
            rule.Analyze(declarer, findings);
            ReportOnAnonymousRole(context, rule.Descriptor, findings, anonymous);
        }
    }

    /// <summary>
    /// Reports a module library's findings about anonymous access on the anonymous user role's module-role argument
    /// in the app; the library's own checks ran when it was built, so its other findings do not concern the app.
    /// </summary>
    private static void ReportOnAnonymousRole(SyntaxTreeAnalysisContext context, DiagnosticDescriptor descriptor, List<Finding> findings, UserRole anonymous)
    {
        foreach (var finding in findings)
        {
            // On the first of the anonymous user role's module roles the finding is about; none, not about visitors.
            foreach (var role in anonymous.ModuleRoles)
            {
                if (finding.AnonymousRoles.Contains(role.Value))
                {
                    // The library's declarations have no source here: no additional locations, and no fix can edit them.
                    var location = AttributeLocations.OfParamsElement(anonymous.Declaration, AnnotationNames.UserRoleAttribute.ModuleRoles, role.Index, context.CancellationToken);
                    FindingReporter.Report(context.ReportDiagnostic, descriptor, location, finding.WithoutSourceReferences(), context.CancellationToken);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Runs every rule even when one throws, so that a failing check does not take the other checks' findings with
    /// it; returns the first failure, which the caller rethrows for the driver to report as AD0001.
    /// </summary>
    private static ExceptionDispatchInfo? RunEach<T>(List<T> rules, Action<T> run)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var rule in rules)
        {
            try
            {
                run(rule);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        return failure;
    }

    /// <summary>A check's function over one subject (an entity, a symbol that declares documents), with its descriptor.</summary>
    private sealed class SubjectRule<TSubject>
    {
        public SubjectRule(DiagnosticDescriptor descriptor, Action<TSubject, List<Finding>> analyze)
        {
            Descriptor = descriptor;
            Analyze = analyze;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Action<TSubject, List<Finding>> Analyze { get; }
    }

    private sealed class ApprovedAccessRule
    {
        public ApprovedAccessRule(DiagnosticDescriptor descriptor, Func<ApprovedAccessFile, IEnumerable<Finding>> analyze)
        {
            Descriptor = descriptor;
            Analyze = analyze;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Func<ApprovedAccessFile, IEnumerable<Finding>> Analyze { get; }
    }

    private sealed class AppRule
    {
        public AppRule(DiagnosticDescriptor descriptor, Lazy<ImmutableArray<Finding>> findings)
        {
            Descriptor = descriptor;
            Findings = findings;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Lazy<ImmutableArray<Finding>> Findings { get; }
    }
}
