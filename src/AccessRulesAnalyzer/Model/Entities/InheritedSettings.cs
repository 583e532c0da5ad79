using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

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

    /// <summary>The <c>[Entity]</c> argument <paramref name="argumentName"/> is one of the settings a specialization inherits.</summary>
    public static bool IsSettingArgument(string argumentName) => System.Array.IndexOf(s_names, argumentName) >= 0;

    /// <summary>The value <paramref name="declaration"/> gives <paramref name="setting"/>; null when it does not set it.</summary>
    private static bool? Declared(AttributeData declaration, InheritedSetting setting) =>
        AttributeValues.Named(declaration, s_names[(int)setting]) is { Value: bool value } ? value : null;

    // The [Entity] argument of each setting, by value: Enum.ToString boxes, and every entity asks for all five.
    private static readonly string[] s_names = All.Select(setting => setting.ToString()).ToArray();
}
