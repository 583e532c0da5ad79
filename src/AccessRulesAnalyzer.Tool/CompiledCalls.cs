using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// The methods a built app's compiled method bodies call: what the analyzer reads from a flow's body in source
/// (<c>SUB_Find()</c> calls the flow <c>SUB_Find</c>), read from IL for an app given as an assembly, which has no
/// source. Only <c>call</c> and <c>callvirt</c> count, as only invocations do in source (a method group is no call),
/// and a method's token, which is an expression tree's call. A lambda's or local function's body, which the compiler
/// moves into a method of its own, counts as the body it is written in, as an async or iterator method's state machine
/// does, as in source. The app's own bodies only: a module library's flows say what they call by <c>[Calls]</c>
/// alone, in the analyzer too. <c>CompiledCallsTests</c> holds every shape of call against what source gives.
/// </summary>
internal sealed class CompiledCalls
{
    private static readonly Dictionary<ushort, OperandType> s_operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(opCode => unchecked((ushort)opCode.Value), opCode => opCode.OperandType);

    private readonly PEReader _image;
    private readonly MetadataReader _metadata;
    private readonly IAssemblySymbol _app;
    private readonly Compilation _compilation;
    private readonly Lazy<Dictionary<int, IMethodSymbol>> _methods;

    /// <param name="image">The app's assembly file, as built.</param>
    /// <param name="app">The same assembly as <paramref name="compilation"/> references it.</param>
    public CompiledCalls(ImmutableArray<byte> image, IAssemblySymbol app, Compilation compilation)
    {
        _image = new PEReader(image);
        _metadata = _image.GetMetadataReader();
        _app = app;
        _compilation = compilation;
        _methods = new Lazy<Dictionary<int, IMethodSymbol>>(() =>
        {
            var methods = new Dictionary<int, IMethodSymbol>();
            // Flows are methods of classes (AR1037 reports any other): the classes' methods are the calls that can name one.
            foreach (var method in DocumentReader.TypesIn(app.GlobalNamespace).SelectMany(type => type.GetMembers()).OfType<IMethodSymbol>())
            {
                methods.TryAdd(method.MetadataToken, method);
            }

            return methods;
        });
    }

