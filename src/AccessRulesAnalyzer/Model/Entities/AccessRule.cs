using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>One <c>[AccessRule]</c> of an entity, decoded once, with its XPath parsed once.</summary>
internal sealed class AccessRule
{
    // Parsed, scoped and filtered on first use: many rules are never asked. A race computes the same value twice.
    private ImmutableArray<ArrayElement> _anonymousRoles;
    private ImmutableArray<EntityMember> _readable;
    private ImmutableArray<EntityMember> _writable;

    public AccessRule(EntityModel entity, AttributeData declaration)
    {
        Entity = entity;
        Declaration = declaration;
        ModuleRoles = AttributeValues.ConstructorStrings(declaration, AnnotationNames.AccessRuleAttribute.ModuleRoles);
        Create = AttributeValues.NamedBool(declaration, AnnotationNames.AccessRuleAttribute.Create);
        Delete = AttributeValues.NamedBool(declaration, AnnotationNames.AccessRuleAttribute.Delete);
        Read = AttributeValues.NamedStrings(declaration, AnnotationNames.AccessRuleAttribute.Read);
        ReadWrite = AttributeValues.NamedStrings(declaration, AnnotationNames.AccessRuleAttribute.ReadWrite);
        Except = AttributeValues.NamedStrings(declaration, AnnotationNames.AccessRuleAttribute.Except);
        AllMembers = AttributeValues.NamedInt(declaration, AnnotationNames.AccessRuleAttribute.AllMembers) switch
        {
            (int)MemberAccess.Read => MemberAccess.Read,
            (int)MemberAccess.ReadWrite => MemberAccess.ReadWrite,
            _ => MemberAccess.None,
        };
        var xpath = AttributeValues.NamedString(declaration, AnnotationNames.AccessRuleAttribute.XPath);
        Constraint = string.IsNullOrWhiteSpace(xpath) ? null : new ConstraintSite(xpath!, declaration, AnnotationNames.AccessRuleAttribute.XPath, entity, entity.QualifiedName);
    }

    public EntityModel Entity { get; }

    public AttributeData Declaration { get; }

    public ImmutableArray<ArrayElement> ModuleRoles { get; }

    public bool Create { get; }

    public bool Delete { get; }

    public ImmutableArray<ArrayElement> Read { get; }

    public ImmutableArray<ArrayElement> ReadWrite { get; }

    public MemberAccess AllMembers { get; }

    /// <summary>Members that <see cref="AllMembers"/> leaves out: real modules grant every member but a password or a token.</summary>
    public ImmutableArray<ArrayElement> Except { get; }

    /// <summary>The instance constraint where it stands; null when the rule has none and so applies to every object.</summary>
    public ConstraintSite? Constraint { get; }

    /// <summary>The parsed instance constraint; null when the rule has none.</summary>
    public XPathConstraint? XPath => Constraint?.Parsed;

    public bool HasConstraint => Constraint is not null;

    /// <summary>The constraint for the checks that read it: null when there is none, and on a non-persistable entity (<see cref="ConstraintSite.Checked"/>).</summary>
    public XPathConstraint? CheckedXPath => Constraint?.Checked;

    /// <summary>The constraint parses and binds (<see cref="ConstraintSite.IsValid"/>).</summary>
    public bool HasValidConstraint => Constraint?.IsValid == true;

    /// <summary>The constraint can only match objects tied to the current user (<see cref="ConstraintSite.IsUserScoped"/>).</summary>
    public bool IsUserScoped => Constraint?.IsUserScoped == true;

    /// <summary>For a valid constraint that is not user-scoped, the part of it that lets other users' objects through.</summary>
    public ScopeLeak? ScopeLeak => Constraint?.ScopeLeak;

    /// <summary>The module roles of the rule that anonymous visitors have.</summary>
    public ImmutableArray<ArrayElement> AnonymousRoles
    {
        get
        {
            if (_anonymousRoles.IsDefault)
            {
                _anonymousRoles = Subset(ModuleRoles, Entity.Model, static (role, model) => model.IsAnonymous(role.Value));
            }

            return _anonymousRoles;
        }
    }

