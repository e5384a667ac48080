using Realtime.Scoring.Phrases;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Tests.Phrases;

public class PhraseMatcherTests
{
    private static List<(string List, string Phrase, int Start, int Length)> Find(PhraseMatcher matcher, string text)
    {
        var matches = new List<PhraseMatch>();
        matcher.FindAll(TextNormalizer.Normalize(text), matches);
        return [.. matches.Select(m => (matcher.Patterns[m.Pattern].List, matcher.Patterns[m.Pattern].Phrase, m.Start, m.Length))];
    }

    [Fact]
    public void Reports_overlapping_and_nested_matches()
    {
        var matcher = PhraseMatcher.Build([("banned", "全网最低价"), ("banned", "最低价"), ("banned", "最低"), ("other", "网最")]);

        var found = Find(matcher, "我们全网最低价哦");

        Assert.Contains(("banned", "全网最低价", 2, 5), found);
        Assert.Contains(("banned", "最低价", 4, 3), found);
        Assert.Contains(("banned", "最低", 4, 2), found);
        Assert.Contains(("other", "网最", 3, 2), found);
        Assert.Equal(4, found.Count);
    }

    [Fact]
    public void Classic_aho_corasick_example_finds_every_occurrence()
    {
        var matcher = PhraseMatcher.Build([("l", "he"), ("l", "she"), ("l", "his"), ("l", "hers")]);

        var found = Find(matcher, "ushers").Select(f => (f.Phrase, f.Start)).ToList();

        // Latin phrases need word boundaries, so inside "ushers" nothing counts …
        Assert.Empty(found);

        var cjk = PhraseMatcher.Build([("l", "他"), ("l", "她他"), ("l", "他们"), ("l", "他们的")]);
        var cjkFound = Find(cjk, "她他们的").Select(f => (f.Phrase, f.Start)).ToList();

        // … while CJK phrases match anywhere, including suffix outputs through failure links.
        Assert.Equal([("她他", 0), ("他", 1), ("他们", 1), ("他们的", 1)], cjkFound.OrderBy(f => f.Start).ThenBy(f => f.Phrase.Length).ToList());
    }

    [Theory]
    [InlineData("hi there", true)]
    [InlineData("Hi!", true)]
    [InlineData("this is it", false)]
    [InlineData("hihi", false)]
    [InlineData("你好hi", true)]
    public void Latin_phrases_match_whole_words_only(string text, bool matches)
    {
        var matcher = PhraseMatcher.Build([("greeting", "hi")]);

        Assert.Equal(matches, Find(matcher, text).Count == 1);
    }

    [Fact]
    public void Digit_phrase_needs_boundaries_but_not_next_to_chinese()
    {
        var matcher = PhraseMatcher.Build([("complaintThreat", "12315")]);

        Assert.Single(Find(matcher, "我要打12315投诉"));
        Assert.Empty(Find(matcher, "订单号123156789"));
    }

    [Fact]
    public void Traditional_and_full_width_text_matches_simplified_phrases()
    {
        var matcher = PhraseMatcher.Build([("banned", "全网最低价"), ("banned", "100%有效"), ("rude", "Shut Up")]);

        var found = Find(matcher, "全網最低價！１００％有效，SHUT UP");

        Assert.Equal(["全网最低价", "100%有效", "Shut Up"], found.Select(f => f.Phrase));
        Assert.Equal([0, 6, 13], found.Select(f => f.Start));
    }

    [Fact]
    public void Traditional_phrase_matches_simplified_text()
    {
        var matcher = PhraseMatcher.Build([("complaintThreat", "投訴")]);

        Assert.Single(Find(matcher, "我要投诉你们"));
    }

    [Fact]
    public void Many_lists_share_one_automaton_and_keep_their_names()
    {
        var phrases = Enumerable.Range(0, 500).Select(i => ($"list{i % 7}", $"phrase{i}"));
        var matcher = PhraseMatcher.Build(phrases);

        var found = Find(matcher, "a phrase42 and phrase499 but not phrase4999");

        Assert.Equal([("list0", "phrase42"), ("list2", "phrase499")], found.Select(f => (f.List, f.Phrase)));
    }

    [Fact]
    public void Same_phrase_in_two_lists_is_reported_for_each_list()
    {
        var matcher = PhraseMatcher.Build([("a", "退货"), ("b", "退货"), ("a", "退货"), ("a", "  "), ("a", "")]);

        var found = Find(matcher, "退货");

        Assert.Equal(["a", "b"], found.Select(f => f.List).Order());
        Assert.Equal(2, matcher.Patterns.Count);
    }

    [Fact]
    public void Empty_matcher_and_empty_text_find_nothing()
    {
        Assert.Empty(Find(PhraseMatcher.Build([]), "anything"));
        Assert.Empty(Find(PhraseMatcher.Build([("a", "x")]), ""));
    }

    [Theory]
    [InlineData("Mein Anwalt meldet sich", true)]
    [InlineData("Die Anwaltskosten zahlen Sie", true)]
    [InlineData("Ich frage meine Anwältin", true)]
    [InlineData("Der Rechtsanwalt", false)]
    [InlineData("f***", false)]
    public void Trailing_star_makes_a_stem_that_matches_any_word_ending(string text, bool matches)
    {
        var matcher = PhraseMatcher.Build([("complaintThreat", "anwalt*"), ("customerAbuse", "f***")]);

        Assert.Equal(matches, Find(matcher, text).Any(f => f.List == "complaintThreat"));
    }

    [Fact]
    public void A_star_after_a_non_letter_is_part_of_the_phrase()
    {
        var matcher = PhraseMatcher.Build([("customerAbuse", "f***")]);

        Assert.Single(Find(matcher, "f*** you"));
        Assert.Empty(Find(matcher, "f** you"));
    }
}
