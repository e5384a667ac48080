using Realtime.Scoring;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Demo;

namespace Realtime.Server.Tests.Demo;

/// <summary>The demo plays cross-border conversations: each ja/de/fr/es script reads as its language and shows what its lists catch.</summary>
public sealed class DemoLanguagesTests
{
    private static readonly CompiledRuleset _defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-2"));

    [Theory]
    [InlineData("ja")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Each_language_has_scripts_whose_lines_are_detected_as_it_and_played_in_a_store_serving_it(string language)
    {
        var demo = DemoScripts.Load();
        var scripts = demo.Scripts.Where(s => s.Language == language).ToList();

        Assert.NotEmpty(scripts);
        Assert.Contains(demo.Stores, s => s.Serves(language));
        foreach (var turn in scripts.SelectMany(s => s.Turns))
        {
            var text = turn.C ?? turn.A!;
            Assert.Equal(language, new MessageScorer().Score(text, turn.C is null ? "agent" : "customer", _defaults).Language);
        }
    }

    [Theory]
    [InlineData("de-brush-off", "rude")]
    [InlineData("de-brush-off", "complaintThreat")]
    [InlineData("ja-claim-threat", "banned")]
    [InlineData("ja-claim-threat", "complaintThreat")]
    [InlineData("fr-presales-claim", "banned")]
    [InlineData("es-chargeback", "dismissive")]
    [InlineData("es-chargeback", "complaintThreat")]
    public void Scripts_show_what_their_language_lists_catch(string name, string list)
    {
        var script = DemoScripts.Load().Scripts.Single(s => s.Name == name);

        Assert.Contains(script.Turns, t => new MessageScorer().Score(t.C ?? t.A!, t.C is null ? "agent" : "customer", _defaults).Hits.Any(h => h.List == list));
    }
}
