using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rules;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests;

public class MessageScorerTests
{
    private static readonly CompiledRuleset _defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));

    [Fact]
    public void Agent_banned_term_is_deducted_with_evidence_at_its_position()
    {
        const string text = "亲，这款是全網最低價哦";

        var analysis = new MessageScorer().Score(text, "agent", _defaults);

        var deduction = Assert.Single(analysis.Deductions);
        Assert.Equal(RuleIds.BannedTerm, deduction.RuleId);
        Assert.Equal(Dimensions.Compliance, deduction.Dimension);
        Assert.Equal(DeductionPoints.BannedTerm, deduction.Points);
        Assert.Equal("全網最低價", deduction.Evidence);
        Assert.Equal(5, deduction.Start);
        Assert.Equal(5, deduction.Length);
        Assert.Contains("全网最低价", deduction.Reason, StringComparison.Ordinal);
        Assert.Contains(PhraseListNames.Banned, analysis.Tags);
        Assert.Contains(PhraseListNames.Greeting, analysis.Tags);
        Assert.Equal("zh", analysis.Language);
    }

    [Fact]
    public void Customer_phone_is_masked_and_tagged_but_not_deducted()
    {
        const string text = "我的电话是13812345678，快点处理不然我去12315投诉";

        var analysis = new MessageScorer().Score(text, "customer", _defaults);

        Assert.Empty(analysis.Deductions);
        Assert.Equal("我的电话是138****5678，快点处理不然我去12315投诉", analysis.MaskedText);
        var pii = Assert.Single(analysis.Pii);
        Assert.Equal(("phone", 5, 11, "138****5678"), (pii.Kind, pii.Start, pii.Length, pii.Masked));
        Assert.Contains("pii.phone", analysis.Tags);
        Assert.Contains(PhraseListNames.ComplaintThreat, analysis.Tags);
        Assert.Null(analysis.Sentiment);
    }

    [Fact]
    public void Agent_full_pii_is_one_deduction_per_kind_with_masked_evidence()
    {
        const string text = "Your numbers: 13812345678 and 13987654321, card 4111 1111 1111 1111";

        var analysis = new MessageScorer().Score(text, "agent", _defaults);

        Assert.Equal(
            [(RuleIds.PiiLeak, "138****5678"), (RuleIds.PiiLeak, "4111 **** **** 1111")],
            analysis.Deductions.Select(d => (d.RuleId, d.Evidence)));
        Assert.All(analysis.Deductions, d => Assert.Equal(DeductionPoints.PiiLeak, d.Points));
        Assert.Equal(analysis.Deductions[1].Evidence, analysis.MaskedText.Substring(analysis.Deductions[1].Start!.Value, analysis.Deductions[1].Length!.Value));
    }

    [Fact]
    public void Rude_agent_loses_courtesy_once_per_distinct_phrase()
    {
        var analysis = new MessageScorer().Score("Shut up. I said SHUT UP, you idiot", "agent", _defaults);

        Assert.Equal(
            [(RuleIds.RudeLanguage, "Shut up"), (RuleIds.RudeLanguage, "idiot")],
            analysis.Deductions.Select(d => (d.RuleId, d.Evidence)));
        Assert.All(analysis.Deductions, d => Assert.Equal(Dimensions.Courtesy, d.Dimension));
        Assert.Equal(3, analysis.Hits.Count(h => h.List == PhraseListNames.Rude));
    }

    [Fact]
    public void A_banned_phrase_inside_a_longer_one_counts_once()
    {
        var analysis = new MessageScorer().Score("全网最低价", "bot", _defaults);

        var deduction = Assert.Single(analysis.Deductions);
        Assert.Equal("全网最低价", deduction.Evidence);
        Assert.True(analysis.Hits.Count > 1);
    }

    [Fact]
    public void Listed_return_address_given_as_a_disclosure_is_not_a_leak()
    {
        const string text = "退货地址：浙江省杭州市余杭区文一西路969号，运费由我们承担，收到退货后3个工作日内退款";
        var ruleset = DefaultRulesets.For("store-1") with
        {
            StoreContacts = new StoreContacts { ReturnAddresses = ["浙江省杭州市余杭区文一西路969号 售后部"] },
        };

        var analysis = new MessageScorer().Score(text, "agent", CompiledRuleset.Compile(ruleset));

        Assert.Empty(analysis.Deductions);
        Assert.Empty(analysis.Pii);
        Assert.Equal(text, analysis.MaskedText);
        Assert.Contains("disclosure.refund_return.returnAddress", analysis.Tags);
        Assert.Contains("disclosure.refund_return.shippingPayer", analysis.Tags);
        Assert.Contains("disclosure.refund_return.inspectionPeriod", analysis.Tags);
    }

    [Theory]
    [InlineData("这款滚筒洗衣机最近卖得很好，操作简单，第一次用也会")]
    [InlineData("去死皮面膜，妈妈的最爱，工商银行卡也能付")]
    [InlineData("This is the best fit for you, number one on my list is the blue one")]
    public void Everyday_words_that_contain_banned_or_rude_fragments_are_not_deducted(string text)
    {
        var analysis = new MessageScorer().Score(text, "agent", _defaults);

        Assert.Empty(analysis.Deductions);
        Assert.DoesNotContain(PhraseListNames.Rude, analysis.Tags);
        Assert.DoesNotContain(PhraseListNames.Banned, analysis.Tags);
        Assert.DoesNotContain(PhraseListNames.ComplaintThreat, analysis.Tags);
    }

    [Fact]
    public void Text_without_pii_is_returned_as_the_same_string()
    {
        const string text = "Hello, how can I help you today?";

        var analysis = new MessageScorer().Score(text, "agent", _defaults);

        Assert.Same(text, analysis.MaskedText);
        Assert.Equal("en", analysis.Language);
        Assert.Equal([PhraseListNames.Greeting], analysis.Tags);
    }

    [Fact]
    public void Hit_text_comes_from_the_masked_text()
    {
        var ruleset = CompiledRuleset.Compile(new Ruleset { Phrases = new PhraseLists { Greeting = ["call 13812345678"] } });

        var analysis = new MessageScorer().Score("call 13812345678", "customer", ruleset);

        var hit = Assert.Single(analysis.Hits);
        Assert.Equal("call 138****5678", hit.Text);
        Assert.Equal("call 13812345678", hit.Phrase);
    }

    [Fact]
    public void Models_run_for_customer_messages_only()
    {
        var models = new CountingModels();
        var scorer = new MessageScorer(models);

        var customer = scorer.Score("质量太差了，我要退货", "customer", _defaults);
        var agent = scorer.Score("非常抱歉", "agent", _defaults);

        Assert.Equal(1, models.Calls);
        Assert.Equal(("negative", 0.9, "refund_return", 0.7, 0.6), (customer.Sentiment, customer.SentimentConfidence, customer.Topic, customer.TopicConfidence, customer.ComplaintRisk));
        Assert.Null(agent.Sentiment);
        Assert.Null(agent.ComplaintRisk);
    }

    [Fact]
    public void Empty_text_scores_to_an_empty_analysis()
    {
        var analysis = new MessageScorer().Score("", "agent", _defaults);

        Assert.Equal("", analysis.MaskedText);
        Assert.Equal("und", analysis.Language);
        Assert.Empty(analysis.Tags);
        Assert.Empty(analysis.Deductions);
    }

    [Fact]
    public void Scoring_from_many_threads_gives_the_same_results()
    {
        string[] texts = ["亲，全网最低价哦 13812345678", "Shut up, idiot. Call +1 415 555 2671", "退货地址：北京市朝阳区建国路88号", "Wo ist meine Bestellung? Ich warte schon lange."];
        var scorer = new MessageScorer();
        var expected = texts.Select(t => Summary(scorer.Score(t, "agent", _defaults))).ToArray();

        var results = new string[4000];
        Parallel.For(0, results.Length, i => results[i] = Summary(scorer.Score(texts[i % 4], "agent", _defaults)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 4], results[i]);
        }
    }

    private static string Summary(MessageAnalysis a) =>
        $"{a.Language}|{a.MaskedText}|{string.Join(",", a.Tags)}|{string.Join(",", a.Hits.Select(h => $"{h.List}:{h.Start}"))}|{string.Join(",", a.Deductions.Select(d => $"{d.RuleId}:{d.Start}"))}";

    private sealed class CountingModels : ITextModels
    {
        public int Calls { get; private set; }

        public TextPrediction Predict(string text)
        {
            Calls++;
            return new TextPrediction("negative", 0.9, "refund_return", 0.7, 0.6);
        }
    }
}