    /// <summary>The rule names a module role of anonymous visitors.</summary>
    public bool IsAnonymous => !AnonymousRoles.IsEmpty;

    /// <summary>The rule grants something: create, delete, or read on at least one member.</summary>
    public bool GrantsAnything => Create || Delete || !MembersWith(MemberAccess.Read).IsEmpty;

    /// <summary>An anonymous role of the rule can create objects that reach the database.</summary>
    public bool LetsAnonymousUsersStore => Create && Entity.Persistable && IsAnonymous;

    /// <summary>The rule lets its roles change objects: write on a member, or delete.</summary>
    public bool Changes => Delete || !MembersWith(MemberAccess.ReadWrite).IsEmpty;

    /// <summary>The rule is given to <paramref name="moduleRole"/>.</summary>
    public bool Names(string moduleRole) => Contains(ModuleRoles, moduleRole);

    /// <summary>
    /// What the rule gives on <paramref name="member"/>: the highest of AllMembers (unless <see cref="Except"/> names
    /// the member), ReadWrite and Read. A calculated or auto-number member is at most read, as Studio Pro's "Set all
    /// to Read, Write" leaves it; a System.User member of a specialization is never the rule's to grant.
    /// </summary>
    public MemberAccess AccessTo(EntityMember member)
    {
        if (!Entity.IsGrantable(member))
        {
            return MemberAccess.None;
        }

        var name = member.Name;
        var all = AllMembers != MemberAccess.None && !Contains(Except, name) ? AllMembers : MemberAccess.None;
        if (all == MemberAccess.ReadWrite || Contains(ReadWrite, name))
        {
            return member.IsComputed ? MemberAccess.Read : MemberAccess.ReadWrite;
        }

        return all == MemberAccess.Read || Contains(Read, name) ? MemberAccess.Read : MemberAccess.None;
    }

    /// <summary>
    /// Whether the rule lets its roles read <paramref name="member"/>, a system member the entity stores: the platform
    /// lists it among the member rights (read only, as the platform sets its value), so AllMembers covers it unless
    /// Except names it, and Read or ReadWrite may name it.
    /// </summary>
    public bool Reads(SystemMember member) =>
        (AllMembers != MemberAccess.None && !Contains(Except, member.XPathName)) || Contains(Read, member.XPathName) || Contains(ReadWrite, member.XPathName);

    /// <summary>The constraint's text without whitespace outside quotes, so that layouts of one constraint compare equal; null without one.</summary>
    public string? NormalizedConstraint => Constraint?.Normalized;

    /// <summary>The same roles, rights on every member, create, delete and constraint: two declarations of one grant.</summary>
    public bool GrantsTheSameAs(AccessRule other) => GrantsTheSameRightsAs(other) && NormalizedConstraint == other.NormalizedConstraint;

    /// <summary>The same roles, rights on every member, create and delete, whatever the constraints.</summary>
    public bool GrantsTheSameRightsAs(AccessRule other) =>
        Create == other.Create && Delete == other.Delete && SameRoles(other) && SameMemberAccess(other);

