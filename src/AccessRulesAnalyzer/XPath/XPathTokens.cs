using System;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.XPath;

/// <summary>
/// The system variables of the platform's "XPath Keywords and System Variables" page: object tokens, a token per
/// user role (<c>[%UserRole_Name%]</c>), date and time tokens and the period lengths added to or subtracted from them.
/// </summary>
internal static class XPathTokens
{
    /// <summary><c>[%UserRole_Name%]</c> stands for the System.UserRole object of the declared user role Name.</summary>
    public const string UserRolePrefix = "UserRole_";

    private static readonly ImmutableArray<string> s_dateTokens = new[] { "CurrentDateTime" }
        .Concat(new[] { "Minute", "Hour", "Day", "Week", "Month", "Year" }.SelectMany(unit => new[] { "BeginOfCurrent" + unit, "EndOfCurrent" + unit }))
        .Concat(new[] { "BeginOfYesterday", "EndOfYesterday", "BeginOfTomorrow", "EndOfTomorrow" })
        .SelectMany(token => token.StartsWith("BeginOf", StringComparison.Ordinal) || token.StartsWith("EndOf", StringComparison.Ordinal) ? new[] { token, token + "UTC" } : new[] { token })
        .ToImmutableArray();

    private static readonly ImmutableHashSet<string> s_lengthTokens =
        ImmutableHashSet.Create("DayLength", "HourLength", "MinuteLength", "SecondLength", "WeekLength", "MonthLength", "YearLength");

    /// <summary>Every token but the user-role ones, which depend on the application.</summary>
    public static ImmutableHashSet<string> Fixed { get; } =
        s_dateTokens.Concat(s_lengthTokens).Concat(new[] { "CurrentUser", "CurrentObject" }).ToImmutableHashSet();

    private static readonly ImmutableHashSet<string> s_dateTokenSet = s_dateTokens.ToImmutableHashSet();

    /// <summary>A token that stands for a date and time.</summary>
    public static bool IsDate(string name) => s_dateTokenSet.Contains(name);

    /// <summary>A token that stands for a length of time, to add to or subtract from a date.</summary>
    public static bool IsLength(string name) => s_lengthTokens.Contains(name);

    /// <summary>
    /// The variable every microflow and nanoflow has besides its parameters: the signed-in user, which a retrieve's
    /// constraint can name as <c>$currentUser</c> (the platform's reference writes <c>[id = $currentUser]</c>).
    /// </summary>
    public const string CurrentUserVariable = "currentUser";

    /// <summary>The flow's other built-in variable: the user's System.Session.</summary>
    public const string CurrentSessionVariable = "currentSession";

    /// <summary>The variable names <c>$currentUser</c>; the platform's variable names ignore case.</summary>
    public static bool IsCurrentUserVariable(string name) => string.Equals(name, CurrentUserVariable, StringComparison.OrdinalIgnoreCase);

    /// <summary>A variable every flow has without declaring it.</summary>
    public static bool IsFlowVariable(string name) =>
        IsCurrentUserVariable(name) || string.Equals(name, CurrentSessionVariable, StringComparison.OrdinalIgnoreCase);

    /// <summary>A token of a user role; the user role still has to be declared.</summary>
    public static bool IsUserRole(string name) => name.StartsWith(UserRolePrefix, StringComparison.Ordinal);
}
