using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// What a rule found on one entity, before it is placed: on a site of an attribute (or the entity's class) when the
/// entity is in source, on the app's anonymous user role when the entity comes from a module library.
/// </summary>
internal sealed class EntityFinding
{
    public EntityFinding(
        AttributeSite? site,
        IEnumerable<AccessRule> contributingRules,
        IEnumerable<string> anonymousRoles,
        ImmutableDictionary<string, string?>? properties,
        params object[] messageArguments)
        : this(site, contributingRules.ToImmutableArray(), anonymousRoles.ToImmutableArray(), properties, messageArguments)
    {
    }

    // The arrays as they are: passed as sequences, they would be boxed and copied.
    private EntityFinding(AttributeSite? site, ImmutableArray<AccessRule> contributingRules, ImmutableArray<string> anonymousRoles, ImmutableDictionary<string, string?>? properties, object[] messageArguments)
    {
        Site = site;
        Properties = properties;
        ContributingRules = contributingRules;
        AnonymousRoles = anonymousRoles;
        MessageArguments = messageArguments;
    }

    /// <summary>Where the finding lies; null when it is about the entity as a whole (its class name).</summary>
    public AttributeSite? Site { get; }

    /// <summary>Rules shown as additional locations.</summary>
    public ImmutableArray<AccessRule> ContributingRules { get; }

    /// <summary>The anonymous module roles involved, in the order they appear in the rule(s).</summary>
    public ImmutableArray<string> AnonymousRoles { get; }

    public object[] MessageArguments { get; }

    /// <summary>
    /// A finding about a rule that names anonymous roles; the first message argument names them. With
    /// <paramref name="ownerConstraintFixes"/>, the "Add owner constraint" fix is offered.
    /// </summary>
    public static EntityFinding OnAnonymousRule(AccessRule rule, AttributeSite site, bool ownerConstraintFixes, params object[] moreArguments)
    {
        var roles = ImmutableArray.CreateBuilder<string>(rule.AnonymousRoles.Length);
        foreach (var role in rule.AnonymousRoles)
        {
            roles.Add(role.Value);
        }

        var arguments = new object[moreArguments.Length + 1];
        arguments[0] = Display.Quoted(roles);
        moreArguments.CopyTo(arguments, 1);
        var anonymousRoles = roles.MoveToImmutable();
        return new EntityFinding(
            site,
            ImmutableArray<AccessRule>.Empty,
            anonymousRoles,
            ownerConstraintFixes ? OwnerConstraintFix.Properties(rule.Entity, anonymousRoles) : null,
            arguments);
    }

    /// <summary>Properties for a code fix; only findings in source carry them.</summary>
    public ImmutableDictionary<string, string?>? Properties { get; }

    /// <summary>A severity other than the descriptor's default, for this finding only; null for the default.</summary>
    public DiagnosticSeverity? Severity { get; private set; }

    public EntityFinding WithSeverity(DiagnosticSeverity severity)
    {
        Severity = severity;
        return this;
    }
}

/// <summary>What an app-level rule found on an assembly attribute.</summary>
internal sealed class AppFinding
{
    public AppFinding(AttributeSite site, ImmutableDictionary<string, string?>? properties, params object[] messageArguments)
    {
        Site = site;
        Properties = properties;
        MessageArguments = messageArguments;
    }

    public AttributeSite Site { get; }

    public ImmutableDictionary<string, string?>? Properties { get; }

    public object[] MessageArguments { get; }
}
