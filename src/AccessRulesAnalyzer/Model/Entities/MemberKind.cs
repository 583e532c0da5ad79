using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

internal enum MemberKind
{
    Attribute,
    Association,
}
