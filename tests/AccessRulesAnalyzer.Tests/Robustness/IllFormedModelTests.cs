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
    [InlineData("""class F { [Microflow(null, Name = null, AllowedRoles = null, Url = null)] [Retrieves(null, XPath = null)] [Changes(null, null)] [Deletes(null, Parameter = null)] [Creates(null)] [Calls(null)] void M() { } }""")]
    [InlineData("""class F { [Microflow("Shop", AllowedRoles = new string[] { null, "Shop.Guest" })] [Retrieves(typeof(int), XPath = "[")] [Changes(typeof(F), null, "X", Parameter = "nope")] void M(F f) { M(f); } }""")]
    [InlineData("""class F { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] [Calls("Shop.M")] [Calls("Shop")] [Calls("")] [Calls(".")] void M() { void Local() { } [Microflow("Shop")] void Inner() => M(); } }""")]
    [InlineData("""abstract class F { [Microflow("Shop")] public abstract void M(); [Nanoflow("Shop")] public extern void N(); [Microflow("Shop")] void M(int i) { } [Microflow("Shop")] static F() { } }""")]
    [InlineData("""partial class F { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] partial void M(); } partial class F { [Retrieves(typeof(F))] partial void M() { } }""")]
    [InlineData("""class F<T> { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] [Retrieves(typeof(T))] [Retrieves(typeof(List<>))] void M<U>(T t, U u) { M<U>(t, u); new F<int>().M<T>(default!, t); } }""")]
    [InlineData("""[Page(null, VisibleFor = null, Url = null)] [Shows(null, XPath = null, DataSource = null, Members = null)] [Calls(null)] class P { }""")]
    [InlineData("""[Page("Shop", VisibleFor = ["Shop.Guest"])] [Shows(typeof(P), XPath = "[%CurrentUser%]", DataSource = "Shop.Missing", Members = new string[] { null })] [Page("Shop")] class P : P { }""")]
    [InlineData("""[PublishedService((ServiceKind)42, null, RequiresAuthentication = false, AllowedRoles = null)] [Operation(null, Method = null, Path = null)] [Publishes(null, Capabilities = (EntityCapabilities)99, Members = null)] class S { }""")]
    [InlineData("""[PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Guest"])] [Publishes(typeof(S))] [Publishes(typeof(string))] [Operation("Shop.S")] [Page("Shop")] class S { }""")]
    [InlineData("""[assembly: AnonymousUsers("Guest", SignInMicroflow = null)] [assembly: AnonymousUsers("Guest", SignInMicroflow = "Shop.")] class F { [Microflow(""")]
    [InlineData("""class F { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] [Retrieves(typeof(F), XPath = "[id = $f]")] [Calls("Shop.M")] void M(F? f) => M(f); }""")]
    // Found by the long fuzz run of 2026-12-06: a parameter name twice, and parameters without a name, on an anonymous-callable microflow.
    [InlineData("""[Entity("Shop")] class F { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] void M(F f, F f, F, int) { S(f); } [Microflow("Shop")] [Deletes(typeof(F), Parameter = "f")] void S(F f) { } }""")]
    // This session's reading: a parameter of no type, of an array or list type, a variable of no type or no member, and calls of shared names that bind to nothing.
    [InlineData("""[Entity("Shop")] class F { public int N { get; set; } [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] [Changes(typeof(F), Parameter = "x")] [Deletes(typeof(F), Parameter = "xs")] [Deletes(typeof(F), Parameter = "")] [Retrieves(typeof(F), XPath = "[N = $x and N = $xs/N and N = $y/Nope and id = $currentUser/Nope]")] void M(Nope x, F[] xs, F y) { G(x); G(); G(1, 2); this.G("s"); } [Microflow("Shop")] void G() { } void G(int i) { } static void G(string s) { } }""")]
    [InlineData("""[Entity("Shop")] class F : B { [Microflow("Shop", AllowedRoles = ["Shop.Guest"])] [Changes(typeof(F), Parameter = "f")] void M(System.Collections.Generic.List<F> f) { H(f); H(); } [Microflow("Shop")] void H() { } } class B { protected void H(object o) { } public int H; }""")]
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
