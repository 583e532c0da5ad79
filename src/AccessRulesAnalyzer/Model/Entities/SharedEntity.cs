using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>An entity's model made for one analyzer's analysis and held for the other's (<see cref="SecurityModel.EntityToAnalyze"/>).</summary>
internal sealed class SharedEntity
{
    private int _takenBy;

    public SharedEntity(Lazy<EntityModel?> entity) => Entity = entity;

    public Lazy<EntityModel?> Entity { get; }

    /// <summary>Records that <paramref name="analyzer"/> took the entity; returns every analyzer that has.</summary>
    public EntityAnalyzers TakeFor(EntityAnalyzers analyzer) => Add(ref _takenBy, analyzer);

    /// <summary>Adds a flag to <paramref name="flags"/> atomically (netstandard2.0 has no Interlocked.Or).</summary>
    public static EntityAnalyzers Add(ref int flags, EntityAnalyzers analyzer)
    {
        int before, after;
        do
        {
            before = Volatile.Read(ref flags);
            after = before | (int)analyzer;
        }
        while (Interlocked.CompareExchange(ref flags, after, before) != before);

        return (EntityAnalyzers)after;
    }
}
