using System;

namespace AccessRules;

/// <summary>The access an access rule gives to entity members.</summary>
public enum MemberAccess
{
    /// <summary>Neither read nor write.</summary>
    None,
    /// <summary>Read only.</summary>
    Read,
    /// <summary>Read and write.</summary>
    ReadWrite,
}

/// <summary>Marks a class as the entity <c>Module.ClassName</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EntityAttribute : Attribute
{
    /// <summary>Marks a class as an entity of <paramref name="module"/>.</summary>
    public EntityAttribute(string module) => Module = module;

    /// <summary>The module that owns the entity.</summary>
    public string Module { get; }

    /// <summary>The entity's name when it is not the class name.</summary>
    public string? Name { get; set; }

    /// <summary>False for a non-persistable (transient) entity, whose objects live only in the session of the user who made them.</summary>
    public bool Persistable { get; set; } = true;

    /// <summary>The entity stores its owner: <c>System.owner</c>.</summary>
    public bool StoreOwner { get; set; }

    /// <summary>The entity stores who changed it last: <c>System.changedBy</c>.</summary>
    public bool StoreChangedBy { get; set; }

    /// <summary>The entity stores its creation date: <c>createdDate</c>.</summary>
    public bool StoreCreatedDate { get; set; }

    /// <summary>The entity stores its last change date: <c>changedDate</c>.</summary>
    public bool StoreChangedDate { get; set; }
}

/// <summary>
/// Grants module roles access to the entity. Rules are additive per module role and never inherited by specializations.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AccessRuleAttribute : Attribute
{
    /// <summary>A rule for <paramref name="moduleRoles"/> (<c>Module.Role</c>).</summary>
    public AccessRuleAttribute(params string[] moduleRoles) => ModuleRoles = moduleRoles;

    /// <summary>The module roles the rule applies to.</summary>
    public string[] ModuleRoles { get; }

    /// <summary>The roles may create objects. An XPath constraint never limits creation.</summary>
    public bool Create { get; set; }

    /// <summary>The roles may delete the objects the XPath constraint selects.</summary>
    public bool Delete { get; set; }

    /// <summary>Members the roles may read.</summary>
    public string[]? Read { get; set; }

    /// <summary>Members the roles may read and write.</summary>
    public string[]? ReadWrite { get; set; }

    /// <summary>Access to every member, including members added later.</summary>
    public MemberAccess AllMembers { get; set; }

    /// <summary>Members that <see cref="AllMembers"/> does not cover, such as a password or a token: they get only what <see cref="Read"/> and <see cref="ReadWrite"/> name.</summary>
    public string[]? Except { get; set; }

    /// <summary>The XPath instance constraint, e.g. <c>[System.owner='[%CurrentUser%]']</c>.</summary>
    public string? XPath { get; set; }

    /// <summary>What the rule is for.</summary>
    public string? Documentation { get; set; }
}

/// <summary>Names the association a property stands for; the default is <c>{Entity}_{TargetEntity}</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AssociationAttribute : Attribute
{
    /// <summary>Names the association.</summary>
    public AssociationAttribute(string name) => Name = name;

    /// <summary>The association's name, without its module; the module of the entity in front (<c>Shop.Order_Lines</c>) is read as the same name.</summary>
    public string Name { get; }
}

/// <summary>A calculated attribute: it can never be written.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class CalculatedAttribute : Attribute
{
}

/// <summary>An auto-number attribute: it can never be written.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AutoNumberAttribute : Attribute
{
}
