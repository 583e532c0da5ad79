using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// What a user role gets on an entity under one constraint (or none), with every additive rule of its module roles
/// that has that constraint combined.
/// </summary>
internal sealed class Grant
{
    public Grant(string? constraint, GrantScope scope, bool create, bool delete, ImmutableArray<string> read, ImmutableArray<string> write, ImmutableArray<AccessRule> rules)
    {
        Constraint = constraint;
        Scope = scope;
        Create = create;
        Delete = delete;
        Read = read;
        Write = write;
        Rules = rules;
    }

    /// <summary>The XPath as written; null for every object.</summary>
    public string? Constraint { get; }

    public GrantScope Scope { get; }

    public bool Create { get; }

    public bool Delete { get; }

    /// <summary>Members the role can read (written ones included), by name, sorted.</summary>
    public ImmutableArray<string> Read { get; }

    /// <summary>Members the role can write, by name, sorted.</summary>
    public ImmutableArray<string> Write { get; }

    /// <summary>The rules the grant comes from, in declaration order.</summary>
    public ImmutableArray<AccessRule> Rules { get; }
}
