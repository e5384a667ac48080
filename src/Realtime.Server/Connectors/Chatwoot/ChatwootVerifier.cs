using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Connectors.Chatwoot;

/// <summary>
/// Checks that a webhook comes from our Chatwoot: the HMAC signature Chatwoot sends with a webhook secret
/// (<c>X-Chatwoot-Signature</c> over <c>"{timestamp}.{raw body}"</c>, timestamp within the tolerance), or the
/// configured URL token for installations that do not sign. All comparisons are constant time.
/// </summary>
public sealed class ChatwootVerifier(IOptions<ChatwootOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Chatwoot-Signature";
    public const string TimestampHeader = "X-Chatwoot-Timestamp";

    /// <summary>Null when verified, else why not (for the 401 detail).</summary>
    public Text? Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var o = options.Value;
        string? signature = request.Headers[SignatureHeader];
        if (!string.IsNullOrEmpty(o.Secret) && !string.IsNullOrEmpty(signature))
        {
            return VerifySignature(o, signature, request.Headers[TimestampHeader], body);
        }

        string? token = request.Query["token"];
        if (!string.IsNullOrEmpty(o.Token) && !string.IsNullOrEmpty(token))
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(o.Token))
                ? null
                : Text.Of("connector.chatwoot.tokenMismatch");
        }

        return string.IsNullOrEmpty(o.Secret)
            ? Text.Of("connector.chatwoot.tokenMissing")
            : Text.Of("connector.chatwoot.signatureMissing", ("signatureHeader", SignatureHeader), ("timestampHeader", TimestampHeader));
    }

    private Text? VerifySignature(ChatwootOptions o, string signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return Text.Of("connector.chatwoot.timestampNotSeconds", ("header", TimestampHeader));
        }

        var age = Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds);
        if (age > o.ToleranceSeconds)
        {
            return Text.Of("connector.chatwoot.timestampSkew", ("header", TimestampHeader), ("seconds", age), ("max", o.ToleranceSeconds));
        }

        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(o.Secret!));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(hmac.GetHashAndReset()));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()))
            ? null
            : Text.Of("connector.chatwoot.signatureMismatch");
    }
}
