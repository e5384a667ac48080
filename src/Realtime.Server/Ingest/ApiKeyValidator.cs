using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Realtime.Server.Ingest;

/// <summary>Checks <c>X-Api-Key</c> against every configured key in constant time.</summary>
public sealed class ApiKeyValidator(IOptions<IngestOptions> options)
{
    public const string Header = "X-Api-Key";

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(presented);
        var ok = false;
        foreach (var key in options.Value.ApiKeys)
        {
            ok |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
        }

        return ok;
    }
}
