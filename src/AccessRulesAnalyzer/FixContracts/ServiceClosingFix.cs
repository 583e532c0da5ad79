using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>
/// What AR0017 tells its fix: whether the service's <c>RequiresAuthentication = false</c> goes (true is the default),
/// and the positions in its <c>AllowedRoles</c> of the anonymous module roles to remove.
/// </summary>
internal static class ServiceClosingFix
{
    private const string AuthenticationKey = "RequireAuthentication";
    private const string RolesKey = "AnonymousRoles";

    public static ImmutableDictionary<string, string?> Closing(PublishedService service, ImmutableArray<ArrayElement> anonymousRoles) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(AuthenticationKey, service.RequiresAuthentication ? bool.FalseString : bool.TrueString)
            .Add(RolesKey, string.Join(",", anonymousRoles.Select(role => role.Index.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Whether to require authentication, and the positions of the roles to remove; null when the diagnostic carries neither.</summary>
    public static (bool RequireAuthentication, IReadOnlyList<int> AnonymousRoles)? Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AuthenticationKey, out var authentication) && bool.TryParse(authentication, out var require) &&
        diagnostic.Properties.TryGetValue(RolesKey, out var roles) && roles is not null
            ? (require, roles.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(index => int.Parse(index, CultureInfo.InvariantCulture)).ToList())
            : null;
}
