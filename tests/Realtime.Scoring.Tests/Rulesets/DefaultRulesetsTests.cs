using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests.Rulesets;

public class DefaultRulesetsTests
{
    [Fact]
    public void Carries_the_store_and_the_contract_defaults()
    {
        var ruleset = DefaultRulesets.For("store-9");

        Assert.Equal("store-9", ruleset.StoreId);
        Assert.Equal(0, ruleset.Version);
        Assert.Equal(new SlaThresholds(), ruleset.Sla);
        Assert.Equal([new RepeatContactRule(3, 24, "warning"), new RepeatContactRule(3, 72, "info")], ruleset.RepeatContact);
        Assert.Equal(300, ruleset.Escalation.AckTimeoutSeconds);
        Assert.Equal(new RoleWeights(), ruleset.Weights);
        Assert.Equal(60, ruleset.QaLowScoreThreshold);
    }

    [Fact]
    public void Ships_chinese_and_english_phrases_in_every_list()
    {
        var phrases = DefaultRulesets.For("s").Phrases;

        foreach (var list in new[] { phrases.Greeting, phrases.Closing, phrases.Apology, phrases.Banned, phrases.Rude, phrases.ComplaintThreat, phrases.Dismissive, phrases.Exceptions })
        {
            Assert.Contains(list, p => p.Any(c => c >= '\u4E00'));
            Assert.Contains(list, p => p.Any(char.IsAsciiLetter));
        }

        Assert.Contains("全网最低价", phrases.Banned);
        Assert.Contains("lowest price guaranteed", phrases.Banned);
        Assert.DoesNotContain("最", phrases.Banned);
        Assert.Contains("第一", phrases.Banned);
        Assert.Contains("第一次", phrases.Exceptions);
        Assert.Contains("自己看详情页", phrases.Dismissive);
        Assert.Contains("12315", phrases.ComplaintThreat);
        Assert.Contains("chargeback", phrases.ComplaintThreat);
    }

    [Fact]
    public void Refund_return_requires_address_shipping_payer_and_inspection_period_in_both_languages()
    {
        var disclosure = Assert.Single(DefaultRulesets.For("s").Disclosures);

        Assert.Equal("refund_return", disclosure.Topic);
        Assert.Equal(["returnAddress", "shippingPayer", "inspectionPeriod"], disclosure.Required.Select(r => r.Name));
        foreach (var required in disclosure.Required)
        {
            Assert.Contains(required.AnyOf, p => p.Any(c => c >= '\u4E00'));
            Assert.Contains(required.AnyOf, p => p.Any(char.IsAsciiLetter));
        }
    }

    [Fact]
    public void Compiles_into_one_matcher_with_disclosure_lists()
    {
        var compiled = CompiledRuleset.Compile(DefaultRulesets.For("s"));

        Assert.Contains(compiled.Matcher.Patterns, p => p.List == "disclosure.refund_return.returnAddress");
        Assert.Contains(compiled.Matcher.Patterns, p => p.List == PhraseListNames.Banned);
        Assert.Equal("s", compiled.Source.StoreId);
    }
}
