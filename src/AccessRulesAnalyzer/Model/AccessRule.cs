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
    private readonly string? _xpathText;

    // Parsed, scoped and filtered on first use: many rules are never asked. A race computes the same value twice.
    private XPathConstraint? _xpath;
    private int _isUserScoped = Unknown;
    private ImmutableArray<ArrayElement> _anonymousRoles;
    private ImmutableArray<EntityMember> _readable;
    private ImmutableArray<EntityMember> _writable;
    private const int Unknown = -1;

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
        _xpathText = string.IsNullOrWhiteSpace(xpath) ? null : xpath;
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
    public XPathConstraint? XPath => _xpathText is null ? null : _xpath ??= XPathParser.Parse(_xpathText);

    public bool HasConstraint => _xpathText is not null;

    /// <summary>
    /// The constraint can only match objects tied to the current user. Decided on first use: scoping follows
    /// associations into entities that may not be modelled yet, and that may point back here.
    /// </summary>
    public bool IsUserScoped
    {
        get
        {
            if (_isUserScoped == Unknown)
            {
                _isUserScoped = XPath is { } xpath && Entity.Model.IsUserScoped(xpath, Entity) ? 1 : 0;
            }

            return _isUserScoped == 1;
        }
    }

    /// <summary>The module roles of the rule that anonymous visitors have.</summary>
    public ImmutableArray<ArrayElement> AnonymousRoles
    {
        get
        {
            if (_anonymousRoles.IsDefault)
            {
                _anonymousRoles = Anonymous(ModuleRoles, Entity.Model);
            }

            return _anonymousRoles;
        }
    }

    /// <summary>The rule names a module role of anonymous visitors.</summary>
    public bool IsAnonymous => !AnonymousRoles.IsEmpty;

    /// <summary>The rule grants something: create, delete, or read on at least one member.</summary>
    public bool GrantsAnything => Create || Delete || !MembersWith(MemberAccess.Read).IsEmpty;

    /// <summary>The rule lets its roles change objects: write on a member, or delete.</summary>
    public bool Changes => Delete || !MembersWith(MemberAccess.ReadWrite).IsEmpty;

    /// <summary>The rule is given to <paramref name="moduleRole"/>.</summary>
    public bool Names(string moduleRole) => Contains(ModuleRoles, moduleRole);

    /// <summary>The highest of AllMembers, ReadWrite and Read for <paramref name="member"/>.</summary>
    public MemberAccess AccessTo(string member)
    {
        if (AllMembers == MemberAccess.ReadWrite || Contains(ReadWrite, member))
        {
            return MemberAccess.ReadWrite;
        }

        return AllMembers == MemberAccess.Read || Contains(Read, member) ? MemberAccess.Read : MemberAccess.None;
    }

    /// <summary>The entity's members this rule gives at least <paramref name="access"/> to (computed once per rule).</summary>
    public ImmutableArray<EntityMember> MembersWith(MemberAccess access)
    {
        return access switch
        {
            MemberAccess.None => Entity.Members,
            MemberAccess.Read => _readable.IsDefault ? _readable = Collect(MemberAccess.Read) : _readable,
            _ => _writable.IsDefault ? _writable = Collect(MemberAccess.ReadWrite) : _writable,
        };
    }

    // Rules name all or none of their roles as anonymous far more often than some: those cases allocate nothing.
    private static ImmutableArray<ArrayElement> Anonymous(ImmutableArray<ArrayElement> roles, SecurityModel model)
    {
        var count = 0;
        foreach (var role in roles)
        {
            count += model.IsAnonymous(role.Value) ? 1 : 0;
        }

        if (count == 0 || count == roles.Length)
        {
            return count == 0 ? ImmutableArray<ArrayElement>.Empty : roles;
        }

        var builder = ImmutableArray.CreateBuilder<ArrayElement>(count);
        foreach (var role in roles)
        {
            if (model.IsAnonymous(role.Value))
            {
                builder.Add(role);
            }
        }

        return builder.MoveToImmutable();
    }

    // Counted first, so that the common answers (all members, none) allocate nothing and the others one exact array.
    private ImmutableArray<EntityMember> Collect(MemberAccess access)
    {
        var members = Entity.Members;
        var count = 0;
        foreach (var member in members)
        {
            count += AccessTo(member.Name) >= access ? 1 : 0;
        }

        if (count == 0 || count == members.Length)
        {
            return count == 0 ? ImmutableArray<EntityMember>.Empty : members;
        }

        var builder = ImmutableArray.CreateBuilder<EntityMember>(count);
        foreach (var member in members)
        {
            if (AccessTo(member.Name) >= access)
            {
                builder.Add(member);
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
