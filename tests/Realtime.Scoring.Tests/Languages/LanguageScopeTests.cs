using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests.Languages;

/// <summary>A language's lists apply to that language only, to the store's declared languages when undetermined, and zh/en everywhere.</summary>
public class LanguageScopeTests
{
    private static readonly Ruleset _defaults = DefaultRulesets.For("store-1");

    [Theory]
    [InlineData("There was some mist on the window this morning.", "en")]
    [InlineData("Quiero un café con leche y una tostada, por favor.", "es")]
    [InlineData("Please contact Verbraucherzentrale if you want more info.", "en")]
    public void Another_languages_list_does_not_apply(string text, string language)
    {
        var (detected, lists) = LanguageListsTests.Score(text, Senders.Agent);

        Assert.Equal(language, detected);
        Assert.DoesNotContain(PhraseListNames.Rude, lists);
        Assert.DoesNotContain(PhraseListNames.ComplaintThreat, lists);
    }

    [Fact]
    public void Kanji_only_text_uses_the_japanese_lists_only_when_the_store_serves_japanese()
    {
        const string text = "日本一！";
        var served = CompiledRuleset.Compile(_defaults with { Languages = ["ja"] });

        Assert.DoesNotContain(PhraseListNames.Banned, LanguageListsTests.Score(text, Senders.Agent).Lists);
        var (language, lists) = LanguageListsTests.Score(text, Senders.Agent, served);
        Assert.Equal("zh", language);
        Assert.Contains(PhraseListNames.Banned, lists);
    }

    [Fact]
    public void Chinese_and_english_lists_apply_to_every_language()
    {
        var analysis = new MessageScorer().Score("Wir haben wirklich den besten Preis und das Gerät ist 100% effective.", Senders.Agent, CompiledRuleset.Compile(_defaults));

        Assert.Equal("de", analysis.Language);
        Assert.Contains(analysis.Hits, h => h.Phrase == "100% effective");
        Assert.Contains(analysis.Hits, h => h.Phrase == "den besten preis");
        Assert.Contains(analysis.Deductions, d => d.RuleId == RuleIds.BannedTerm);
    }

    [Fact]
    public void A_ruleset_saved_without_language_lists_gets_the_built_in_ones_and_an_empty_map_turns_them_off()
    {
        const string text = "Das ist nicht mein Problem.";
        var saved = CompiledRuleset.Compile(_defaults with { LanguagePhrases = null });
        var off = CompiledRuleset.Compile(_defaults with { LanguagePhrases = new Dictionary<string, PhraseLists>() });

        Assert.Contains(PhraseListNames.Rude, LanguageListsTests.Score(text, Senders.Agent, saved).Lists);
        Assert.DoesNotContain(PhraseListNames.Rude, LanguageListsTests.Score(text, Senders.Agent, off).Lists);
    }

    [Fact]
    public void Every_scoped_language_ships_every_list_the_shared_languages_have()
    {
        foreach (var language in BuiltInPhrases.ScopedLanguages)
        {
            Assert.Equal(BuiltInPhrases.ListNames("en"), BuiltInPhrases.ListNames(language));
            Assert.Equal(BuiltInPhrases.ListNames("zh"), BuiltInPhrases.ListNames(language));
        }
    }
}
