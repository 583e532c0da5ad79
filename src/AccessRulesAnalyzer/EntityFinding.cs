using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer;

/// <summary>
/// What a rule found on one entity, before it is placed: on the access rule (or the entity's class) when the
/// entity is in source, on the app's anonymous user role when the entity comes from a module library.
/// </summary>
internal sealed class EntityFinding
{
    public EntityFinding(
        AccessRule? rule,
        IEnumerable<AccessRule> contributingRules,
        IEnumerable<string> anonymousRoles,
        ImmutableDictionary<string, string?>? properties,
        params object[] messageArguments)
    {
        Rule = rule;
        Properties = properties;
        ContributingRules = contributingRules.ToImmutableArray();
        AnonymousRoles = anonymousRoles.ToImmutableArray();
        MessageArguments = messageArguments;
    }

    /// <summary>The access rule the finding is about; null when it is about the entity as a whole.</summary>
    public AccessRule? Rule { get; }

    /// <summary>Rules shown as additional locations.</summary>
    public ImmutableArray<AccessRule> ContributingRules { get; }

    /// <summary>The anonymous module roles involved, in the order they appear in the rule(s).</summary>
    public ImmutableArray<string> AnonymousRoles { get; }

    public object[] MessageArguments { get; }

    /// <summary>Properties for a code fix; only findings in source carry them.</summary>
    public ImmutableDictionary<string, string?>? Properties { get; }
}
