using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>E-mail sent through System.Net.Mail.SmtpClient or MailKit's mail transports.</summary>
internal sealed class EmailEffects : IEffectClassifier
{
    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        var isSmtp = TypeFacts.Is(method.ContainingType, "System.Net.Mail", "SmtpClient")
            && method.Name is "Send" or "SendAsync" or "SendMailAsync";
        var isMailKit = method.Name.StartsWith("Send", StringComparison.Ordinal)
            && (TypeFacts.IsOrImplements(method.ContainingType, "MailKit", "IMailTransport") || TypeFacts.IsOrDerivesFrom(method.ContainingType, "MailKit", "MailTransport")
                || TypeFacts.IsOrImplements(call.ReceiverType, "MailKit", "IMailTransport"));
        if (!isSmtp && !isMailKit)
        {
            return [];
        }

        return [new ProcessEffect(EffectKind.Email, "SMTP", EffectAccess.Write, method.Name, null, call.Location)];
    }
}

/// <summary>Processes started with System.Diagnostics.Process.Start, with the program when the code shows it.</summary>
internal sealed class ProcessStartEffects : IEffectClassifier
{
    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        if (call.Method.Name != "Start" || !TypeFacts.Is(call.Method.ContainingType, "System.Diagnostics", "Process"))
        {
            return [];
        }

        var program = call.Argument("fileName") is { } fileName ? CodeText.Value(fileName)
            : call.Argument("startInfo") is { } startInfo ? FromStartInfo(startInfo)
            : call.Receiver is { } process ? FromProcess(process)
            : null;
        return [new ProcessEffect(EffectKind.Process, program ?? "process", EffectAccess.None, call.Method.Name, null, call.Location)];
    }

    private static string? FromStartInfo(IOperation startInfo)
    {
        var value = CodeText.Unwrap(startInfo);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        if (value is not IObjectCreationOperation creation)
        {
            return null;
        }

        if (CallSite.From(creation)?.Argument("fileName") is { } fileName)
        {
            return CodeText.Value(fileName);
        }

        return creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .Where(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "FileName" })
            .Select(assignment => CodeText.Value(assignment.Value))
            .FirstOrDefault();
    }

    private static string? FromProcess(IOperation process)
    {
        var value = CodeText.Unwrap(process);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        return value is IObjectCreationOperation creation
            ? creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                .Where(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "StartInfo" })
                .Select(assignment => FromStartInfo(assignment.Value))
                .FirstOrDefault()
            : null;
    }
}
