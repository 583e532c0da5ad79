namespace AccessRulesAnalyzer.Model;

/// <summary>
/// What a flow's variable in a retrieve's constraint holds, as far as comparisons care: an object of an entity
/// (<c>$order</c>, <c>$currentUser</c>, an association read through <c>$order/Shop.Order_Customer</c>), or a value of
/// an attribute type (<c>$limit</c>, <c>$order/Total</c>).
/// </summary>
internal readonly struct VariableType
{
    private VariableType(EntityModel? entity, AttributeType value)
    {
        Entity = entity;
        Value = value;
    }

    /// <summary>The entity of the object the variable holds; null for a value.</summary>
    public EntityModel? Entity { get; }

    /// <summary>The value's type, when <see cref="Entity"/> is null.</summary>
    public AttributeType Value { get; }

    public static VariableType Object(EntityModel entity) => new(entity, AttributeType.Other);

    public static VariableType OfValue(AttributeType value) => new(null, value);
}
