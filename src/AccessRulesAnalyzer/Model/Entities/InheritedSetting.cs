using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// A setting of <c>[Entity]</c> that the platform keeps on the root entity of a hierarchy and that holds for every
/// specialization: persistability and which system members are stored.
/// </summary>
internal enum InheritedSetting
{
    Persistable,
    StoreOwner,
    StoreChangedBy,
    StoreCreatedDate,
    StoreChangedDate,
}
