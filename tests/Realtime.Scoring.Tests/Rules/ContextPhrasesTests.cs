using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Rulesets;
using Realtime.Scoring.Tests.RealData;
using Xunit.Abstractions;

namespace Realtime.Scoring.Tests.Rules;

/// <summary>The shipped 广告法 and dismissive lists with their context rules (the <c>exceptions</c> list), both sides.</summary>
public class ContextPhrasesTests(ITestOutputHelper output)
{
    private static readonly CompiledRuleset _defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));

    private static string[] Rules(string text, string sender = Senders.Agent) =>
        [.. new MessageScorer().Score(text, sender, _defaults).Deductions.Select(d => d.RuleId).Where(r => r.StartsWith("phrase.", StringComparison.Ordinal))];

    [Theory]
    [InlineData("亲价格最低了")]
    [InlineData("亲最低了哦")]
    [InlineData("这是我们店唯一的正品渠道")]
    [InlineData("独家配方")]
    [InlineData("全国首家实体店")]
    [InlineData("这款全网首发")]
    [InlineData("性能最高的一款")]
    [InlineData("容量最大的型号")]
    [InlineData("绝对正品")]
    [InlineData("永久保修")]
    [InlineData("销量NO.1")]
    [InlineData("销量ｎｏ．１")]
    [InlineData("技术世界领先")]
    [InlineData("遥遥领先同行")]
    [InlineData("史无前例的优惠")]
    [InlineData("买这个理财稳赚")]
    [InlineData("这款是最耐用的")]
    [InlineData("我们是行业第一")]
    [InlineData("国家级品质")]
    [InlineData("百分百正品")]
    [InlineData("百分之百纯棉的")]
    [InlineData("三天治愈")]
    [InlineData("this is the best phone")]
    [InlineData("our number one seller")]
    [InlineData("100% authentic")]
    [InlineData("world-leading battery")]
    public void Absolute_claims_raise_banned(string text)
    {
        Assert.Contains(RuleIds.BannedTerm, Rules(text));
    }

    [Theory]
    [InlineData("最近物流有点慢")]
    [InlineData("最后一步填一下单号")]
    [InlineData("最晚明天发货")]
    [InlineData("第一次购买可以领券")]
    [InlineData("满99包邮，最低消费没有要求")]
    [InlineData("您最好先拍照留证")]
    [InlineData("最大支持双槽16g内存")]
    [InlineData("您的满意是我们最大的动力哦")]
    [InlineData("取件单是单独有师傅取件的呢")]
    [InlineData("第一盒是不是用了几张")]
    [InlineData("已经分配给昆山陆家第一车队")]
    [InlineData("第一时间为您处理")]
    [InlineData("唯一的办法是先退货")]
    [InlineData("首先麻烦您提供订单号")]
    [InlineData("最新物流显示已签收")]
    [InlineData("我们绝对不会遗落送您的礼品")]
    [InlineData("现在给你退款货到时候记得拒收百分之百过两天有物流好吧")]
    [InlineData("Best regards, Anna")]
    [InlineData("the best way is to reply here")]
    [InlineData("price is exclusive of tax")]
    public void Harmless_uses_stay_silent(string text)
    {
        Assert.DoesNotContain(RuleIds.BannedTerm, Rules(text));
    }

    [Theory]
    [InlineData("自己看详情页")]
    [InlineData("你自己去问快递")]
    [InlineData("这不归我管")]
    [InlineData("我也没办法")]
    [InlineData("这个小二也不知道呢")]
    [InlineData("这个不清楚哦")]
    [InlineData("都说了好几遍了")]
    [InlineData("Not our problem, ask the courier")]
    [InlineData("please read the description")]
    [InlineData("I don't know")]
    public void Dismissive_replies_are_deducted_from_courtesy(string text)
    {
        var analysis = new MessageScorer().Score(text, Senders.Agent, _defaults);

        var deduction = analysis.Deductions.First(d => d.RuleId == RuleIds.DismissiveLanguage);
        Assert.Equal(Dimensions.Courtesy, deduction.Dimension);
        Assert.Contains(PhraseListNames.Dismissive, analysis.Tags);
    }

    [Theory]
    [InlineData("很抱歉哈，没办法通过号码查询订单呢")]
    [InlineData("因为大小不同没办法估计有几片")]
    [InlineData("不知道您还有其他问题吗")]
    [InlineData("因为这边不知道多少钱所以先收您30多退少补呢")]
    [InlineData("有不清楚的随时问我")]
    [InlineData("I don't know if the parcel left yet, let me check")]
    [InlineData("自己看详情页")]
    public void Polite_limits_and_questions_are_not_dismissive_for_customers_or_agents(string text)
    {
        // A customer's words are never an agent's deduction, whatever they say.
        Assert.Empty(Rules(text, Senders.Customer));
        if (text != "自己看详情页")
        {
            Assert.DoesNotContain(RuleIds.DismissiveLanguage, Rules(text));
        }
    }

    [Fact]
    public void An_exception_only_silences_the_hit_it_covers()
    {
        // 最近 covers nothing banned here; 最低 stands on its own.
        Assert.Contains(RuleIds.BannedTerm, Rules("最近价格最低了"));
    }

    [Fact]
    public void A_store_list_without_exceptions_flags_the_harmless_form()
    {
        var ruleset = DefaultRulesets.For("store-2");
        var bare = CompiledRuleset.Compile(ruleset with { Phrases = ruleset.Phrases with { Exceptions = [] } });

        var analysis = new MessageScorer().Score("第一次购买可以领券", Senders.Agent, bare);

        Assert.Contains(analysis.Deductions, d => d.RuleId == RuleIds.BannedTerm);
    }

    [Fact]
    public void Public_extreme_word_list_coverage()
    {
        // The list is third-party text of unknown licence, so it stays outside the repository (docs/rules.md names it).
        var path = Environment.GetEnvironmentVariable("REALTIME_JIXIANCI_LIST");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            output.WriteLine("REALTIME_JIXIANCI_LIST not set: coverage not measured.");
            return;
        }

        var words = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToArray();
        var missed = words.Where(w => !Rules($"这款{w}").Contains(RuleIds.BannedTerm)).ToArray();
        var coverage = 1.0 - ((double)missed.Length / words.Length);
        output.WriteLine($"{words.Length - missed.Length}/{words.Length} covered ({coverage:P1}); missed: {string.Join(" ", missed)}");
        Assert.True(coverage >= 0.85, $"coverage {coverage:P1}; missed {string.Join(" ", missed)}");
    }
}
