using System;

namespace AccessRules;

/// <summary>
/// A microflow <c>Module.MethodName</c>: server logic. Its parameters and return type are the microflow's (entity
/// classes, lists of them, primitives). It runs without entity access unless <see cref="ApplyEntityAccess"/> is set,
/// and its allowed roles are checked only when the client calls it: microflows call each other unchecked.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MicroflowAttribute : Attribute
{
    /// <summary>Declares the method a microflow of <paramref name="module"/>.</summary>
    public MicroflowAttribute(string module) => Module = module;

    /// <summary>The module the microflow belongs to.</summary>
    public string Module { get; }

    /// <summary>The microflow's name, when it is not the method's.</summary>
    public string? Name { get; set; }

    /// <summary>The module roles (<c>Module.Role</c>) that may call it from the client.</summary>
    public string[]? AllowedRoles { get; set; }

    /// <summary>Its retrieves and changes are limited by the user's access rules (the platform's default: false).</summary>
    public bool ApplyEntityAccess { get; set; }

    /// <summary>A microflow URL: the microflow can be run by opening it.</summary>
    public string? Url { get; set; }
}

/// <summary>A nanoflow <c>Module.MethodName</c>: runs on the client, always under the user's entity access.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class NanoflowAttribute : Attribute
{
    /// <summary>Declares the method a nanoflow of <paramref name="module"/>.</summary>
    public NanoflowAttribute(string module) => Module = module;

    /// <summary>The module the nanoflow belongs to.</summary>
    public string Module { get; }

    /// <summary>The nanoflow's name, when it is not the method's.</summary>
    public string? Name { get; set; }

    /// <summary>The module roles that may run it.</summary>
    public string[]? AllowedRoles { get; set; }
}

/// <summary>A database retrieve of a flow.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class RetrievesAttribute : Attribute
{
    /// <summary>The flow retrieves objects of <paramref name="entity"/> from the database.</summary>
    public RetrievesAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class retrieved.</summary>
    public Type Entity { get; }

    /// <summary>The retrieve's constraint, in the language of <see cref="AccessRuleAttribute.XPath"/>; none: every object.</summary>
    public string? XPath { get; set; }
}

/// <summary>A flow creates objects of an entity.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class CreatesAttribute : Attribute
{
    /// <summary>The flow creates objects of <paramref name="entity"/>.</summary>
    public CreatesAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class created.</summary>
    public Type Entity { get; }
}

/// <summary>A flow changes and commits members of objects of an entity.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ChangesAttribute : Attribute
{
    /// <summary>The flow changes <paramref name="members"/> of objects of <paramref name="entity"/>.</summary>
    public ChangesAttribute(Type entity, params string[] members)
    {
        Entity = entity;
        Members = members;
    }

    /// <summary>The entity class changed.</summary>
    public Type Entity { get; }

    /// <summary>The members changed.</summary>
    public string[] Members { get; }

    /// <summary>The parameter whose object it changes; none: the objects the flow retrieved of that entity.</summary>
    public string? Parameter { get; set; }
}

/// <summary>A flow deletes objects of an entity.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class DeletesAttribute : Attribute
{
    /// <summary>The flow deletes objects of <paramref name="entity"/>.</summary>
    public DeletesAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class deleted.</summary>
    public Type Entity { get; }

    /// <summary>The parameter whose object it deletes; none: the objects the flow retrieved of that entity.</summary>
    public string? Parameter { get; set; }
}

/// <summary>A call of a microflow or nanoflow <c>Module.Name</c>: from a flow (a sub-microflow), or from a page (a button, an event).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CallsAttribute : Attribute
{
    /// <summary>Calls <paramref name="flow"/> (<c>Module.Name</c>).</summary>
    public CallsAttribute(string flow) => Flow = flow;

    /// <summary>The flow called, <c>Module.Name</c>.</summary>
    public string Flow { get; }
}

