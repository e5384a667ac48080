using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Reports;

/// <summary>"One rule, three outputs": an agent who fixes the problem after the hint is credited in the scorecard.</summary>
public sealed class ScorecardCreditTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly CompiledRuleset Rules = CompiledRuleset.Compile(DefaultRulesets.For("s"));
    private static readonly MessageScorer Scorer = new(new RefundModels());

    [Fact]
    public void Apology_after_the_customer_got_upset_earns_the_courtesy_points()
    {
        var apologised = Score(("customer", "东西坏了,我要投诉"), ("agent", "您好,非常抱歉给您带来不便"), ("agent", "已为您补发,祝您生活愉快"));
        var silent = Score(("customer", "东西坏了,我要投诉"), ("agent", "您好,请提供订单号"), ("agent", "已为您补发,祝您生活愉快"));

        Assert.DoesNotContain(apologised.Deductions, d => d.RuleId == RuleIds.MissingApology);
        Assert.Contains(silent.Deductions, d => d.RuleId == RuleIds.MissingApology);
        Assert.Equal(100, apologised.Dimensions[Dimensions.Courtesy]);
        Assert.Equal(90, silent.Dimensions[Dimensions.Courtesy]);
    }

    [Fact]
    public void Apology_before_the_customer_got_upset_does_not_count()
    {
        var early = Score(("agent", "您好,抱歉久等"), ("customer", "东西坏了,我要投诉"), ("agent", "已为您补发,祝您生活愉快"));

        Assert.Contains(early.Deductions, d => d.RuleId == RuleIds.MissingApology);
    }

    [Fact]
    public void The_greeting_is_judged_on_the_first_reply_and_the_closing_on_the_last()
    {
        var polite = Score(("customer", "在吗"), ("agent", "您好,在的"), ("agent", "请稍等"), ("agent", "祝您生活愉快"));
        var late = Score(("customer", "在吗"), ("agent", "请稍等"), ("agent", "您好,祝您生活愉快"), ("agent", "请稍等"));

        Assert.DoesNotContain(polite.Deductions, d => d.RuleId is RuleIds.MissingGreeting or RuleIds.MissingClosing);
        Assert.Equal("m1", Assert.Single(late.Deductions, d => d.RuleId == RuleIds.MissingGreeting).MessageId);
        Assert.Equal("m3", Assert.Single(late.Deductions, d => d.RuleId == RuleIds.MissingClosing).MessageId);
    }

    [Fact]
    public void Disclosures_made_before_the_close_are_not_deducted()
    {
        var told = Score(
            ("customer", "我要退货"),
            ("agent", "您好,退货地址是杭州市仓库,运费由我们承担"),
            ("agent", "收到退货后验货,祝您生活愉快"));
        var partly = Score(("customer", "我要退货"), ("agent", "您好,退货地址是杭州市仓库"), ("agent", "祝您生活愉快"));

        Assert.DoesNotContain(told.Deductions, d => d.RuleId == RuleIds.MissingDisclosure);
        Assert.Equal(["inspectionPeriod", "shippingPayer"], partly.Deductions.Where(d => d.RuleId == RuleIds.MissingDisclosure).Select(d => d.Evidence).Order());
        Assert.Equal(80, partly.Dimensions[Dimensions.Compliance]);
    }

    [Fact]
    public void Deductions_sum_exactly_to_the_points_lost()
    {
        var card = Score(("customer", "这个有优惠吗"), ("agent", "全网最低价"), ("customer", "我要投诉"), ("agent", "好的"));

        foreach (var dimension in Dimensions.All)
        {
            var lost = card.Deductions.Where(d => d.Dimension == dimension).Sum(d => d.Points);
            Assert.Equal(Math.Max(0, 100 - lost), card.Dimensions[dimension]);
        }

        Assert.Equal(Math.Round(card.Dimensions.Sum(d => d.Value * card.Weights[d.Key]), 1), card.Total);
    }

    internal static Contracts.Conversations.Scorecard Score(params (string Sender, string Text)[] messages)
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

        events.Add(new StoredEvent { EventId = "close", Type = EventTypes.ConversationClosed, OccurredAt = T0.AddMinutes(5), Seq = 100 });
        return ConversationProjector.Project("c", events, Rules.Source, T0.AddMinutes(6)).Scorecard;
    }

    /// <summary>Stands in for the shipped models: every customer message is about a return, neutral.</summary>
    private sealed class RefundModels : ITextModels
    {
        public TextPrediction Predict(string text) => new("neutral", 0.9, DefaultRulesets.RefundReturnTopic, 0.9, 0.1);
    }
}
