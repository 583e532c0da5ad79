using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>A data action a microflow reaches without entity access: the action, the microflow that performs it and the call chain to it.</summary>
internal sealed class ReachedAction
{
    public ReachedAction(ImmutableArray<Flow> chain, DataAction action, string description)
    {
        Chain = chain;
        Action = action;
        Description = description;
    }

    /// <summary>From the microflow asked about to the one that performs the action.</summary>
    public ImmutableArray<Flow> Chain { get; }

    public Flow Performer => Chain[Chain.Length - 1];

    public DataAction Action { get; }

    /// <summary>What it does: <c>retrieves every 'Shop.Order'</c>.</summary>
    public string Description { get; }

    /// <summary><c>Shop.ACT_Checkout → Shop.SUB_Order_Find retrieves every 'Shop.Order'</c>.</summary>
    public override string ToString() => string.Join(ChainSeparator, Chain.Select(flow => flow.QualifiedName)) + " " + Description;

    /// <summary>
    /// The description of a reached action's text (<see cref="ToString"/>, as reports hold it): <c>retrieves every 'Shop.Order'</c>
    /// of <c>Shop.ACT_Checkout → Shop.SUB_Order_Find retrieves every 'Shop.Order'</c>. Flow names hold no spaces.
    /// </summary>
    public static string WhatIsReached(string text)
    {
        var start = 0;
        while (text.IndexOf(' ', start) is var space and >= 0)
        {
            if (string.CompareOrdinal(text, space, ChainSeparator, 0, ChainSeparator.Length) != 0)
            {
                return text.Substring(space + 1);
            }

            start = space + ChainSeparator.Length;
        }

        return text;
    }

    private const string ChainSeparator = " → ";
}
