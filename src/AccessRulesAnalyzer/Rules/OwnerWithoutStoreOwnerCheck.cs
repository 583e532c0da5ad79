using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR1007: System.owner in an XPath of an entity that does not store its owner.</summary>
public sealed class OwnerWithoutStoreOwnerCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.OwnerWithoutStoreOwner,
        "System.owner used on an entity that does not store its owner",
        "'{0}' does not store its owner: set StoreOwner = true on its [Entity] to use System.owner",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "The owner constraint is only valid when the entity stores its owner (Store 'owner' in the entity's system members).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityRule(Rule, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        if (entity.StoresOwner || entity.Declaration is null)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            // The first step of a path starts at the entity itself; System.owner further along belongs to another entity.
            if (rule.XPath?.Paths().FirstOrDefault(path => path.Steps[0].Name == "System.owner") is { } path)
            {
                findings.Add(new EntityFinding(AttributeSite.InXPath(rule.Declaration, path.Steps[0].NameSpan), [], [], null, entity.QualifiedName));
            }
        }
    }
}
