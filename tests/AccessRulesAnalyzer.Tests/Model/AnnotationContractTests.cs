using System;
using System.Linq;
using System.Reflection;
using AccessRules;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tests.Model;

/// <summary>
/// The attribute contract the analyzer reads by name (<see cref="AnnotationNames"/>) is the annotations assembly's:
/// a renamed property, a moved constructor parameter or a reordered enum fails here rather than turning a check off.
/// </summary>
public class AnnotationContractTests
{
    private static readonly Assembly s_annotations = typeof(EntityAttribute).Assembly;

    public static TheoryData<string> Attributes => new(typeof(AnnotationNames).GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Select(type => type.Name));

    [Theory]
    [MemberData(nameof(Attributes))]
    public void EveryNameAndPosition_IsTheAnnotationTypes(string attribute)
    {
        var names = typeof(AnnotationNames).GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Single(type => type.Name == attribute);
        var type = s_annotations.GetType("AccessRules." + (string)names.GetField("Type")!.GetRawConstantValue()!);
        Assert.NotNull(type);
        Assert.True(typeof(Attribute).IsAssignableFrom(type));
        var constructor = type!.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();

        foreach (var field in names.GetFields().Where(field => field.IsLiteral && field.Name != "Type"))
        {
            switch (field.GetRawConstantValue())
            {
                case string named:
                    // A named argument: a settable public property of that name.
                    Assert.Equal(field.Name, named);
                    Assert.True(type.GetProperty(named)?.CanWrite, $"{type.Name} has no settable property {named}.");
                    break;
                case int position:
                    // A constructor parameter: at that position, with the field's name.
                    var parameter = constructor!.GetParameters()[position];
                    Assert.Equal(field.Name, parameter.Name, StringComparer.OrdinalIgnoreCase);
                    break;
            }
        }
    }

    [Theory]
    [InlineData(typeof(AccessRulesAnalyzer.Model.MemberAccess), typeof(AccessRules.MemberAccess))]
    [InlineData(typeof(AppSecurityLevel), typeof(SecurityLevel))]
    [InlineData(typeof(AccessRulesAnalyzer.Model.PasswordHashing), typeof(AccessRules.PasswordHashing))]
    public void TheModelsEnums_MirrorTheAnnotations(Type model, Type annotations)
    {
        Assert.Equal(
            Enum.GetNames(annotations).Select(name => (name, Convert.ToInt32(Enum.Parse(annotations, name)))),
            Enum.GetNames(model).Select(name => (name, Convert.ToInt32(Enum.Parse(model, name)))));
    }
}
