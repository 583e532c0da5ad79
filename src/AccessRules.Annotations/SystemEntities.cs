using System;

namespace AccessRules;

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

    /// <summary>The user may sign in.</summary>
    public bool Active { get; set; }
}

/// <summary>The platform's <c>System.FileDocument</c> entity: specialise it for stored files.</summary>
public class FileDocument
{
    /// <summary>The file name.</summary>
    public string? Name { get; set; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>The file's contents.</summary>
    public byte[]? Contents { get; set; }
}

/// <summary>The platform's <c>System.Image</c> entity, a file document.</summary>
public class Image : FileDocument
{
}
