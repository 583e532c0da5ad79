using System;

namespace AccessRules;

// The platform's System module, as its "System Entities" reference page defines it. Users, files and images are
// specialised; user roles, languages and time zones are reached through the user's associations.

/// <summary>The platform's <c>System.User</c> entity: specialise it for the accounts of your application.</summary>
public class SystemUser
{
    /// <summary>The user name.</summary>
    public string? Name { get; set; }

    /// <summary>The password hash.</summary>
    public string? Password { get; set; }

    /// <summary>When the user last signed in.</summary>
    public DateTime? LastLogin { get; set; }

    /// <summary>The user is blocked after too many failed sign-ins.</summary>
    public bool Blocked { get; set; }

    /// <summary>When the user was blocked.</summary>
    public DateTime? BlockedSince { get; set; }

    /// <summary>The user may sign in.</summary>
    public bool Active { get; set; }

    /// <summary>Failed sign-ins since the last successful one.</summary>
    public int FailedLogins { get; set; }

    /// <summary>The user signs in to published web services only.</summary>
    public bool WebServiceUser { get; set; }

    /// <summary>The user is an anonymous visitor who has not signed in.</summary>
    public bool IsAnonymous { get; set; }

    /// <summary>The user's user roles: the association <c>System.UserRoles</c>.</summary>
    [Association("UserRoles")]
    public SystemUserRole[]? UserRoles { get; set; }

    /// <summary>The user's language: <c>System.User_Language</c>.</summary>
    public SystemLanguage? Language { get; set; }

    /// <summary>The user's time zone: <c>System.User_TimeZone</c>.</summary>
    public SystemTimeZone? TimeZone { get; set; }
}

/// <summary>The platform's <c>System.UserRole</c> entity: one object per user role of the application.</summary>
public sealed class SystemUserRole
{
    /// <summary>The user role's name.</summary>
    public string? Name { get; set; }

    /// <summary>The user role's description.</summary>
    public string? Description { get; set; }

    /// <summary>The user role's identifier in the model.</summary>
    public string? ModelGUID { get; set; }

    /// <summary>The user roles that users of this role may grant: <c>System.grantableRoles</c>.</summary>
    [Association("grantableRoles")]
    public SystemUserRole[]? GrantableRoles { get; set; }
}

/// <summary>The platform's <c>System.Language</c> entity.</summary>
public sealed class SystemLanguage
{
    /// <summary>The language code, such as <c>en_US</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The language's name.</summary>
    public string? Description { get; set; }
}

/// <summary>The platform's <c>System.TimeZone</c> entity.</summary>
public sealed class SystemTimeZone
{
    /// <summary>The time zone's identifier, such as <c>Europe/Amsterdam</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The time zone's name.</summary>
    public string? Description { get; set; }

    /// <summary>The offset from UTC in milliseconds.</summary>
    public long RawOffset { get; set; }
}

/// <summary>The platform's <c>System.FileDocument</c> entity: specialise it for stored files.</summary>
public class FileDocument
{
    /// <summary>The file's unique number, set by the runtime.</summary>
    [AutoNumber]
    public long FileID { get; set; }

    /// <summary>The file name.</summary>
    public string? Name { get; set; }

    /// <summary>The file is deleted once it has been downloaded.</summary>
    public bool DeleteAfterDownload { get; set; }

    /// <summary>The file's contents.</summary>
    public byte[]? Contents { get; set; }

    /// <summary>The file has contents, set by the runtime.</summary>
    public bool HasContents { get; set; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; set; }
}

/// <summary>The platform's <c>System.Image</c> entity, a file document.</summary>
public class Image : FileDocument
{
    /// <summary>A path of the image's thumbnail, not used by the platform itself.</summary>
    public string? PublicThumbnailPath { get; set; }

    /// <summary>Browsers may cache the image.</summary>
    public bool EnableCaching { get; set; }
}
