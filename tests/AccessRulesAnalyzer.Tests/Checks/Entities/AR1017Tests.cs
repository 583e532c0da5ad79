using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SpecializationOverridesInheritedSettingCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.SpecializationOverridesInheritedSettingCheck, AccessRulesAnalyzer.CodeFixes.RemoveInheritedSettingCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1017: Specialization sets what its generalization decides.</summary>
public class AR1017Tests
{
    [Fact]
    public async Task AR1017_ASpecializationThatSetsAnotherValue_IsReportedOnTheArgument()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", Persistable = false, StoreOwner = true)] public class Draft { }
            [Entity("Shop", Persistable = {|#0:true|}, StoreOwner = true, StoreCreatedDate = {|#1:true|})] public class OrderDraft : Draft { }
            [Entity("Shop", Persistable = false)] public class QuoteDraft : Draft { }
            [Entity("Shop", StoreOwner = {|#2:false|})] public class Photo : Image { }
            [Entity("Shop", StoreOwner = true, StoreChangedDate = true)] public class Root { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.OrderDraft", "Shop.Draft", "Persistable", "false", "true"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.OrderDraft", "Shop.Draft", "StoreCreatedDate", "false", "true"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Photo", "System.Image", "StoreOwner", "true", "false"));
    }

    [Fact]
    public async Task AR1017_Fix_RemovesTheArgument()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Draft { }
            [Entity("Shop", Persistable = {|AR1017:true|}, Name = "Order", StoreOwner = {|AR1017:true|})] public class OrderDraft : Draft { }
            [Entity("Shop", Persistable = {|AR1017:true|})] public class QuoteDraft : Draft { }
            """, Sources.SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Draft { }
            [Entity("Shop", Name = "Order")] public class OrderDraft : Draft { }
            [Entity("Shop")] public class QuoteDraft : Draft { }
            """);
    }
}
