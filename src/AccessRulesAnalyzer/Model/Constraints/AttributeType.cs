namespace AccessRulesAnalyzer.Model;

/// <summary>The type of an attribute, as far as comparisons in an XPath care.</summary>
internal enum AttributeType
{
    Other,
    String,
    Boolean,
    DateTime,
    Number,
}
