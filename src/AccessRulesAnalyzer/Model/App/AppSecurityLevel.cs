using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

internal enum AppSecurityLevel
{
    Off,
    Prototype,
    Production,
}