/// <summary>A page <c>Module.ClassName</c>. Visibility hides menus and buttons; it is not security.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PageAttribute : Attribute
{
    /// <summary>Declares the class a page of <paramref name="module"/>.</summary>
    public PageAttribute(string module) => Module = module;

    /// <summary>The module the page belongs to.</summary>
    public string Module { get; }

    /// <summary>The page's name, when it is not the class's.</summary>
    public string? Name { get; set; }

    /// <summary>The module roles the page is visible for.</summary>
    public string[]? VisibleFor { get; set; }

    /// <summary>A page URL.</summary>
    public string? Url { get; set; }
}

/// <summary>A data widget of the page: objects of an entity from the database (with the widget's XPath) or from a flow.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ShowsAttribute : Attribute
{
    /// <summary>The page shows objects of <paramref name="entity"/>.</summary>
    public ShowsAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class shown.</summary>
    public Type Entity { get; }

    /// <summary>The widget's database constraint.</summary>
    public string? XPath { get; set; }

    /// <summary>A microflow or nanoflow <c>Module.Name</c> as the source instead of the database.</summary>
    public string? DataSource { get; set; }

    /// <summary>The members it displays.</summary>
    public string[]? Members { get; set; }
}

/// <summary>The kind of a published service.</summary>
public enum ServiceKind
{
    /// <summary>A published REST service.</summary>
    Rest,
    /// <summary>A published OData service.</summary>
    OData,
    /// <summary>A published web service (SOAP).</summary>
    Soap,
}

/// <summary>A published service.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PublishedServiceAttribute : Attribute
{
    /// <summary>Declares the class a published service of <paramref name="module"/>.</summary>
    public PublishedServiceAttribute(ServiceKind kind, string module)
    {
        Kind = kind;
        Module = module;
    }

    /// <summary>REST, OData or SOAP.</summary>
    public ServiceKind Kind { get; }

    /// <summary>The module the service belongs to.</summary>
    public string Module { get; }

    /// <summary>The service's name, when it is not the class's.</summary>
    public string? Name { get; set; }

    /// <summary>Where it is published: <c>"rest/orders/v1"</c>.</summary>
    public string? Location { get; set; }

    /// <summary>Callers must sign in (default true); false opens the service to anyone.</summary>
    public bool RequiresAuthentication { get; set; } = true;

    /// <summary>The module roles that may use it; the anonymous one makes it open.</summary>
    public string[]? AllowedRoles { get; set; }
}

/// <summary>An operation of the service, run by a microflow <c>Module.Name</c> (a REST method, a SOAP operation, an OData action).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OperationAttribute : Attribute
{
    /// <summary>An operation run by <paramref name="microflow"/>.</summary>
    public OperationAttribute(string microflow) => Microflow = microflow;

    /// <summary>The microflow that runs it, <c>Module.Name</c>.</summary>
    public string Microflow { get; }

    /// <summary>REST: GET, POST, ...</summary>
    public string? Method { get; set; }

    /// <summary>The operation's path.</summary>
    public string? Path { get; set; }
}

/// <summary>What an OData service lets its callers do with a published entity.</summary>
[Flags]
public enum EntityCapabilities
{
    /// <summary>Callers read objects.</summary>
    Readable = 1,
    /// <summary>Callers create objects.</summary>
    Insertable = 2,
    /// <summary>Callers change objects.</summary>
    Updatable = 4,
    /// <summary>Callers delete objects.</summary>
    Deletable = 8,
}

/// <summary>An entity an OData service publishes from the database.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PublishesAttribute : Attribute
{
    /// <summary>The service publishes <paramref name="entity"/>.</summary>
    public PublishesAttribute(Type entity) => Entity = entity;

    /// <summary>The entity class published.</summary>
    public Type Entity { get; }

    /// <summary>What callers may do with it (default: read).</summary>
    public EntityCapabilities Capabilities { get; set; } = EntityCapabilities.Readable;

    /// <summary>The members published.</summary>
    public string[]? Members { get; set; }
}
