using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SystemFileObjectCreatedCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0021: A flow creates System.FileDocument or System.Image objects.</summary>
public class AR0021Tests
{
    [Fact]
    public async Task AR0021_CreatingFileDocumentOrImageThemselves_IsReportedOnTheAction_AndASpecializationIsNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Invoice : FileDocument { }

            public static class Flows
            {
                [Microflow("Shop")]
                [{|#0:Creates(typeof(FileDocument))|}]
                [{|#1:Creates(typeof(Image))|}]
                [Creates(typeof(Invoice))]
                public static void ACT_Upload() { }

                [Nanoflow("Shop")]
                [{|#2:Creates(typeof(Image))|}]
                [Creates(typeof(Invoice))]
                public static void NAV_Snapshot() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.ACT_Upload", "System.FileDocument"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.ACT_Upload", "System.Image"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Nanoflow", "Shop.NAV_Snapshot", "System.Image"));
    }
}
