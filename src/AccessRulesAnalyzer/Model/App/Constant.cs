using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A constant of the model, <c>[assembly: Constant("Module.Name")]</c>: its name and whether its value reaches the client.</summary>
internal sealed class Constant
{
    public Constant(string qualifiedName, bool exposedToClient, AttributeData declaration)
    {
        QualifiedName = qualifiedName;
        ExposedToClient = exposedToClient;
        Declaration = declaration;
    }

    public string QualifiedName { get; }

    /// <summary>The value is sent to the client, where anyone using the app can read it.</summary>
    public bool ExposedToClient { get; }

    public AttributeData Declaration { get; }
}
