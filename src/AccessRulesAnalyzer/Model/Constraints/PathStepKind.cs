namespace AccessRulesAnalyzer.Model;

internal enum PathStepKind
{
    Unknown,
    Id,
    Attribute,
    Association,
    EntityFilter,
}
