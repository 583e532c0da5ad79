using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1014: anonymous visitors create persistable objects, and without a sign-in microflow what they create is not carried over when they sign in.</summary>
internal sealed class AnonymousCreateWithoutSignInMicroflowCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousCreateWithoutSignInMicroflow,
        "Anonymous users create objects but no sign-in microflow carries them over",
        "Anonymous module role {0} can create '{1}' objects, but [AnonymousUsers] sets no SignInMicroflow: what a visitor creates is not carried over when they sign in",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "The anonymous user is deleted after sign-in. A sign-in microflow transfers what the visitor created (a shopping cart, say) to the signed-in user.");

    // The same findings as AR0010, reported only when [AnonymousUsers] names no sign-in microflow.
    private protected override bool AppliesTo(SecurityModel model) =>
        base.AppliesTo(model) && !model.AnonymousDeclarations.IsEmpty && string.IsNullOrWhiteSpace(model.App.SignInMicroflow);

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings) =>
        AnonymousCreateCheck.FindStores(entity, findings);
}
