using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>Applies one await rewrite to a document, adding the using directive it may need.</summary>
internal static class SingleRewrite
{
    public static async Task<Document> ApplyAsync(Document document, AwaitRewrite rewrite, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.ReplaceNode(rewrite.Target, (node, _) => rewrite.Transform(node));
        return await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
