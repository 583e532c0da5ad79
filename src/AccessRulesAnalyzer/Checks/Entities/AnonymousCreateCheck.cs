using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0010: anonymous visitors can create persistable objects.</summary>
internal sealed class AnonymousCreateCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousCreate,
        "Anonymous users can create persistable objects",
        "Anonymous module role {0} can create '{1}' objects in the database: prefer a non-persistable entity where the data need not be stored",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        "Anyone can call the server API: anonymous create lets anyone fill the database. Where the data only serves the visitor's session, a non-persistable entity never reaches the database.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings) =>
        FindStores(entity, findings);

    /// <summary>The rules of <paramref name="entity"/> that let anonymous visitors store new objects (AR0010, AR1014).</summary>
    internal static void FindStores(EntityModel entity, List<Finding> findings)
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
