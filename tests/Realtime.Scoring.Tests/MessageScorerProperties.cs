using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests;

public class MessageScorerProperties
{
    private static readonly CompiledRuleset _defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));
    private static readonly MessageScorer _scorer = new();

    [Property(Arbitrary = [typeof(MessageTexts)], MaxTest = 1000)]
    public bool Never_throws_and_every_range_lies_inside_the_text(MessageText message, bool agent)
    {
        var text = message.Value;
        var analysis = _scorer.Score(text, agent ? "agent" : "customer", _defaults);

        bool Inside(int start, int length) => start >= 0 && length > 0 && start + length <= text.Length;

        return analysis.MaskedText.Length == text.Length
            && analysis.Hits.All(h => Inside(h.Start, h.Length) && h.Text == analysis.MaskedText.Substring(h.Start, h.Length))
            && analysis.Pii.All(p => Inside(p.Start, p.Length) && p.Masked.Length == p.Length)
            && analysis.Deductions.All(d => d.Start is null || Inside(d.Start.Value, d.Length!.Value));
    }

    [Property(MaxTest = 300)]
    public bool Never_throws_on_arbitrary_unicode(NonNull<string> text)
    {
        var analysis = _scorer.Score(text.Get, "agent", _defaults);
        return analysis.MaskedText.Length == text.Get.Length;
    }
}

public sealed record MessageText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Strings built from the characters the detectors care about: digits, separators, CJK place words, phrase pieces.</summary>
public static class MessageTexts
{
    private static readonly string[] _pieces =
    [
        "1", "3", "8", "6", "0", "9", "x", "X", "+", " ", "-", "(", ")", "@", ".", ",", ":", "¥", "元", "#", "a", "Z", "q", "é",
        "路", "号", "栋", "室", "省", "市", "区", "小区", "单元", "北京", "订单号", "Main", "St", "Street", "com",
        "13812345678", "4111 1111 1111 1111", "11010519491231002X", "a@b.co", "全网最低价", "最低", "滚", "hi", "shut up",
        "１３８", "全網最低價", "😀", "\uD800", "\uDC00", "\u3000", "ｈｉ", "退货地址", "投诉", "12315",
    ];

    public static Arbitrary<MessageText> Texts() =>
        Gen.Elements(_pieces).ArrayOf().Select(parts => new MessageText(string.Concat(parts))).ToArbitrary();
}
