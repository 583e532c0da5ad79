using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1029: passwords are hashed with SHA256 or MD5.</summary>
internal sealed class WeakPasswordHashingCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.WeakPasswordHashing,
        "Weak password hashing",
        "Passwords are hashed with {0}, which is fast to brute-force{1}: use PasswordHashing.BCrypt",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A leaked table of SHA-256 or MD5 password hashes is cracked quickly on ordinary hardware; BCrypt is slow by design and salted, and is the platform's default (MxLint 001_0007, AppControl).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.AppSecurityDeclaration is { } declaration && model.App.HashAlgorithm is PasswordHashing.SHA256 or PasswordHashing.MD5)
        {
            var md5 = model.App.HashAlgorithm == PasswordHashing.MD5;
            yield return Finding.At(
                AttributeSite.NamedArgument(declaration, AnnotationNames.AppSecurityAttribute.HashAlgorithm),
                md5 ? "MD5" : "SHA256",
                md5 ? " and broken" : " and unsalted");
        }
    }
}
