using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The module and name of an entity class, read without modelling it (members refer to each other in cycles).</summary>
internal readonly struct EntityIdentity
{
    public EntityIdentity(string module, string name, AttributeData? declaration)
    {
        Module = module;
        Name = name;
        Declaration = declaration;
    }

    public string Module { get; }

    public string Name { get; }

    public AttributeData? Declaration { get; }

    public bool IsEntity => Name is not null;
}
