using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// What a check found, before it is placed: immutable, made by the named factories, whatever the subject (an entity,
/// an app-level declaration, a line of the approved-access file). <see cref="FindingReporter"/> places it and keeps
/// its properties and additional locations on every path.
/// </summary>
internal sealed class Finding
{
    private Finding(
        AttributeSite? site,
        TextSpan fileSpan,
        ImmutableArray<AttributeData> related,
        ImmutableArray<string> anonymousRoles,
        ImmutableDictionary<string, string?>? properties,
        object[] messageArguments)
    {
        Site = site;
        FileSpan = fileSpan;
        Related = related;
        AnonymousRoles = anonymousRoles;
        Properties = properties;
        MessageArguments = messageArguments;
    }

    /// <summary>Where in an attribute the finding lies; null when it is about an entity as a whole (its class name) or a line of a file.</summary>
    public AttributeSite? Site { get; }

    /// <summary>For a finding in the approved-access file, its span there.</summary>
    public TextSpan FileSpan { get; }

    /// <summary>Declarations shown as additional locations: the access rules that together make the finding.</summary>
    public ImmutableArray<AttributeData> Related { get; }

    /// <summary>The anonymous module roles involved, in the order they appear in the rule(s): a module library's finding is placed on one of them.</summary>
    public ImmutableArray<string> AnonymousRoles { get; }

    /// <summary>What the finding tells its fix (<see cref="FixContracts"/>); null when no fix needs anything.</summary>
    public ImmutableDictionary<string, string?>? Properties { get; }

    public object[] MessageArguments { get; }

    /// <summary>A finding on a site of an attribute.</summary>
    public static Finding At(AttributeSite site, params object[] messageArguments) =>
        new(site, default, ImmutableArray<AttributeData>.Empty, ImmutableArray<string>.Empty, null, messageArguments);

    /// <summary>A finding on an entity as a whole (its class name), made by several of its rules, which are shown too.</summary>
    public static Finding OnEntity(IEnumerable<AccessRule> rules, IEnumerable<string> anonymousRoles, params object[] messageArguments)
    {
        var related = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var rule in rules)
        {
            related.Add(rule.Declaration);
        }

        return new(null, default, related.ToImmutable(), anonymousRoles.ToImmutableArray(), null, messageArguments);
    }

    /// <summary>A finding in the approved-access file.</summary>
    public static Finding InFile(TextSpan span, params object[] messageArguments) =>
        new(null, span, ImmutableArray<AttributeData>.Empty, ImmutableArray<string>.Empty, null, messageArguments);

    /// <summary>
    /// A finding about a rule that names anonymous roles; the first message argument names them. With
    /// <paramref name="offerOwnerConstraint"/>, the "Add owner constraint" fix is offered.
    /// </summary>
    public static Finding OnAnonymousRule(AccessRule rule, AttributeSite site, bool offerOwnerConstraint, params object[] moreArguments)
    {
        var roles = ImmutableArray.CreateBuilder<string>(rule.AnonymousRoles.Length);
        foreach (var role in rule.AnonymousRoles)
        {
            roles.Add(role.Value);
        }

        var arguments = new object[moreArguments.Length + 1];
        arguments[0] = Display.Quoted(roles);
        moreArguments.CopyTo(arguments, 1);
        var anonymousRoles = roles.MoveToImmutable();
        return new(
            site,
            default,
            ImmutableArray<AttributeData>.Empty,
            anonymousRoles,
            offerOwnerConstraint ? OwnerConstraintFix.Properties(rule.Entity, anonymousRoles) : null,
            arguments);
    }

    /// <summary>This finding, with the rules that make it up shown as additional locations.</summary>
    public Finding WithRelated(IEnumerable<AccessRule> rules)
    {
        var related = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var rule in rules)
        {
            related.Add(rule.Declaration);
        }

        return new(Site, FileSpan, related.ToImmutable(), AnonymousRoles, Properties, MessageArguments);
    }

    /// <summary>This finding, about access of <paramref name="anonymousRoles"/> (a module library's finding is placed on one of them).</summary>
    public Finding WithAnonymousRoles(IEnumerable<string> anonymousRoles) =>
        new(Site, FileSpan, Related, anonymousRoles.ToImmutableArray(), Properties, MessageArguments);

    /// <summary>This finding, about access of the anonymous module roles <paramref name="anonymousRoles"/> as a document names them.</summary>
    public Finding WithAnonymousRoles(ImmutableArray<ArrayElement> anonymousRoles)
    {
        var roles = ImmutableArray.CreateBuilder<string>(anonymousRoles.Length);
        foreach (var role in anonymousRoles)
        {
            roles.Add(role.Value);
        }

        return new(Site, FileSpan, Related, roles.MoveToImmutable(), Properties, MessageArguments);
    }

    /// <summary>This finding, telling its fix <paramref name="properties"/>.</summary>
    public Finding WithProperties(ImmutableDictionary<string, string?>? properties) =>
        new(Site, FileSpan, Related, AnonymousRoles, properties, MessageArguments);

    /// <summary>
    /// This finding as placed away from its source (a module library's entity or document, reported on the app's
    /// anonymous user role): the library's declarations cannot be shown there, nor edited by a fix; only the approval
    /// of AR3001, which edits the app's approved-access file, stays.
    /// </summary>
    public Finding WithoutSourceReferences() =>
        new(null, default, ImmutableArray<AttributeData>.Empty, AnonymousRoles, ApprovedLineFix.ItsOwn(Properties), MessageArguments);
}
