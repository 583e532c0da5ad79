using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0024: a constant exposed to the client whose name suggests a secret.</summary>
internal sealed class SecretConstantExposedCheck() : AppCheck(Descriptor)
{
    private static readonly ImmutableHashSet<string> s_secretWords = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "key", "apikey", "secret", "token", "password", "passwd", "pwd", "credential", "credentials");

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SecretConstantExposed,
        "A constant exposed to the client looks like a secret",
        "Constant '{0}' is exposed to the client, and its name says it is a secret ('{1}'): every user can read its value{2}; keep it on the server (ExposedToClient = false)",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A constant exposed to the client is sent to the browser, where its value is readable by every user; with anonymous users enabled, by anyone on the internet. An API key, token or password there is no longer secret (MxLint 006_0001, CLEVR's ACR ConstantExposed).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        var anonymous = model.AnonymousUserRole is not null ? ", and with anonymous users enabled anyone on the internet" : string.Empty;
        foreach (var constant in model.App.Constants)
        {
            if (constant.ExposedToClient && SecretWord(constant.QualifiedName) is { } word)
            {
                yield return Finding.At(AttributeSite.NamedArgument(constant.Declaration, AnnotationNames.ConstantAttribute.ExposedToClient), constant.QualifiedName, word, anonymous);
            }
        }
    }

    /// <summary>The first word of <paramref name="name"/> that names a secret; words split at dots, underscores, digits and case changes.</summary>
    internal static string? SecretWord(string name)
    {
        foreach (var word in Words(name))
        {
            if (s_secretWords.Contains(word))
            {
                return word;
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '.';
            var separator = !char.IsLetter(c);
            // A case change starts a word: "apiKey" at 'K', and "APIKey" at 'K' (the last capital of an acronym before a lower-case letter).
            var boundary = start >= 0 && !separator && char.IsUpper(c) &&
                (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (start >= 0 && (separator || boundary))
            {
                yield return name.Substring(start, i - start);
                start = -1;
            }

            if (!separator && start < 0)
            {
                start = i;
            }
        }
    }
}
