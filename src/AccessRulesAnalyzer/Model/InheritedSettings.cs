using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// A setting of <c>[Entity]</c> that the platform keeps on the root entity of a hierarchy and that holds for every
/// specialization: persistability and which system members are stored.
/// </summary>
internal enum InheritedSetting
{
    Persistable,
    StoreOwner,
    StoreChangedBy,
    StoreCreatedDate,
    StoreChangedDate,
}

/// <summary>The effective values of the <see cref="InheritedSetting"/>s of one entity, one bit each.</summary>
internal readonly struct InheritedSettings
{
    private const int Count = 5;

    // System entities are persistable and store every system member, so System.owner is valid on their specializations.
    public static readonly InheritedSettings OfSystemEntity = new((1 << Count) - 1);

    // An entity of its own: persistable, storing nothing (the [Entity] attribute's defaults).
    private static readonly InheritedSettings s_defaults = new(1 << (int)InheritedSetting.Persistable);

    private readonly int _bits;

    private InheritedSettings(int bits) => _bits = bits;

    public static ImmutableArray<InheritedSetting> All { get; } = ImmutableArray.Create(
        InheritedSetting.Persistable, InheritedSetting.StoreOwner, InheritedSetting.StoreChangedBy, InheritedSetting.StoreCreatedDate, InheritedSetting.StoreChangedDate);

    public bool Has(InheritedSetting setting) => (_bits & (1 << (int)setting)) != 0;

    /// <summary>
    /// The settings of an entity declared by <paramref name="declaration"/>: its own for a root entity; its
    /// generalization's for a specialization, whatever it declares (<see cref="Overridden"/> tells where they differ).
    /// </summary>
    public static InheritedSettings Of(AttributeData declaration, EntityModel? generalization)
    {
        if (generalization is not null)
        {
            return generalization.Settings;
        }

        var bits = 0;
        foreach (var setting in All)
        {
            bits |= (Declared(declaration, setting) ?? s_defaults.Has(setting)) ? 1 << (int)setting : 0;
        }

        return new InheritedSettings(bits);
    }

    /// <summary>The settings <paramref name="declaration"/> sets to a value other than the one its generalization decides.</summary>
    public static ImmutableArray<InheritedSetting> Overridden(AttributeData declaration, EntityModel? generalization)
    {
        if (generalization is null || declaration.NamedArguments.IsEmpty)
        {
            return ImmutableArray<InheritedSetting>.Empty;
        }

        var overridden = ImmutableArray<InheritedSetting>.Empty;
        foreach (var setting in All)
        {
            if (Declared(declaration, setting) is { } value && value != generalization.Settings.Has(setting))
            {
                overridden = overridden.Add(setting);
            }
        }

        return overridden;
    }

    /// <summary>The value <paramref name="declaration"/> gives <paramref name="setting"/>; null when it does not set it.</summary>
    private static bool? Declared(AttributeData declaration, InheritedSetting setting) =>
        AttributeValues.Named(declaration, s_names[(int)setting]) is { Value: bool value } ? value : null;

    // The [Entity] argument of each setting, by value: Enum.ToString boxes, and every entity asks for all five.
    private static readonly string[] s_names = All.Select(setting => setting.ToString()).ToArray();
}

/// <summary>
/// A system member that an entity has when it stores it (<see cref="InheritedSetting"/>): <c>System.owner</c> and
/// <c>System.changedBy</c> are associations to System.User, <c>createdDate</c> and <c>changedDate</c> date attributes.
/// </summary>
internal sealed class SystemMember
{
    public static readonly SystemMember Owner = new("System.owner", InheritedSetting.StoreOwner, isUser: true);
    public static readonly SystemMember ChangedBy = new("System.changedBy", InheritedSetting.StoreChangedBy, isUser: true);
    public static readonly SystemMember CreatedDate = new("createdDate", InheritedSetting.StoreCreatedDate, isUser: false);
    public static readonly SystemMember ChangedDate = new("changedDate", InheritedSetting.StoreChangedDate, isUser: false);

    private SystemMember(string xpathName, InheritedSetting flag, bool isUser)
    {
        XPathName = xpathName;
        Flag = flag;
        IsUserAssociation = isUser;
    }

    /// <summary>The name an XPath uses.</summary>
    public string XPathName { get; }

    /// <summary>The <c>[Entity]</c> flag that stores it.</summary>
    public InheritedSetting Flag { get; }

    /// <summary>An association to System.User; otherwise a date attribute.</summary>
    public bool IsUserAssociation { get; }

    private static readonly ImmutableArray<SystemMember> s_all = ImmutableArray.Create(Owner, ChangedBy, CreatedDate, ChangedDate);

    /// <summary>The system members' XPath names, for did-you-mean suggestions.</summary>
    public static ImmutableArray<string> Names { get; } = s_all.Select(member => member.XPathName).ToImmutableArray();

    public static SystemMember? Named(string xpathName)
    {
        foreach (var member in s_all)
        {
            if (member.XPathName == xpathName)
            {
                return member;
            }
        }

        return null;
    }
}
