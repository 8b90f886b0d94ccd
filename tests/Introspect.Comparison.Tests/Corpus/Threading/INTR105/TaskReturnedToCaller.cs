// expect: none
// case: a synchronous pass-through method that returns the task to its caller
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Secrets;

public interface ISecretStore
{
    Task RotateAsync(string name, CancellationToken cancellationToken);
}

public sealed class SecretRotation(ISecretStore store)
{
    public Task RotateDatabasePasswordAsync(CancellationToken cancellationToken) =>
        store.RotateAsync("db-password", cancellationToken);
}
