using System;
using System.Collections.Immutable;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The access an access rule gives to members; mirrors <c>AccessRules.MemberAccess</c>.</summary>
internal enum MemberAccess
{
    None,
    Read,
    ReadWrite,
}

/// <summary>One <c>[AccessRule]</c> of an entity, decoded once, with its XPath parsed once.</summary>
internal sealed class AccessRule
{
    private readonly Lazy<bool> _isUserScoped;

    public AccessRule(EntityModel entity, AttributeData declaration)
    {
        Entity = entity;
        Declaration = declaration;
        ModuleRoles = AttributeValues.ConstructorStrings(declaration, 0);
        Create = AttributeValues.NamedBool(declaration, "Create");
        Delete = AttributeValues.NamedBool(declaration, "Delete");
        Read = AttributeValues.NamedStrings(declaration, "Read");
        ReadWrite = AttributeValues.NamedStrings(declaration, "ReadWrite");
        AllMembers = AttributeValues.NamedInt(declaration, "AllMembers") switch
        {
            1 => MemberAccess.Read,
            2 => MemberAccess.ReadWrite,
            _ => MemberAccess.None,
        };
        var xpath = AttributeValues.NamedString(declaration, "XPath");
        XPath = string.IsNullOrWhiteSpace(xpath) ? null : XPathParser.Parse(xpath!);

        // Scoping follows associations to other entities, which may not be modelled yet: decide on first use.
        _isUserScoped = new Lazy<bool>(() => XPath is not null && entity.Model.IsUserScoped(XPath, entity));
    }

    public EntityModel Entity { get; }

    public AttributeData Declaration { get; }

    public ImmutableArray<ArrayElement> ModuleRoles { get; }

    public bool Create { get; }

    public bool Delete { get; }

    public ImmutableArray<ArrayElement> Read { get; }

    public ImmutableArray<ArrayElement> ReadWrite { get; }

    public MemberAccess AllMembers { get; }

    /// <summary>The instance constraint; null when the rule has none and so applies to every object.</summary>
    public XPathConstraint? XPath { get; }

    public bool HasConstraint => XPath is not null;

    /// <summary>The constraint can only match objects tied to the current user.</summary>
    public bool IsUserScoped => _isUserScoped.Value;

    /// <summary>The highest of AllMembers, ReadWrite and Read for <paramref name="member"/>.</summary>
    public MemberAccess AccessTo(string member)
    {
        if (AllMembers == MemberAccess.ReadWrite || Contains(ReadWrite, member))
        {
            return MemberAccess.ReadWrite;
        }

        return AllMembers == MemberAccess.Read || Contains(Read, member) ? MemberAccess.Read : MemberAccess.None;
    }

    public ImmutableArray<EntityMember> MembersWith(MemberAccess access)
    {
        var builder = ImmutableArray.CreateBuilder<EntityMember>();
        foreach (var member in Entity.Members)
        {
            if (AccessTo(member.Name) >= access)
            {
                builder.Add(member);
            }
        }

        return builder.ToImmutable();
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
