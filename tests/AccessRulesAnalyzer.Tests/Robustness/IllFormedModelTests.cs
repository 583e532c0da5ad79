using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>Half-typed and ill-typed attributes, as the IDE sees them mid-edit: no analyzer of the package throws.</summary>
public class IllFormedModelTests
{
    [Theory]
    [InlineData("""[assembly: UserRole("Anonymous", """)]
    [InlineData("""[assembly: UserRole(null, null)] [assembly: AnonymousUsers(null)]""")]
    [InlineData("""[assembly: UserRole("Anonymous", 42, "Shop.Customer")] [assembly: AnonymousUsers("Anonymous")]""")]
    [InlineData("""[assembly: AnonymousUsers("Anonymous")] [assembly: AnonymousUsers("Anonymous")] [assembly: UserRole("Anonymous", "Shop.Customer")]""")]
    [InlineData("""[Entity] [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)] class A { public int X { get; set; } }""")]
    [InlineData("""[Entity(null, Name = null)] [AccessRule(null, Read = null, ReadWrite = new string[] { null })] class A { public int X { get; set; } }""")]
    [InlineData("""[Entity("Shop")] [AccessRule("Shop.Guest", XPath = "[[[[(", AllMembers = (MemberAccess)42)] class A { public int X { get; set; } }""")]
    [InlineData("""[Entity("Shop")] [AccessRule("Shop.Guest", ReadWrite = [nameof(Missing)], XPath = ] class A { }""")]
    [InlineData("""[Entity("Shop")] [AccessRule("Shop.Guest", XPath = "[Shop.A_B/Shop.B_A/Shop.A_B = '[%CurrentUser%]']", AllMembers = MemberAccess.Read)] class A { public B? B { get; set; } } [Entity("Shop")] class B { public A? A { get; set; } }""")]
    [InlineData("""[Entity("Shop")] class A : A { public int X { get; set; } }""")]
    [InlineData("""[Entity("Shop")] class A : B { } [Entity("Shop")] class B : A { }""")]
    [InlineData("""[Entity("Shop")] class A<T> { public T? Value { get; set; } public A<A<T>>? Next { get; set; } public int this[int i] => i; }""")]
    [InlineData("""[assembly: UserRole] [assembly: DemoUser] [assembly: AppSecurity] [assembly: AdministratorAccount] [assembly: PasswordPolicy]""")]
    [InlineData("""[Entity("Shop")] class A { [Association] public B? B { get; set; } } [Entity("Shop")] class B { }""")]
    [InlineData("""[Entity("Shop")] [AccessRule(""")]
    public async Task IllFormedModels_NeverMakeAnAnalyzerThrow(string declarations)
    {
        var source = """
            using AccessRules;
            [assembly: ModuleRole("Shop.Guest")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Guest", "Shop.Guest")]
            [assembly: AnonymousUsers("Guest")]
            """ + "\n" + declarations;
        var descriptors = FuzzTests.Analyzers.SelectMany(a => a.SupportedDiagnostics);

        // RunAsync fails the test on any analyzer exception or AD0001.
        await AnalyzerRunner.RunAsync(TestProject.Create(new[] { source }, descriptors), FuzzTests.Analyzers);
    }
}
