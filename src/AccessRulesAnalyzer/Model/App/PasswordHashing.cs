namespace AccessRulesAnalyzer.Model;

/// <summary>The algorithm that hashes passwords; mirrors <c>AccessRules.PasswordHashing</c> (AnnotationContractTests).</summary>
internal enum PasswordHashing
{
    BCrypt,
    SSHA256,
    SHA256,
    MD5,
}
