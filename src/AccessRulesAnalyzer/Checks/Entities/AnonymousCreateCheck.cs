using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0010: anonymous visitors can create persistable objects.</summary>
internal sealed class AnonymousCreateCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousCreate,
        "Anonymous users can create persistable objects",
        "Anonymous module role {0} can create '{1}' objects in the database: prefer a non-persistable entity where the data need not be stored",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        "Anyone can call the server API: anonymous create lets anyone fill the database. Where the data only serves the visitor's session, a non-persistable entity never reaches the database.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterAnonymousEntityCheck(Descriptor, Analyze);

    internal static void Analyze(EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (rule.LetsAnonymousUsersStore)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.Create), false, entity.QualifiedName));
            }
        }
    }
}
