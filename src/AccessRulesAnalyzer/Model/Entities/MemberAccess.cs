using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The access an access rule gives to members; mirrors <c>AccessRules.MemberAccess</c>.</summary>
internal enum MemberAccess
{
    None,
    Read,
    ReadWrite,
}
