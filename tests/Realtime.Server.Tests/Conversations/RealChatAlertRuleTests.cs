using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Conversations;

/// <summary>
/// The complaint, mood and disclosure rules on the shipped models and phrase lists, with the turns that misfired on the
/// real chats of ../shared/data: each case is a conversation as it happened, scored the way a conversation grain does.
/// </summary>
public sealed class RealChatAlertRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CompiledRuleset Rules = CompiledRuleset.Compile(DefaultRulesets.For("s"));
    private static readonly MessageScorer Scorer =
        new(ShippedTextModels.Load(Path.Combine(AppContext.BaseDirectory, "Models")));

    [Theory]
    [InlineData("我打算让淘宝来介入我是也卖家淘宝的规则我懂我看你怎么收场")]
    [InlineData("再不处理我就申请平台介入")]
    [InlineData("我要找小二投诉你们")]
    [InlineData("那我找淘宝申诉吧你这骗子")]
    [InlineData("再这样我就去12315")]
    [InlineData("我要曝光你们")]
    [InlineData("我等你回复，否则我就差评了")]
    [InlineData("I will call my lawyer")]
    [InlineData("I'm filing a chargeback with my bank")]
    [InlineData("you are scammers")]
    [InlineData("I used my fucking phone for 2 minutes and it drains 8 fucking percent")]
    [InlineData("妈的B不发飚当老娘好欺负吗")]
    public void Explicit_threats_and_abuse_are_critical(string threat)
    {
        var alert = Assert.Single(Complaint(Alerts(("customer", "你好"), ("agent", "您好，请问有什么可以帮您"), ("customer", threat))));

        Assert.Equal(Severities.Critical, alert.Severity);
        Assert.Contains(alert.RuleId, new[] { RuleIds.ComplaintThreat, RuleIds.CustomerAbuse });
    }

    [Theory]
    [InlineData("由于编缉了商品，我无法正常查看 但是在后台评价管理，差评处，可以看的到")]
    [InlineData("上次我申诉过一次，审核说材料不全，这次补齐了")]
    [InlineData("我想问下淘宝小店怎么开")]
    [InlineData("京东无假货")]
    [InlineData("每次不差评快递也是顾虑商家")]
    [InlineData("小二你好，这个有货吗")]
    public void Harmless_look_alikes_are_not_explicit_evidence(string text)
    {
        var alerts = Alerts(("customer", "你好"), ("agent", "您好，请问有什么可以帮您"), ("customer", text));

        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.ComplaintRisk && a.Severity == Severities.Critical);
    }

    [Theory]
    [InlineData("没了")]
    [InlineData("没有了")]
    [InlineData("好的")]
    [InlineData("不是")]
    [InlineData("ok thanks")]
    [InlineData("没有了，谢谢")]
    [InlineData("在不")]
    public void A_short_closing_is_neutral_and_raises_nothing(string closing)
    {
        var analysis = Scorer.Score(closing, Senders.Customer, Rules);
        var alerts = Alerts(("customer", "请问这个什么时候发货"), ("agent", "今天下午发货，请问还有其他问题吗"), ("customer", closing));

        Assert.Equal("neutral", analysis.Sentiment);
        Assert.True(analysis.ComplaintRisk < 0.5, $"risk {analysis.ComplaintRisk}");
        Assert.Empty(alerts);
    }

    [Fact]
    public void Model_only_risk_is_a_warning_judged_over_the_conversation()
    {
        var angry = Complaint(Alerts(
            ("customer", "等了一个星期还没发货，什么情况"),
            ("agent", "亲，抱歉，仓库缺货"),
            ("customer", "你们这服务也太差劲了吧，骗人的吧"),
            ("agent", "非常抱歉"),
            ("customer", "太过分了，退款到现在都没到账")));
        var oneGrumble = Complaint(Alerts(
            ("customer", "请问这个什么时候发货"),
            ("agent", "亲，预计明天"),
            ("customer", "这么慢啊"),
            ("agent", "抱歉久等"),
            ("customer", "好的，谢谢"),
            ("customer", "没了")));

        var warning = Assert.Single(angry);
        Assert.Equal(Severities.Warning, warning.Severity);
        Assert.Equal(RuleIds.ComplaintModel, warning.RuleId);
        Assert.Empty(oneGrumble);
    }

    [Fact]
    public void A_customer_angry_from_the_start_raises_negative_sentiment()
    {
        var alerts = Alerts(
            ("customer", "东西收到就是坏的，气死我了，质量太差了"),
            ("agent", "亲，非常抱歉，请提供订单号"),
            ("customer", "做工粗糙，太差劲了，垃圾东西浪费钱"));

        Assert.Contains(alerts, a => a.Kind == AlertKinds.NegativeSentiment);
    }

    [Fact]
    public void A_customer_upset_across_the_conversation_with_calmer_turns_between_raises_negative_sentiment()
    {
        var upset = Alerts(
            ("customer", "就降价了"),
            ("agent", "亲，请提供订单号"),
            ("customer", "然后怎么办?"),
            ("customer", "你看清楚好吗 我加运费"),
            ("customer", "才一两天 就降价了 什么鬼"),
            ("agent", "亲，这边帮您看下价保"),
            ("customer", "然后怎么办?"),
            ("customer", "你看清楚好吗 我加运费"),
            ("customer", "差十元啊 明明 怎么就变成20元 了"));
        var twice = Alerts(
            ("customer", "就降价了"),
            ("agent", "亲，请提供订单号"),
            ("customer", "然后怎么办?"),
            ("customer", "你看清楚好吗 我加运费"),
            ("customer", "才一两天 就降价了 什么鬼"),
            ("agent", "亲，已为您申请价保"),
            ("customer", "然后怎么办?"),
            ("customer", "好"));

        Assert.Contains(upset, a => a.Kind == AlertKinds.NegativeSentiment);
        Assert.DoesNotContain(twice, a => a.Kind == AlertKinds.NegativeSentiment);
    }

    [Fact]
    public void Closings_after_one_bad_line_do_not_keep_the_mood_negative()
    {
        var alerts = Alerts(
            ("customer", "质量太差了,非常失望"),
            ("agent", "抱歉，已为您补发，请问还有其他问题吗"),
            ("customer", "没了"),
            ("customer", "没有了"));

        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.NegativeSentiment);
    }

    [Fact]
    public void Disclosures_are_not_required_for_a_cancellation()
    {
        var alerts = Alerts(close: true,
            ("customer", "我想退货，还没发货吧，不想要了"),
            ("agent", "好的，已为您取消订单，订单拦截成功，退款1-3个工作日原路退回"),
            ("customer", "好的"));

        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    [Fact]
    public void Disclosures_are_not_required_for_a_courier_pickup_the_platform_arranges()
    {
        var alerts = Alerts(close: true,
            ("customer", "鞋子不合适，我要退货退款"),
            ("agent", "好的，已为您提交退货申请，快递员会上门取件，寄回时不用您操作"),
            ("customer", "好的"));

        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    [Fact]
    public void Disclosures_are_not_required_when_a_merchant_asks_about_its_return_address_settings()
    {
        var alerts = Alerts(close: true,
            ("customer", "我们店铺的退货地址都维护了，还是一直退货到错误的地址是什么情况"),
            ("agent", "亲爱哒~退货地址维护了之后，您反馈销售经理进行更新哦"),
            ("customer", "销售经理怎么联系呢"),
            ("agent", "亲爱哒~您提供您的商家ID"),
            ("agent", "请问还有其他可以帮到您的吗? 亲爱的商家，感谢您对京东的支持"));

        Assert.DoesNotContain(alerts, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    [Theory]
    [InlineData("您是申请退换货还是维修呢? 这边为您申请售后，您是需要上门取件或者使用快递发货至我们的售后呢", "需要您自己用快递发货哦，售后审核后短信告知")]
    [InlineData("您好，已为您申请完毕，但无上门取件服务，还需请您自行寄回", "可以在“我的京东”左边的“返修/退换货”里查看")]
    public void A_pickup_or_repair_only_offered_or_ruled_out_does_not_lift_the_disclosures(string offer, string selfShip)
    {
        var alerts = Alerts(close: true,
            ("customer", "老人手机不能用，如何申请退货"),
            ("agent", offer),
            ("customer", "快递直接退货"),
            ("agent", selfShip));

        Assert.Contains(alerts, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    [Fact]
    public void Agent_messages_saying_everything_goes_back_make_it_a_goods_back_return()
    {
        var alerts = Alerts(close: true,
            ("customer", "储存袋里面有杂质，接受不了"),
            ("agent", "亲全部退回哦"),
            ("customer", "退回去的邮费也是你们承担吗"));

        Assert.Contains(alerts, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    [Fact]
    public void A_goods_back_return_the_agent_handles_requires_the_disclosures()
    {
        var missing = Alerts(close: true,
            ("customer", "鞋子不合适，我要退货退款"),
            ("agent", "好的，请您自行寄回，填写快递单号就可以"));
        var told = Alerts(close: true,
            ("customer", "鞋子不合适，我要退货退款"),
            ("agent", "好的，请您自行寄回，退货地址:杭州市余杭区文一西路969号售后部，运费由我们承担，验货后3个工作日内退款"));

        Assert.Contains(missing, a => a.Kind == AlertKinds.MissingDisclosure);
        Assert.DoesNotContain(told, a => a.Kind == AlertKinds.MissingDisclosure);
    }

    private static List<AlertCondition> Complaint(List<AlertCondition> alerts) =>
        alerts.Where(a => a.Kind == AlertKinds.ComplaintRisk).ToList();

    private static List<AlertCondition> Alerts(params (string Sender, string Text)[] messages) => Alerts(false, messages);

    private static List<AlertCondition> Alerts(bool close, params (string Sender, string Text)[] messages)
    {
        var events = new List<StoredEvent>
        {
            new() { EventId = "start", Type = EventTypes.ConversationStarted, OccurredAt = T0, CustomerId = "u", StoreId = "s" },
            new() { EventId = "assign", Type = EventTypes.AgentAssigned, OccurredAt = T0, AgentId = "a", StoreId = "s", Seq = 1 },
        };
        for (var i = 0; i < messages.Length; i++)
        {
            var (sender, text) = messages[i];
            events.Add(new StoredEvent
            {
                EventId = $"m{i}",
                Type = EventTypes.Message,
                OccurredAt = T0.AddSeconds(5 * (i + 1)),
                Seq = i + 2,
                Sender = sender,
                AgentId = sender == Senders.Agent ? "a" : null,
                Text = text,
                Analysis = Scorer.Score(text, sender, Rules),
            });
        }

        if (close)
        {
            events.Add(new StoredEvent { EventId = "close", Type = EventTypes.ConversationClosed, OccurredAt = T0.AddSeconds(5 * (messages.Length + 1)), Seq = 100 });
        }

        var facts = ConversationProjector.Project("c", events, Rules.Source, events[^1].OccurredAt);
        return facts.Conditions.Where(c => c.RaisesAlert && c.Kind is not (AlertKinds.SlaWarning or AlertKinds.SlaBreach)).ToList();
    }
}
