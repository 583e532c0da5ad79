using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>What a person with one user role can reach, through all its module roles: the security review's unit.</summary>
internal sealed class UserRoleAccess
{
    private readonly System.Lazy<DocumentAccess> _documents;

    public UserRoleAccess(SecurityModel model, UserRole role, bool anonymous, ImmutableArray<EntityAccess> entities)
    {
        Role = role;
        IsAnonymous = anonymous;
        Entities = entities;
        _documents = new System.Lazy<DocumentAccess>(() => DocumentAccess.Of(model, role));
    }

    public UserRole Role { get; }

    public string Name => Role.Name;

    /// <summary>The role of visitors who have not signed in.</summary>
    public bool IsAnonymous { get; }

    public ImmutableArray<string> ModuleRoles => Role.ModuleRoles.Select(role => role.Value).ToImmutableArray();

    /// <summary>The entities the role reaches at all, by qualified name.</summary>
    public ImmutableArray<EntityAccess> Entities { get; }

    /// <summary>The microflows, pages and services the role reaches (computed on first use).</summary>
    public DocumentAccess Documents => _documents.Value;

    /// <summary>
    /// The effective access of every user role of <paramref name="model"/>, the anonymous one first, then by name:
    /// each entity's rules that name one of the role's module roles, combined per constraint. Rules are never
    /// inherited, so a specialization shows only its own.
    /// </summary>
    public static ImmutableArray<UserRoleAccess> Of(SecurityModel model)
    {
        var entities = model.AppEntities;
        return model.UserRoles
            .Select(role => new UserRoleAccess(model, role, ReferenceEquals(role, model.AnonymousUserRole), AccessOf(role, entities)))
            .OrderBy(access => access.IsAnonymous ? 0 : 1)
            .ThenBy(access => access.Name, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static ImmutableArray<EntityAccess> AccessOf(UserRole role, ImmutableArray<EntityModel> entities)
    {
        var result = ImmutableArray.CreateBuilder<EntityAccess>();
        foreach (var entity in entities)
        {
            var grants = GrantsOn(role, entity);
            if (!grants.IsEmpty)
            {
                result.Add(new EntityAccess(entity, grants));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>What <paramref name="role"/> gets on <paramref name="entity"/>: one grant per constraint, the unconstrained first; rules that grant nothing left out.</summary>
    public static ImmutableArray<Grant> GrantsOn(UserRole role, EntityModel entity) =>
        entity.Rules
            .Where(rule => rule.ModuleRoles.Any(moduleRole => role.Includes(moduleRole.Value)))
            .GroupBy(rule => rule.XPath?.Text)
            .Select(Combine)
            .Where(grant => grant.Create || grant.Delete || !grant.Read.IsEmpty)
            // The ordinal comparer puts null, the unconstrained grant, first.
            .OrderBy(grant => grant.Constraint, StringComparer.Ordinal)
            .ToImmutableArray();

    private static Grant Combine(IGrouping<string?, AccessRule> rules)
    {
        var scope = rules.Key is null ? GrantScope.None : rules.All(rule => rule.IsUserScoped) ? GrantScope.User : GrantScope.Constrained;
        return new Grant(
            rules.Key,
            scope,
            rules.Any(rule => rule.Create),
            rules.Any(rule => rule.Delete),
            Names(rules.SelectMany(rule => rule.MembersWith(MemberAccess.Read))),
            Names(rules.SelectMany(rule => rule.MembersWith(MemberAccess.ReadWrite))),
            rules.ToImmutableArray());
    }

    private static ImmutableArray<string> Names(IEnumerable<EntityMember> members) =>
        members.Select(member => member.Name).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToImmutableArray();
}
