namespace Realtime.Server.Webhooks;

/// <summary><c>Webhooks:Targets</c>: where raised alerts are delivered outside the product.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public List<WebhookTarget> Targets { get; set; } = [];

    /// <summary>Deliveries waiting in memory before new ones are dropped (and logged).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Recent deliveries remembered so none is sent twice; the oldest are forgotten past this many.</summary>
    public int RememberDeliveries { get; set; } = 10_000;
}

public sealed class WebhookTarget
{
    /// <summary><c>feishu | wecom | dingtalk | slack | generic</c>.</summary>
    public string Kind { get; set; } = WebhookKinds.Generic;
    public string Url { get; set; } = "";

    /// <summary>DingTalk and Feishu sign with it (timestamp + HMAC-SHA256); generic sends an HMAC header.</summary>
    public string? Secret { get; set; }

    /// <summary>Alert kinds delivered; empty means escalations only.</summary>
    public List<string> Kinds { get; set; } = [];
    public string MinSeverity { get; set; } = "info";

    /// <summary>The language of the delivered text: <c>zh-CN</c> (default) or <c>en-US</c>.</summary>
    public string Language { get; set; } = "zh-CN";
}

public static class WebhookKinds
{
    public const string Feishu = "feishu";
    public const string WeCom = "wecom";
    public const string DingTalk = "dingtalk";
    public const string Slack = "slack";
    public const string Generic = "generic";
}
