using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ClientObjectChangedWithoutEntityAccessCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.ClientObjectChangedWithoutEntityAccessCheck, AccessRulesAnalyzer.CodeFixes.ApplyEntityAccessCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0019: Anonymous-callable microflow changes the client's object without entity access.</summary>
public class AR0019Tests
{
    private const string Shop = """
        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], Read = [nameof(Stars)], XPath = "[System.owner = '[%CurrentUser%]']")]
        [AccessRule("Shop.Guest", ReadWrite = [nameof(Likes)], Read = [nameof(Text), nameof(Stars)])]
        public class Review { public string? Text { get; set; } public int Stars { get; set; } public int Likes { get; set; } }

        """;

    [Fact]
    public async Task AR0019_ChangesOrDeletesOfTheClientsObject_BeyondTheRules_AreReportedOnTheAction()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#0:Changes(typeof(Review), "Text", "Likes", Parameter = "review")|}]
                [{|#1:Deletes(typeof(Review), Parameter = "review")|}]
                public static void ACT_Edit(Review review) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "change 'Text' of", "Shop.Review", "review", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "delete", "Shop.Review", "review", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_WhatTheRulesAllowOnEveryObject_EntityAccess_NamedRoles_AndTheFlowsOwnObjects_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Review), "Likes", Parameter = "review")]
                public static void ACT_Like(Review review) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Changes(typeof(Review), "Text", Parameter = "review")]
                [Deletes(typeof(Review), Parameter = "review")]
                public static void ACT_Edit(Review review) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Deletes(typeof(Review), Parameter = "review")]
                public static void ACT_Remove(Review review) { }
            }
            """);
    }

    [Fact]
    public async Task AR0019_ARuleOfAnyCallingAnonymousRole_AllowsWhatItGives_AndAChangeNamingNoMemberIsReported()
    {
        // The anonymous user role has both module roles; a rule of either is enough, and any rule giving it is enough.
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Visitor")]
            [assembly: UserRole("Anonymous", "Shop.Guest", "Shop.Visitor")]
            [assembly: AnonymousUsers("Anonymous")]

            [Entity("Shop")]
            [AccessRule("Shop.Visitor", Read = [nameof(Text), nameof(Likes)])]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Likes)], Read = [nameof(Text)], Delete = true)]
            public class Review { public string? Text { get; set; } public int Likes { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest", "Shop.Visitor"])]
                [Changes(typeof(Review), "Likes", Parameter = "review")]
                [Deletes(typeof(Review), Parameter = "review")]
                [{|#0:Changes(typeof(Review), Parameter = "review")|}]
                public static void ACT_Like(Review review) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Like", "'Shop.Guest', 'Shop.Visitor'", "change the members of", "Shop.Review", "review", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_AChangeNamingNoMember_IsNotReportedWhenTheRulesWriteEveryMemberThatCanBeWritten_OnEveryObject()
    {
        // Sticker: every member but the calculated one is written on every object. Badge: Size only under a constraint.
        // Account: System.User's own members (Password, ...) are no rule's to grant.
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Label), nameof(Color)])]
            public class Sticker { public string? Label { get; set; } public string? Color { get; set; } [Calculated] public int Length { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Label)])]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Size)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Badge { public string? Label { get; set; } public int Size { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            public class Account : SystemUser { public string? Nickname { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Sticker), Parameter = "sticker")]
                [{|#0:Changes(typeof(Badge), Parameter = "badge")|}]
                [{|#1:Changes(typeof(Account), Parameter = "account")|}]
                [Changes(typeof(Account), nameof(Account.Nickname), Parameter = "account")]
                public static void ACT_Edit(Sticker sticker, Badge badge, Account account) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "change the members of", "Shop.Badge", "badge", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "change the members of", "Shop.Account", "account", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_AParameterTheFlowDoesNotHave_OrThatHoldsOtherObjects_OrInAnotherCase_IsAR1035s()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [Entity("Shop")] public class Tag { public string? Name { get; set; } }

            public static class Flows
            {
                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Changes(typeof(Review), "Text", Parameter = "reveiw")]
                [Deletes(typeof(Review), Parameter = "tag")]
                [Deletes(typeof(Review), Parameter = "Review")]
                [{|#0:Deletes(typeof(Review), Parameter = "review")|}]
                public static void ACT_Edit(Review review, Tag tag) => SUB_Save(review);

                [Microflow("Shop")]
                [Changes(typeof(Review), "Text", Parameter = "item")]
                [Changes(typeof(Review), "Stars", Parameter = "saved")]
                [Changes(typeof(Review), "Text", Parameter = "Saved")]
                public static void SUB_Save(Review saved) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "delete", "Shop.Review", "review", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Edit", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_Edit → Shop.SUB_Save", " on 'Shop.SUB_Save'"));
    }

    [Fact]
    public async Task AR0019_ARuleOfAnAnonymousRoleTheMicroflowDoesNotAllow_OfAnotherModule_AllowsWhatItGives_ANamedRolesDoesNot()
    {
        // Every visitor has both modules' guest roles: what Sales.Guest may do on every order, the client API already
        // lets any visitor do, whichever role the microflow lets them call it with.
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Sales.Guest")]
            [assembly: ModuleRole("Sales.Clerk")]
            [assembly: UserRole("Clerk", "Sales.Clerk")]
            [assembly: UserRole("Anonymous", "Shop.Guest", "Sales.Guest")]
            [assembly: AnonymousUsers("Anonymous")]

            namespace Sales
            {
                [Entity("Sales")]
                [AccessRule("Sales.Guest", ReadWrite = [nameof(Likes)], Read = [nameof(Text), nameof(Note)], Delete = true)]
                [AccessRule("Sales.Clerk", ReadWrite = [nameof(Text), nameof(Likes), nameof(Note)])]
                public class Order { public string? Text { get; set; } public int Likes { get; set; } public string? Note { get; set; } }
            }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Sales.Order), "Likes", Parameter = "order")]
                [Deletes(typeof(Sales.Order), Parameter = "order")]
                [{|#0:Changes(typeof(Sales.Order), "Likes", "Note", Parameter = "order")|}]
                public static void ACT_Like(Sales.Order order) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Like", "'Shop.Guest'", "change 'Note' of", "Sales.Order", "order", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_AChangedMemberTheEntityDoesNotHave_IsAR1003s_AndLeftOut()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Review), "Likes", "Likse", Parameter = "review")]
                public static void ACT_Like(Review review) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#0:Changes(typeof(Review), "Txt", "Stars", Parameter = "review")|}]
                public static void ACT_Rate(Review review) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Rate", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_TheClientsObjectPassedOnToASubMicroflowThatChangesIt_IsReportedOnTheCallableMicroflow_WithTheChain()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)|}]
                public static void ACT_Save(Review review, int stars) { SUB_Check(stars); SUB_Save(review); }

                [Microflow("Shop")]
                public static void SUB_Check(int stars) { }

                [Microflow("Shop")]
                public static void SUB_Save(Review item) => SUB_Commit(stars: 5, target: item);

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                [Deletes(typeof(Review), Parameter = "other")]
                public static void SUB_Commit(int stars, Review target, Review? other = null) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Save", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_Save → Shop.SUB_Save → Shop.SUB_Commit", " on 'Shop.SUB_Commit'"));
    }

    [Fact]
    public async Task AR0019_TheClientsObjectAsTheReceiverOfAnExtensionMicroflow_IsItsFirstParameter_AndTheArgumentsFollow()
    {
        // review.SUB_Rate(stars) and review?.SUB_Rate(stars) pass review as 'target' and stars as 'stars', as ReviewFlows.SUB_Rate(review, stars) does.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Rate(Review review, int stars) => review.SUB_Rate(stars);

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_RateInFull(Review review, int stars) => ReviewFlows.SUB_Rate(review, stars);

                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_RateAny(Review? review, int stars) => review?.SUB_Rate(stars);

                // More arguments than parameters after the receiver: a params array.
                [{|#3:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_RateAll(Review review, int first, int second) => review.SUB_RateAll(first, second);

                // An instance flow called on a variable is no extension: its arguments are its parameters from the first.
                [{|#4:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_RateOn(Review review, int stars) { var rating = new Rating(); rating.SUB_Rate(review, stars); }
            }

            public static class ReviewFlows
            {
                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public static void SUB_Rate(this Review target, int stars) { }

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public static void SUB_RateAll(this Review target, params int[] stars) { }
            }

            public class Rating
            {
                [Microflow("Shop", Name = "SUB_RateOn")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public void SUB_Rate(Review target, int stars) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Rate", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_Rate → Shop.SUB_Rate", " on 'Shop.SUB_Rate'"),
            Verify.Diagnostic().WithLocation(1).WithArguments(
                "Shop.ACT_RateInFull", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_RateInFull → Shop.SUB_Rate", " on 'Shop.SUB_Rate'"),
            Verify.Diagnostic().WithLocation(2).WithArguments(
                "Shop.ACT_RateAny", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_RateAny → Shop.SUB_Rate", " on 'Shop.SUB_Rate'"),
            Verify.Diagnostic().WithLocation(3).WithArguments(
                "Shop.ACT_RateAll", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_RateAll → Shop.SUB_RateAll", " on 'Shop.SUB_RateAll'"),
            Verify.Diagnostic().WithLocation(4).WithArguments(
                "Shop.ACT_RateOn", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_RateOn → Shop.SUB_RateOn", " on 'Shop.SUB_RateOn'"));
    }

    [Fact]
    public async Task AR0019_ASubMicroflowWithEntityAccess_AnObjectOfItsOwn_ACallByAttribute_AndWhatTheRulesAllow_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Calls("Shop.SUB_Commit")]
                public static void ACT_Save(Review review)
                {
                    SUB_Guarded(review);
                    SUB_Likes(review);
                    var other = new Review();
                    SUB_Commit(other);
                }

                [Microflow("Shop", ApplyEntityAccess = true)]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "review")]
                public static void SUB_Guarded(Review review) { }

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Likes), Parameter = "review")]
                public static void SUB_Likes(Review review) { }

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public static void SUB_Commit(Review target) { }

                // Not anonymous-callable: what it passes on is not a visitor's.
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Staff(Review review) => SUB_Commit(review);
            }
            """);
    }

    [Fact]
    public async Task AR0019_ASubMicroflowCalledFirstWithoutTheClientsObject_ThenWithIt_IsStillFollowed()
    {
        // SUB_Save receives the client's object only in its second call; SUB_Delete only in one of two parameters.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Save(Review review)
                {
                    var draft = new Review();
                    SUB_Save(draft, draft);
                    SUB_Save(draft, review);
                }

                [Microflow("Shop")]
                public static void SUB_Save(Review own, Review target)
                {
                    SUB_Delete(target, own);
                    SUB_Delete(own, target);
                }

                [Microflow("Shop")]
                [Deletes(typeof(Review), Parameter = "second")]
                public static void SUB_Delete(Review first, Review second) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Save", "'Shop.Guest'", "delete", "Shop.Review", "review", " through Shop.ACT_Save → Shop.SUB_Save → Shop.SUB_Delete", " on 'Shop.SUB_Delete'"));
    }

    [Fact]
    public async Task AR0019_DownCyclesNanoflowsAndObjectsNotTheClients_EachChangeIsReportedOnce_AndOnlyOfTheClientsObject()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [{|#0:Changes(typeof(Review), nameof(Review.Stars), Parameter = "review")|}]
                public static void ACT_Loop(Review review, Review? draft)
                {
                    ACT_Loop(review, draft);
                    SUB_Pair(review, draft!);
                    NF_Show(review);
                    SUB_Many(1, review, review);
                }

                // Receives the client's object as 'a' only, and passes 'b', its other parameter, on.
                [Microflow("Shop")]
                public static void SUB_Pair(Review a, Review b) { SUB_Pair(b, a); SUB_Other(b); }

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public static void SUB_Other(Review target) { }

                [Nanoflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "shown")]
                public static void NF_Show(Review shown) { }

                // More arguments than parameters: the ones beyond go to the params array, which receives nothing here.
                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "count")]
                public static void SUB_Many(int count, params Review[] reviews) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Loop", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments(
                "Shop.ACT_Loop", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "draft", " through Shop.ACT_Loop → Shop.SUB_Pair → Shop.SUB_Other", " on 'Shop.SUB_Other'"));
    }

    [Fact]
    public async Task AR0019_ASubMicroflowsParameterThatDidNotComeFromTheClient_PassedOnAgain_IsNotTheClientsObject()
    {
        // SUB_Split receives the client's object as 'mine' and an object the flow made as 'fresh'; only 'mine' is followed.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Split(Review review) => SUB_Split(review, new Review());

                [Microflow("Shop")]
                public static void SUB_Split(Review mine, Review fresh) { SUB_Touch(fresh); SUB_Delete(mine); }

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "target")]
                public static void SUB_Touch(Review target) { }

                [Microflow("Shop")]
                [Deletes(typeof(Review), Parameter = "doomed")]
                public static void SUB_Delete(Review doomed) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Split", "'Shop.Guest'", "delete", "Shop.Review", "review", " through Shop.ACT_Split → Shop.SUB_Split → Shop.SUB_Delete", " on 'Shop.SUB_Delete'"));
    }

    [Fact]
    public async Task AR0019_AParameterOfASpecialization_IsJudgedByTheSpecializationsRules_WhichItDoesNotInherit()
    {
        // The object the client passes is a RushReview: its own rules decide, not those of Review that the action names.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], Delete = true)]
            public class Note { public string? Text { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Text)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class RushNote : Note { }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], Delete = true)]
            public class OpenNote : Note { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#0:Changes(typeof(Note), nameof(Note.Text), Parameter = "note")|}]
                [{|#1:Deletes(typeof(Note), Parameter = "note")|}]
                public static void ACT_EditRush(RushNote note) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Note), nameof(Note.Text), Parameter = "note")]
                [Deletes(typeof(Note), Parameter = "note")]
                public static void ACT_EditOpen(OpenNote note) { }

                // A Note the client passes may be a RushNote too: see the next test.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#2:Changes(typeof(Note), nameof(Note.Text), Parameter = "note")|}]
                public static void ACT_EditNote(Note note) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_EditRush", "'Shop.Guest'", "change 'Text' of", "Shop.RushNote", "note", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_EditRush", "'Shop.Guest'", "delete", "Shop.RushNote", "note", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.ACT_EditNote", "'Shop.Guest'", "change 'Text' of", "Shop.RushNote", "note", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_AParameterOfAGeneralization_MayHoldASpecializationsObjectThatVisitorsRead_WhoseOwnRulesThenDecide()
    {
        // Every Item rule lets visitors delete and write Name; the client may still pass any Item it can read, and a
        // Voucher (no delete) or a Ticket (no write for visitors, whatever it gives others) is an Item whose own rules do
        // not. The nearest such entity is named.
        // A Coupon visitors cannot read is never passed.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Name)], Delete = true)]
            public class Item { public string? Name { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Name)], Delete = true)]
            public class Gift : Item { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name)], Delete = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Name)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Ticket : Gift { }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Name)])]
            public class Voucher : Item { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name)])]
            [AccessRule("Shop.Guest", Create = true)]
            public class Coupon : Gift { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#0:Deletes(typeof(Item), Parameter = "item")|}]
                [{|#1:Changes(typeof(Item), nameof(Item.Name), Parameter = "item")|}]
                public static void ACT_Item(Item item) { }

                // Through a sub-microflow: named on the callable one, with the chain.
                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Pass(Item item) => SUB_Delete(item);

                [Microflow("Shop")]
                [Deletes(typeof(Item), Parameter = "item")]
                public static void SUB_Delete(Item item) { }

                // Gifts the client may pass: a Gift or a Ticket (Coupons it cannot read); a Ticket's rules give no write.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#3:Changes(typeof(Gift), nameof(Gift.Name), Parameter = "gift")|}]
                public static void ACT_Gift(Gift gift) { }

                // Vouchers have no specialization, and their rule writes Name on every object.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Voucher), nameof(Voucher.Name), Parameter = "voucher")]
                public static void ACT_Voucher(Voucher voucher) { }

                // With entity access every object's own rules apply.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Deletes(typeof(Item), Parameter = "item")]
                public static void ACT_Safe(Item item) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Item", "'Shop.Guest'", "delete", "Shop.Voucher", "item", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Item", "'Shop.Guest'", "change 'Name' of", "Shop.Ticket", "item", string.Empty, string.Empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.ACT_Pass", "'Shop.Guest'", "delete", "Shop.Voucher", "item", " through Shop.ACT_Pass → Shop.SUB_Delete", " on 'Shop.SUB_Delete'"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.ACT_Gift", "'Shop.Guest'", "change 'Name' of", "Shop.Ticket", "gift", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AR0019_Fix_AppliesEntityAccessInTheMicroflowThatChangesTheObject_ItselfOrTheSubMicroflow_FixAll()
    {
        // ACT_Save passes the object on: the sub-microflow that changes it gets entity access, not ACT_Save, which has it.
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + Shop + """
            public class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [{|#0:Deletes(typeof(Review), Parameter = "review")|}]
                public static void ACT_Delete(Review review) { }

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)|}]
                public static void ACT_Save(Review review) => SUB_Save(review);

                [Microflow("Shop")]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "item")]
                public static void SUB_Save(Review item) { }
            }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Delete", "'Shop.Guest'", "delete", "Shop.Review", "review", string.Empty, string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments(
                    "Shop.ACT_Save", "'Shop.Guest'", "change 'Stars' of", "Shop.Review", "review", " through Shop.ACT_Save → Shop.SUB_Save", " on 'Shop.SUB_Save'"),
            },
            Sources.ShopRoles + Shop + """
            public class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Deletes(typeof(Review), Parameter = "review")]
                public static void ACT_Delete(Review review) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                public static void ACT_Save(Review review) => SUB_Save(review);

                [Microflow("Shop", ApplyEntityAccess = true)]
                [Changes(typeof(Review), nameof(Review.Stars), Parameter = "item")]
                public static void SUB_Save(Review item) { }
            }
            """);
    }
}
