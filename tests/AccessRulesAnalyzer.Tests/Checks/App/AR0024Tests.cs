using AccessRulesAnalyzer.Checks;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SecretConstantExposedCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0024: A constant exposed to the client looks like a secret.</summary>
public class AR0024Tests
{
    [Theory]
    [InlineData("Shop.ApiKey", "Key")]
    [InlineData("Shop.apikey", "apikey")]
    [InlineData("Payments.STRIPE_SECRET", "SECRET")]
    [InlineData("Payments.APIKey", "Key")]
    [InlineData("Mail.Smtp2Password", "Password")]
    [InlineData("Auth.client_credentials", "credentials")]
    [InlineData("Auth.OAuthToken", "Token")]
    [InlineData("Legacy.db_pwd", "pwd")]
    [InlineData("Legacy.DbPasswd", "Passwd")]
    [InlineData("Auth.ClientCredential", "Credential")]
    public async Task AR0024_AnExposedConstantNamedLikeASecret_IsReported_SayingItIsPublicWithAnonymousUsers(string name, string word)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + $$"""
            [assembly: Constant("{{name}}", ExposedToClient = {|#0:true|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(name, word, ", and with anonymous users enabled anyone on the internet"));
    }

    [Fact]
    public async Task AR0024_WithoutAnonymousUsers_SaysEveryUser()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [assembly: Constant("Shop.ApiKey", ExposedToClient = {|#0:true|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ApiKey", "Key", string.Empty));
    }

    [Theory]
    [InlineData("[assembly: Constant(\"Shop.ApiKey\")]")]
    [InlineData("[assembly: Constant(\"Shop.ApiKey\", ExposedToClient = false)]")]
    [InlineData("[assembly: Constant(\"Shop.Keyboard\", ExposedToClient = true)]")]
    [InlineData("[assembly: Constant(\"Zoo.Monkey\", ExposedToClient = true)]")]
    [InlineData("[assembly: Constant(\"Shop.PublicUrl\", ExposedToClient = true)]")]
    [InlineData("[assembly: Constant(\"Shop.Tokens2\", ExposedToClient = true)]")]
    public async Task AR0024_NotExposed_OrNotNamedLikeASecret_IsNotReported(string declaration)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + declaration);
    }

    [Theory]
    [InlineData("MyAPIToken", "Token")]
    [InlineData("token", "token")]
    [InlineData("KEY_STORE", "KEY")]
    [InlineData("Keys", null)]
    [InlineData("Monkey", null)]
    public void Words_SplitAtDotsUnderscoresDigitsAndCaseChanges(string name, string? word)
    {
        Assert.Equal(word, SecretConstantExposedCheck.SecretWord(name));
    }
}
