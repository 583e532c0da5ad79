using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR0010 and AR1014: anonymous visitors can create persistable objects (and what they create is lost at sign-in without a sign-in microflow).</summary>
public sealed class AnonymousCreateCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousCreate,
        "Anonymous users can create persistable objects",
        "Anonymous module role {0} can create '{1}' objects in the database: prefer a non-persistable entity where the data need not be stored",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        "Anyone can call the server API: anonymous create lets anyone fill the database. Where the data only serves the visitor's session, a non-persistable entity never reaches the database.");

    internal static readonly DiagnosticDescriptor NoSignInMicroflowRule = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousCreateWithoutSignInMicroflow,
        "Anonymous users create objects but no sign-in microflow carries them over",
        "Anonymous module role {0} can create '{1}' objects, but [AnonymousUsers] sets no SignInMicroflow: what a visitor creates is not carried over when they sign in",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "The anonymous user is deleted after sign-in. A sign-in microflow transfers what the visitor created (a shopping cart, say) to the signed-in user.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, NoSignInMicroflowRule);

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterAnonymousEntityRule(Rule, Analyze);
        if (!model.AnonymousDeclarations.IsEmpty && string.IsNullOrWhiteSpace(model.AnonymousDeclarations[0].SignInMicroflow))
        {
            context.RegisterAnonymousEntityRule(NoSignInMicroflowRule, Analyze);
        }
    }

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (entity.Persistable && rule.IsAnonymous && rule.Create)
            {
                findings.Add(EntityFinding.OnAnonymousRule(rule, AttributeSite.NamedArgument(rule.Declaration, "Create"), false, entity.QualifiedName));
            }
        }
    }
}
