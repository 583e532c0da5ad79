using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.EntityWithoutAccessRulesCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1033: Entity without access rules.</summary>
public class AR1033Tests
{
    [Fact]
    public async Task AR1033_APersistableEntityWithoutRules_IsReportedOnTheClass_SpecializationsToo()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class {|#0:AuditLog|} { public string? Text { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }

            [Entity("Shop")]
            public class {|#1:Book|} : Product { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.AuditLog"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Book"));
    }

    [Theory]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Prototype)]\n[Entity(\"Shop\")] public class AuditLog { }")]
    [InlineData("[Entity(\"Shop\", Persistable = false)] public class Draft { }")]
    [InlineData("public class NotAnEntity { }")]
    public async Task AR1033_AnotherLevel_NonPersistable_OrNoEntity_IsNotReported(string source)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + source);
    }
}
