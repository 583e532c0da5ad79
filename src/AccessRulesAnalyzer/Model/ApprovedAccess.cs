using System;
using System.Collections.Generic;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The canonical text of anonymous grants, one line each, sorted: what an approved-access file holds and what the
/// command-line tool's baseline writes. <c>Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity</c>.
/// </summary>
internal static class ApprovedAccess
{
    public const string Separator = " | ";

    /// <summary>The constraint field of a grant without one: every object.</summary>
    public const string EveryObject = "*";

    public static string Line(string entity, Grant grant)
    {
        var rights = new List<string>();
        if (grant.Create)
        {
            rights.Add("create");
        }

        if (grant.Delete)
        {
            rights.Add("delete");
        }

        if (!grant.Read.IsEmpty)
        {
            rights.Add("read " + string.Join(", ", grant.Read));
        }

        if (!grant.Write.IsEmpty)
        {
            rights.Add("write " + string.Join(", ", grant.Write));
        }

        return string.Join(Separator, entity, grant.Constraint ?? EveryObject, ScopeName(grant.Scope), string.Join("; ", rights));
    }

    /// <summary>Every grant of the anonymous user role, one line each, in ordinal order; empty without anonymous users.</summary>
    public static IEnumerable<string> Lines(IEnumerable<UserRoleAccess> roles) =>
        roles.Where(role => role.IsAnonymous)
            .SelectMany(role => role.Entities.SelectMany(entity => entity.Grants.Select(grant => Line(entity.Entity.QualifiedName, grant))))
            .OrderBy(line => line, StringComparer.Ordinal);

    public static string ScopeName(GrantScope scope) => scope switch
    {
        GrantScope.User => "user",
        GrantScope.Constrained => "constrained",
        _ => "none",
    };
}
