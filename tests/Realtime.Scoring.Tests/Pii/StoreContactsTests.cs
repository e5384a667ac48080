using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests.Pii;

/// <summary><c>storeContacts</c>: the store's own address, phone and e-mail are a disclosure, never a leak; a customer's still is.</summary>
public class StoreContactsTests
{
    private static readonly CompiledRuleset _store = CompiledRuleset.Compile(DefaultRulesets.For("store-1") with
    {
        StoreContacts = new StoreContacts
        {
            ReturnAddresses = ["上海市长宁区长乐路105弄1号", "1600 Amphitheatre Parkway, Mountain View"],
            Phones = ["+86 139 0000 1111"],
            Emails = ["Service@Shop.example.com"],
        },
    });

    private static MessageAnalysis Agent(string text, CompiledRuleset? ruleset = null) =>
        new MessageScorer().Score(text, Senders.Agent, ruleset ?? _store);

    [Theory]
    [InlineData("寄回上海市长宁区长乐路105弄1号就可以")]
    [InlineData("寄到长乐路105弄1号")]
    [InlineData("please ship it back to 1600 Amphitheatre Parkway")]
    public void A_listed_return_address_counts_as_the_return_address_disclosure_without_any_phrase(string text)
    {
        var analysis = Agent(text);

        Assert.DoesNotContain(analysis.Deductions, d => d.RuleId == RuleIds.PiiLeak);
        Assert.Empty(analysis.Pii);
        Assert.Contains("disclosure.refund_return.returnAddress", analysis.Tags);
    }

    [Fact]
    public void The_store_phone_and_email_are_not_a_leak()
    {
        var analysis = Agent("有问题打13900001111或发邮件到service@shop.example.com");

        Assert.Empty(analysis.Pii);
        Assert.Empty(analysis.Deductions);
        Assert.DoesNotContain("disclosure.refund_return.returnAddress", analysis.Tags);
    }

    [Theory]
    [InlineData("您的地址是上海市长宁区长乐路105弄1号201室对吗", "上海市长宁区长乐路105弄1号201室")]
    [InlineData("退货地址：北京市朝阳区建国路88号", "北京市朝阳区建国路88号")]
    public void A_customer_address_sent_back_is_still_a_leak_and_masked(string text, string address)
    {
        var analysis = Agent(text);

        Assert.Contains(analysis.Deductions, d => d.RuleId == RuleIds.PiiLeak);
        Assert.DoesNotContain(address, analysis.MaskedText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_phone_next_to_the_store_phone_is_still_a_leak()
    {
        var analysis = Agent("店铺电话13900001111，您留的13812345678已登记");

        var pii = Assert.Single(analysis.Pii);
        Assert.Equal("phone", pii.Kind);
        Assert.Contains("138****5678", analysis.MaskedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_store_contacts_an_address_is_a_leak_even_after_a_return_address_phrase()
    {
        var analysis = Agent("退货地址：浙江省杭州市余杭区文一西路969号", CompiledRuleset.Compile(DefaultRulesets.For("store-2")));

        Assert.Contains(analysis.Deductions, d => d.RuleId == RuleIds.PiiLeak);
    }
}

public class StoreContactsValidationTests
{
    [Fact]
    public void Blank_and_oversized_store_contacts_are_rejected_by_field()
    {
        var ruleset = DefaultRulesets.For("s") with
        {
            StoreContacts = new StoreContacts { ReturnAddresses = [" "], Phones = [new string('1', 201)], Emails = [.. Enumerable.Repeat("a@b.cn", 51)] },
        };

        var fields = RulesetValidator.Validate(ruleset).Select(e => e.Field).ToArray();

        Assert.Contains("storeContacts.returnAddresses[0]", fields);
        Assert.Contains("storeContacts.phones[0]", fields);
        Assert.Contains("storeContacts.emails", fields);
    }
}