    /// <summary>The methods <paramref name="method"/>'s compiled body calls; none for a method that is not the app's or has no body.</summary>
    public IEnumerable<IMethodSymbol> Of(IMethodSymbol method)
    {
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _app) || MetadataTokens.EntityHandle(method.MetadataToken) is not { Kind: HandleKind.MethodDefinition } handle)
        {
            return [];
        }

        var called = new List<IMethodSymbol>();
        try
        {
            var scanned = new HashSet<MethodDefinitionHandle>();
            Scan((MethodDefinitionHandle)handle, called, scanned);
            // An async or iterator method's body is its state machine's MoveNext, which the stub only starts.
            foreach (var stateMachine in StateMachinesOf(method))
            {
                if (stateMachine.GetMembers("MoveNext").FirstOrDefault() is { } moveNext && MetadataTokens.EntityHandle(moveNext.MetadataToken) is { Kind: HandleKind.MethodDefinition } body)
                {
                    Scan((MethodDefinitionHandle)body, called, scanned);
                }
            }
        }
        catch (BadImageFormatException)
        {
            // A body the compiler would not have written: the calls read up to there.
        }

        return called;
    }

    private void Scan(MethodDefinitionHandle handle, List<IMethodSymbol> called, HashSet<MethodDefinitionHandle> scanned)
    {
        var definition = _metadata.GetMethodDefinition(handle);
        if (!scanned.Add(handle) || definition.RelativeVirtualAddress == 0)
        {
            return;
        }

        var il = _image.GetMethodBody(definition.RelativeVirtualAddress).GetILReader();
        while (il.RemainingBytes > 0)
        {
            var code = (ushort)il.ReadByte();
            if (code == 0xFE && il.RemainingBytes > 0)
            {
                code = (ushort)(0xFE00 | il.ReadByte());
            }

            if (!s_operands.TryGetValue(code, out var operand))
            {
                return;
            }

            if (operand == OperandType.InlineMethod)
            {
                var target = MetadataTokens.EntityHandle(il.ReadInt32());
                var isCall = code is (ushort)ILOpCode.Call or (ushort)ILOpCode.Callvirt;
                // A lambda or local function is reached by a call (a local function) or ldftn (a delegate): its body is the caller's.
                if (Generated(target) is { } generated && (isCall || code == (ushort)ILOpCode.Ldftn))
                {
                    Scan(generated, called, scanned);
                }
                else if (isCall)
                {
                    called.AddRange(Resolved(target));
                }

                continue;
            }

            // An expression tree's call (Expression<Action> e = () => SUB_Find()) is a method's token, which Expression.Call takes.
            if (operand == OperandType.InlineTok)
            {
                if (MetadataTokens.EntityHandle(il.ReadInt32()) is { Kind: HandleKind.MethodDefinition or HandleKind.MemberReference or HandleKind.MethodSpecification } token)
                {
                    called.AddRange(Resolved(token));
                }

                continue;
            }

            Skip(ref il, operand);
        }
    }

    // The method of the app's own the compiler made (its name, or its class's, is unspeakable: '<Main>b__0_0',
    // '<>c__DisplayClass0_0'); null for any other target.
    private MethodDefinitionHandle? Generated(EntityHandle target)
    {
        if (Definition(target) is not { } handle)
        {
            return null;
        }

        var definition = _metadata.GetMethodDefinition(handle);
        return _metadata.GetString(definition.Name).StartsWith('<') || _metadata.GetString(_metadata.GetTypeDefinition(definition.GetDeclaringType()).Name).StartsWith('<')
            ? handle
            : null;
    }

    private MethodDefinitionHandle? Definition(EntityHandle target) => target.Kind switch
    {
        HandleKind.MethodDefinition => (MethodDefinitionHandle)target,
        HandleKind.MethodSpecification => Definition(_metadata.GetMethodSpecification((MethodSpecificationHandle)target).Method),
        _ => null,
    };

    // The called method as the compilation sees it: the app's own by its token; another assembly's, or a generic
    // class's, by its class's name, its name and its number of parameters (an overload with as many is taken too:
    // flows are rarely overloaded).
    private IEnumerable<IMethodSymbol> Resolved(EntityHandle target)
    {
        switch (target.Kind)
        {
            case HandleKind.MethodDefinition:
                return _methods.Value.TryGetValue(MetadataTokens.GetToken(target), out var method) ? [method] : [];
            case HandleKind.MethodSpecification:
                return Resolved(_metadata.GetMethodSpecification((MethodSpecificationHandle)target).Method);
            case HandleKind.MemberReference:
                var reference = _metadata.GetMemberReference((MemberReferenceHandle)target);
                if (reference.GetKind() != MemberReferenceKind.Method || TypeOf(reference.Parent) is not { } type)
                {
                    return [];
                }

                var name = _metadata.GetString(reference.Name);
                var signature = _metadata.GetBlobReader(reference.Signature);
                var header = signature.ReadSignatureHeader();
                if (header.IsGeneric)
                {
                    signature.ReadCompressedInteger();
                }

                var parameters = signature.ReadCompressedInteger();
                return type.GetMembers(name).OfType<IMethodSymbol>().Where(candidate => candidate.Parameters.Length == parameters);
            default:
                return [];
        }
    }

    private static IEnumerable<INamedTypeSymbol> StateMachinesOf(IMethodSymbol method) =>
        method.GetAttributes()
            .Where(attribute => attribute.AttributeClass is { Name: "AsyncStateMachineAttribute" or "IteratorStateMachineAttribute" or "AsyncIteratorStateMachineAttribute" })
            .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value)
            .OfType<INamedTypeSymbol>();

    // The class whose method a member reference calls: another assembly's (a type reference), or a generic class's
    // instantiation (Flows<int>: a type specification), of this assembly or another.
    private INamedTypeSymbol? TypeOf(EntityHandle parent)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                return _compilation.GetTypeByMetadataName(MetadataName((TypeReferenceHandle)parent));
            case HandleKind.TypeDefinition:
                return _compilation.GetTypeByMetadataName(MetadataName((TypeDefinitionHandle)parent));
            case HandleKind.TypeSpecification:
                var signature = _metadata.GetBlobReader(_metadata.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                return signature.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance && signature.ReadSignatureTypeCode() == SignatureTypeCode.TypeHandle
                    ? TypeOf(signature.ReadTypeHandle())
                    : null;
            default:
                return null;
        }
    }

    // Namespace.Outer+Inner, as GetTypeByMetadataName reads it.
    private string MetadataName(TypeReferenceHandle handle)
    {
        var reference = _metadata.GetTypeReference(handle);
        var name = _metadata.GetString(reference.Name);
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? MetadataName((TypeReferenceHandle)reference.ResolutionScope) + "+" + name
            : Qualified(_metadata.GetString(reference.Namespace), name);
    }

    private string MetadataName(TypeDefinitionHandle handle)
    {
        var definition = _metadata.GetTypeDefinition(handle);
        var name = _metadata.GetString(definition.Name);
        return definition.GetDeclaringType() is { IsNil: false } outer
            ? MetadataName(outer) + "+" + name
            : Qualified(_metadata.GetString(definition.Namespace), name);
    }

    // A type of the global namespace has an empty namespace (or none).
    private static string Qualified(string @namespace, string name) => @namespace.Length == 0 ? name : @namespace + "." + name;

    private static void Skip(ref BlobReader il, OperandType operand)
    {
        switch (operand)
        {
            case OperandType.InlineNone:
                break;
            case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                il.Offset += 1;
                break;
            case OperandType.InlineVar:
                il.Offset += 2;
                break;
            case OperandType.InlineI8 or OperandType.InlineR:
                il.Offset += 8;
                break;
            case OperandType.InlineSwitch:
                var targets = il.ReadInt32();
                il.Offset += 4 * targets;
                break;
            default:
                il.Offset += 4;
                break;
        }
    }
}
