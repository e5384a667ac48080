using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;
using Realtime.Scoring.Rulesets;
using static Realtime.Server.Tests.Scoring.ScoredConversation;

namespace Realtime.Server.Tests.Scoring;

/// <summary>Critical items fail a conversation outright and say which item did it; a model conversation scores above 90.</summary>
public sealed class AutoFailTests
{
    private const string Refund = DefaultRulesets.RefundReturnTopic;

    [Fact]
    public void The_issue_example_fails_and_names_the_breach_with_the_missing_disclosures()
    {
        // 150 s first response, no greeting, no closing, none of the refund disclosures, "自己看详情页", CSAT 1.
        var card = Score(1, Refund,
            ("customer", 0, "我要退货，怎么退"),
            ("agent", 150, "自己看详情页"),
            ("customer", 170, "详情页没写啊"),
            ("agent", 200, "在订单页面申请退货，然后寄回就行"));

        Assert.True(card.Total < 60, $"total {card.Total}");
        Assert.Contains(card.AutoFail, a => a.RuleId == RuleIds.BreachWithMissingDisclosure);
        Assert.Contains(card.Deductions, d => d.RuleId == RuleIds.DismissiveLanguage);
        Assert.Equal(59, card.Total);
    }

    [Fact]
    public void The_low_score_alert_names_the_auto_fail_item()
    {
        var facts = Project(CompiledRuleset.Compile(DefaultRulesets.For("s")), 5, "logistics",
            ("customer", 0, "到哪了"), ("agent", 10, "您好，你是不是傻，祝您生活愉快"));

        var low = Assert.Single(facts.Conditions, c => c.Kind == "qa.low.score");
        Assert.Equal("alert.qaLowScore.autoFail", low.Message.Key);
        Assert.Contains("label.rule." + RuleIds.RudeLanguage, low.Message.Args["items"], StringComparison.Ordinal);
        var english = low.Message.Render(TextCatalog.English);
        Assert.Contains("auto-fail: rude language", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_conversation_scores_above_90()
    {
        var card = Score(5, Refund,
            ("customer", 0, "我要退货，怎么退"),
            ("agent", 10, "您好，很高兴为您服务。请在签收后7天内寄回，退货地址是杭州市余杭区仓库售后部，运费由我们承担，验货后3天内退款"),
            ("customer", 40, "好的谢谢"),
            ("agent", 50, "不客气，还有其他问题吗？祝您生活愉快"));

        Assert.Empty(card.AutoFail);
        Assert.True(card.Total > 90, $"total {card.Total}");
    }

    [Theory]
    [InlineData("您好，你是不是傻，祝您生活愉快", RuleIds.RudeLanguage)]
    [InlineData("您好，已经寄到您的地址北京市朝阳区建国路88号了，祝您生活愉快", RuleIds.PiiLeak)]
    public void Rude_language_or_a_leak_fails_an_otherwise_fine_conversation(string reply, string item)
    {
        var card = Score(5, "logistics", ("customer", 0, "到哪了"), ("agent", 10, reply));

        var hit = Assert.Single(card.AutoFail);
        Assert.Equal(item, hit.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(hit.Reason));
        Assert.True(card.Total < 60);
    }

    [Fact]
    public void Low_csat_from_an_upset_customer_fails_but_low_csat_alone_does_not()
    {
        var upset = Score(2, "logistics", ("customer", 0, "三天了还没到，我要投诉"), ("agent", 10, "您好，非常抱歉，已为您催促，祝您生活愉快"));
        var calm = Score(2, "logistics", ("customer", 0, "到哪了"), ("agent", 10, "您好，已在派送，祝您生活愉快"));

        Assert.Contains(upset.AutoFail, a => a.RuleId == RuleIds.LowCsatUpset);
        Assert.Empty(calm.AutoFail);
        Assert.True(calm.Total >= 60, $"total {calm.Total}");
    }

    [Fact]
    public void An_upset_customer_brushed_off_without_an_apology_fails_and_the_reason_reads_in_both_languages()
    {
        var card = Score(null, "logistics",
            ("customer", 0, "五天了还没到，再不送我就打12315投诉"),
            ("agent", 10, "您好，这边看当地快递的，我们也没办法"),
            ("customer", 30, "那怎么办"),
            ("agent", 40, "您再等等，祝您生活愉快"));

        var hit = Assert.Single(card.AutoFail);
        Assert.Equal((RuleIds.BrushOffUpset, "autoFail.brushOffUpset"), (hit.RuleId, hit.MessageKey));
        Assert.Equal("我们也没办法", hit.Args!["evidence"]);
        Assert.Contains("推诿", TextCatalog.Render(hit.MessageKey!, hit.Args, TextCatalog.Chinese), StringComparison.Ordinal);
        Assert.Contains("brushed off", hit.Reason, StringComparison.Ordinal);
        Assert.True(card.Total < 60, $"total {card.Total}");
    }

    [Theory]
    [InlineData("五天了还没到，再不送我就打12315投诉", "您好，非常抱歉，这边看当地快递的，我们也没办法，祝您生活愉快")]
    [InlineData("到哪了", "您好，这边看当地快递的，我们也没办法，祝您生活愉快")]
    public void A_brush_off_with_an_apology_or_to_a_calm_customer_is_a_deduction_not_a_failure(string customer, string reply)
    {
        var card = Score(null, "logistics", ("customer", 0, customer), ("agent", 10, reply));

        Assert.Contains(card.Deductions, d => d.RuleId == RuleIds.DismissiveLanguage);
        Assert.DoesNotContain(card.AutoFail, a => a.RuleId == RuleIds.BrushOffUpset);
    }

    [Fact]
    public void A_brush_off_before_the_customer_got_upset_is_not_the_brush_off_item()
    {
        var card = Score(null, "logistics",
            ("customer", 0, "到哪了"),
            ("agent", 10, "您好，我们也没办法"),
            ("customer", 30, "那我要投诉你们"),
            ("agent", 40, "已为您催促，祝您生活愉快"));

        Assert.DoesNotContain(card.AutoFail, a => a.RuleId == RuleIds.BrushOffUpset);
    }

    [Fact]
    public void A_ruleset_without_auto_fail_items_keeps_the_weighted_total()
    {
        var rules = CompiledRuleset.Compile(DefaultRulesets.For("s") with { AutoFail = [] });

        var card = Score(rules, 5, "logistics", ("customer", 0, "到哪了"), ("agent", 10, "您好，你是不是傻，祝您生活愉快"));

        Assert.Empty(card.AutoFail);
        Assert.True(card.Total >= 60, $"total {card.Total}");
    }
}
