using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// A system member that an entity has when it stores it (<see cref="InheritedSetting"/>): <c>System.owner</c> and
/// <c>System.changedBy</c> are associations to System.User, <c>createdDate</c> and <c>changedDate</c> date attributes.
/// </summary>
internal sealed class SystemMember
{
    public static readonly SystemMember Owner = new("System.owner", InheritedSetting.StoreOwner, isUser: true);
    public static readonly SystemMember ChangedBy = new("System.changedBy", InheritedSetting.StoreChangedBy, isUser: true);
    public static readonly SystemMember CreatedDate = new("createdDate", InheritedSetting.StoreCreatedDate, isUser: false);
    public static readonly SystemMember ChangedDate = new("changedDate", InheritedSetting.StoreChangedDate, isUser: false);

    private SystemMember(string xpathName, InheritedSetting flag, bool isUser)
    {
        XPathName = xpathName;
        Flag = flag;
        IsUserAssociation = isUser;
    }

    /// <summary>The name an XPath uses.</summary>
    public string XPathName { get; }

    /// <summary>The <c>[Entity]</c> flag that stores it.</summary>
    public InheritedSetting Flag { get; }

    /// <summary>An association to System.User; otherwise a date attribute.</summary>
    public bool IsUserAssociation { get; }

    private static readonly ImmutableArray<SystemMember> s_all = ImmutableArray.Create(Owner, ChangedBy, CreatedDate, ChangedDate);

    /// <summary>The system members' XPath names, for did-you-mean suggestions.</summary>
    public static ImmutableArray<string> Names { get; } = s_all.Select(member => member.XPathName).ToImmutableArray();

    public static SystemMember? Named(string xpathName)
    {
        foreach (var member in s_all)
        {
            if (member.XPathName == xpathName)
            {
                return member;
            }
        }

        return null;
    }
}
