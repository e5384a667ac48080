using System.ComponentModel.DataAnnotations;

namespace Realtime.Server.Connectors.Chatwoot;

/// <summary><c>Connectors:Chatwoot:*</c>. One Chatwoot account per server: its conversation ids are per account.</summary>
public sealed class ChatwootOptions
{
    public const string Section = "Connectors:Chatwoot";

    /// <summary>
    /// The webhook's secret as Chatwoot shows it: requests must carry <c>X-Chatwoot-Signature: sha256=HMAC-SHA256(secret,
    /// "{X-Chatwoot-Timestamp}.{body}")</c>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>For Chatwoot versions that do not sign webhooks: a token in the webhook URL (<c>?token=</c>).</summary>
    public string? Token { get; set; }

    /// <summary>How far a signed timestamp may be from now (replay protection).</summary>
    [Range(1, 86_400)]
    public int ToleranceSeconds { get; set; } = 300;

    public string StoreId { get; set; } = "default";

    /// <summary>Team for every conversation; when empty, the Chatwoot team's name is used.</summary>
    public string? TeamId { get; set; }

    public string Platform { get; set; } = "web";

    /// <summary>Prefixed to Chatwoot's conversation, contact and agent ids so they never clash with other sources.</summary>
    public string IdPrefix { get; set; } = "cw-";

    public bool Enabled => !string.IsNullOrEmpty(Secret) || !string.IsNullOrEmpty(Token);
}
