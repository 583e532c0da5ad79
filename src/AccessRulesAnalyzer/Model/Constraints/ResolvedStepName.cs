namespace AccessRulesAnalyzer.Model;

/// <summary>A step's name as an XPath path writes it and where it leads from one entity (<see cref="PathResolver.ResolveStep"/>).</summary>
internal sealed class ResolvedStepName
{
    /// <summary>How many names an entity keeps: its constraints' paths name a few steps of it each.</summary>
    public const int Kept = 8;

    public ResolvedStepName(string name, PathStepTarget target)
    {
        Name = name;
        Target = target;
    }

    public string Name { get; }

    public PathStepTarget Target { get; }
}
