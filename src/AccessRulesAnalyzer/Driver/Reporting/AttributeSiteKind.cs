using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Driver;

internal enum AttributeSiteKind
{
    Whole,
    ParamsElement,
    NamedArgument,
    NamedElement,
    XPathSpan,
    Invocation,
}
