using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// HTTP requests through HttpClient and its JSON extensions. The resource is the host of a literal absolute URL,
/// else the client: a typed client's class (the class that got the HttpClient injected), a named client's name, or
/// plain "HttpClient". The detail is the HTTP method and the URL as written.
/// </summary>
internal sealed class HttpEffects : IEffectClassifier
{
    private static readonly string[] Verbs = ["Get", "Post", "Put", "Patch", "Delete", "Send"];

    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        var isClient = TypeFacts.IsOrDerivesFrom(method.ContainingType, "System.Net.Http", "HttpMessageInvoker")
            || TypeFacts.Is(method.ContainingType, "System.Net.Http.Json", "HttpClientJsonExtensions");
        var verb = Verbs.FirstOrDefault(candidate => method.Name.StartsWith(candidate, StringComparison.Ordinal));
        if (!isClient || verb is null || call.Receiver is null)
        {
            return [];
        }

        string? url = call.Argument("requestUri") is { } uri && !IsNullLiteral(uri) ? CodeText.Value(uri) : null;
        string? httpMethod = verb == "Send" ? null : verb.ToUpperInvariant();
        if (verb == "Send" && call.Argument("request") is { } request)
        {
            (httpMethod, url) = FromRequest(request);
        }

        var resource = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.Host
            : ClientName(call.Receiver);
        var access = httpMethod switch
        {
            "GET" or "HEAD" => EffectAccess.Read,
            null => EffectAccess.ReadWrite,
            _ => EffectAccess.Write,
        };
        var detail = string.Join(" ", new[] { httpMethod, url }.Where(part => !string.IsNullOrEmpty(part)));
        return [new ProcessEffect(EffectKind.Http, resource, access, method.Name, detail.Length == 0 ? null : detail, call.Location)];
    }

    private static bool IsNullLiteral(IOperation operation) => CodeText.Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } };

    /// <summary>The method and URL of <c>new HttpRequestMessage(HttpMethod.Post, uri)</c>, when the request is built in the same body.</summary>
    private static (string? Method, string? Url) FromRequest(IOperation request)
    {
        var value = CodeText.Unwrap(request);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        if (value is not IObjectCreationOperation creation || CallSite.From(creation) is not { } constructor)
        {
            return (null, null);
        }

        var method = constructor.Argument("method") is { } methodArgument && CodeText.Unwrap(methodArgument) is IPropertyReferenceOperation property
            && TypeFacts.Is(property.Property.ContainingType, "System.Net.Http", "HttpMethod")
            ? property.Property.Name.ToUpperInvariant()
            : null;
        var url = constructor.Argument("requestUri") is { } uri ? CodeText.Value(uri) : null;
        return (method, url);
    }

    private static string ClientName(IOperation receiver)
    {
        var value = CodeText.Unwrap(receiver);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        return value switch
        {
            IInvocationOperation { TargetMethod.Name: "CreateClient" } create =>
                create.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String) is { } name
                    && CodeText.Constant(name.Value) is { } clientName
                    ? clientName
                    : "HttpClient",
            IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } => constructor.ContainingType.Name,
            IFieldReferenceOperation field when !field.Field.IsStatic => field.Field.ContainingType.Name,
            IPropertyReferenceOperation property when !property.Property.IsStatic && !TypeFacts.Is(property.Property.ContainingType, "System.Net.Http", "HttpClient") => property.Property.ContainingType.Name,
            _ => "HttpClient",
        };
    }
}