    // Loops rather than lambdas: asked for every pair of rules of an entity, and a capture would be allocated for each.
    private bool SameMemberAccess(AccessRule other)
    {
        foreach (var member in Entity.GrantableMembers)
        {
            if (AccessTo(member) != other.AccessTo(member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// For every role of this rule, the other rules of the entity that name it, under the same constraint or none
    /// (which is weaker), already grant everything this rule grants. Rules that grant the same as this one are left
    /// out: that is a duplicate, not a cover. The covering rules, in declaration order; empty when not covered.
    /// </summary>
    public ImmutableArray<AccessRule> CoveringRules()
    {
        List<AccessRule>? covering = null;
        foreach (var role in ModuleRoles)
        {
            // Most rules share no role with another rule of their entity: then nothing covers them, and nothing is built.
            List<AccessRule>? others = null;
            foreach (var other in Entity.Rules)
            {
                if (!ReferenceEquals(other, this) && other.Names(role.Value) &&
                    (other.Constraint is null || other.NormalizedConstraint == NormalizedConstraint) && !GrantsTheSameAs(other))
                {
                    (others ??= new List<AccessRule>()).Add(other);
                }
            }

            if (others is null || !IsCoveredBy(others))
            {
                return ImmutableArray<AccessRule>.Empty;
            }

            AddGivingSome(others, covering ??= new List<AccessRule>());
        }

        return covering is null ? ImmutableArray<AccessRule>.Empty : covering.OrderBy(rule => Entity.Rules.IndexOf(rule)).ToImmutableArray();
    }

    // Apart from CoveringRules, so that the lambdas' captures are allocated only for a role that other rules name.
    private bool IsCoveredBy(List<AccessRule> others) =>
        (!Create || others.Any(other => other.Create)) && (!Delete || others.Any(other => other.Delete)) &&
        !Entity.GrantableMembers.Any(member => AccessTo(member) > others.Max(other => other.AccessTo(member)));

    // Named are the rules that give some of what this one gives, not every rule of the role.
    private void AddGivingSome(List<AccessRule> others, List<AccessRule> covering) =>
        covering.AddRange(others.Where(other => !covering.Contains(other) &&
            ((Create && other.Create) || (Delete && other.Delete) || Entity.GrantableMembers.Any(member => AccessTo(member) > MemberAccess.None && other.AccessTo(member) > MemberAccess.None))));

    private bool SameRoles(AccessRule other) =>
        ModuleRoles.Length > 0 && NamesAllOf(other) && other.NamesAllOf(this);

    private bool NamesAllOf(AccessRule other)
    {
        foreach (var role in other.ModuleRoles)
        {
            if (!Names(role.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>AllMembers covers <paramref name="member"/>: one the rule can grant, not in <see cref="Except"/>.</summary>
    public bool AllMembersCover(EntityMember member) =>
        AllMembers != MemberAccess.None && !Contains(Except, member.Name) && Entity.IsGrantable(member);

    /// <summary>The entity's members this rule gives at least <paramref name="access"/> to (computed once per rule).</summary>
    public ImmutableArray<EntityMember> MembersWith(MemberAccess access)
    {
        return access switch
        {
            MemberAccess.None => Entity.GrantableMembers,
            MemberAccess.Read => _readable.IsDefault ? _readable = Collect(MemberAccess.Read) : _readable,
            _ => _writable.IsDefault ? _writable = Collect(MemberAccess.ReadWrite) : _writable,
        };
    }

    private ImmutableArray<EntityMember> Collect(MemberAccess access) =>
        Subset(Entity.GrantableMembers, (Rule: this, Access: access), static (member, state) => state.Rule.AccessTo(member) >= state.Access);

    // Counted first, so that the common answers (all or none: a rule's roles all anonymous or none, a rule on all
    // members or none) allocate nothing and the others one exact array. The state keeps the predicate static.
    private static ImmutableArray<T> Subset<T, TState>(ImmutableArray<T> items, TState state, Func<T, TState, bool> keep)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += keep(item, state) ? 1 : 0;
        }

        if (count == 0 || count == items.Length)
        {
            return count == 0 ? ImmutableArray<T>.Empty : items;
        }

        var builder = ImmutableArray.CreateBuilder<T>(count);
        foreach (var item in items)
        {
            if (keep(item, state))
            {
                builder.Add(item);
            }
        }

        return builder.MoveToImmutable();
    }

    private static bool Contains(ImmutableArray<ArrayElement> members, string member)
    {
        foreach (var element in members)
        {
            if (element.Value == member)
            {
                return true;
            }
        }

        return false;
    }
}
