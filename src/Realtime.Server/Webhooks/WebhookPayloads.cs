using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Webhooks;

/// <summary>Each platform's message format and signing, per its own documentation.</summary>
public static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Request(Uri Url, string Body, IReadOnlyDictionary<string, string> Headers);

    public static Request Build(WebhookTarget target, Alert alert, DateTimeOffset now)
    {
        var culture = target.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? TextCatalog.English : TextCatalog.Chinese;
        alert = Rendered(alert, culture);
        var text = Line(alert, culture);
        var timestamp = now.ToUnixTimeMilliseconds();
        switch (target.Kind)
        {
            case WebhookKinds.DingTalk:
            {
                // DingTalk: sign = urlencode(base64(HmacSHA256(secret, timestamp + "\n" + secret))), appended to the URL.
                var url = target.Url;
                if (!string.IsNullOrEmpty(target.Secret))
                {
                    var sign = Convert.ToBase64String(Hmac(target.Secret, $"{timestamp}\n{target.Secret}"));
                    url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}";
                }

                return new Request(new Uri(url), JsonSerializer.Serialize(new { msgtype = "text", text = new { content = text } }, Json), NoHeaders);
            }

            case WebhookKinds.Feishu:
            {
                // Feishu: sign = base64(HmacSHA256(key: timestamp + "\n" + secret, data: empty)), timestamp in seconds.
                var seconds = now.ToUnixTimeSeconds();
                object body = string.IsNullOrEmpty(target.Secret)
                    ? new { msg_type = "text", content = new { text } }
                    : new { timestamp = seconds.ToString(CultureInfo.InvariantCulture), sign = FeishuSign(target.Secret, seconds), msg_type = "text", content = new { text } };
                return new Request(new Uri(target.Url), JsonSerializer.Serialize(body, Json), NoHeaders);
            }

            case WebhookKinds.WeCom:
                return new Request(new Uri(target.Url), JsonSerializer.Serialize(new { msgtype = "text", text = new { content = text } }, Json), NoHeaders);
            case WebhookKinds.Slack:
                return new Request(new Uri(target.Url), JsonSerializer.Serialize(new { text }, Json), NoHeaders);
            default:
            {
                var body = JsonSerializer.Serialize(alert, Json);
                var headers = new Dictionary<string, string> { ["X-Realtime-Timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture) };
                if (!string.IsNullOrEmpty(target.Secret))
                {
                    headers["X-Realtime-Signature"] = "sha256=" + Convert.ToHexStringLower(Hmac(target.Secret, $"{timestamp}.{body}"));
                }

                return new Request(new Uri(target.Url), body, headers);
            }
        }
    }

    public static string FeishuSign(string secret, long timestampSeconds)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes($"{timestampSeconds}\n{secret}"));
        return Convert.ToBase64String(hmac.ComputeHash([]));
    }

    public static byte[] Hmac(string key, string data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(data));

    /// <summary>The alert with its message and evidence in the target's language.</summary>
    private static Alert Rendered(Alert alert, CultureInfo culture) => alert with
    {
        Message = alert.MessageKey is null ? alert.Message : TextCatalog.Render(alert.MessageKey, alert.Args, culture),
        Evidence = alert.EvidenceKey is null ? alert.Evidence : TextCatalog.Render(alert.EvidenceKey, alert.EvidenceArgs, culture),
    };

    private static string Line(Alert alert, CultureInfo culture)
    {
        var where = string.Join(" · ", new[] { alert.StoreId, alert.TeamId, alert.ConversationId, alert.AgentId }.Where(s => !string.IsNullOrEmpty(s)));
        var head = Text.Of("webhook.text", ("severity", Text.Label("label.severity." + alert.Severity)), ("kind", Text.Label("label.alertKind." + alert.Kind)), ("message", alert.Message));
        return $"{head.Render(culture)}\n{where}\n{alert.RaisedAt:yyyy-MM-dd HH:mm:ss} UTC · {alert.AlertId}";
    }

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
}
