using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Model;

/// <summary>What lets objects of other users through a constraint that is not user-scoped.</summary>
internal enum ScopeLeakKind
{
    /// <summary>A filter that does not involve the current user: <c>Status = 'Open'</c>.</summary>
    Filter,

    /// <summary>An <c>or</c> branch that is not user-scoped.</summary>
    OrBranch,

    /// <summary>A negated comparison or path: <c>not(System.owner = '[%CurrentUser%]')</c> matches everyone else's objects.</summary>
    Negation,

    /// <summary>A path to the user through System.UserRole, System.Language or System.TimeZone, which many users share.</summary>
    SharedEntity,
}
