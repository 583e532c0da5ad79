namespace AccessRulesAnalyzer.Model;

/// <summary>
/// How a message names the client's way to a microflow ("page 'Shop.Orders' shows its data"): one wording for
/// <see cref="DocumentModel.ClientEntry"/> and for the checks that name a call they found themselves.
/// </summary>
internal static class ClientEntryText
{
    /// <summary>A page's or nanoflow's <c>[Calls]</c>, or a call in a nanoflow's body.</summary>
    public const string Calls = "calls it";

    /// <summary>A page's widget with the microflow as its <c>DataSource</c>.</summary>
    public const string ShowsData = "shows its data";

    public const string Url = "its URL";

    public static string ByPage(Page page, string how) => $"page '{page.QualifiedName}' {how}";

    public static string ByNanoflow(Flow nanoflow) => $"nanoflow '{nanoflow.QualifiedName}' {Calls}";

    public static string ByOperation(PublishedService service) => $"it runs an operation of service '{service.QualifiedName}'";
}
