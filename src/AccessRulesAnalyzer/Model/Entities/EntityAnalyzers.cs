using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The package's analyzers that analyze entities, as flags: which of them have taken a shared entity.</summary>
[Flags]
internal enum EntityAnalyzers
{
    Findings = 1,
    Suggestions = 2,
}
