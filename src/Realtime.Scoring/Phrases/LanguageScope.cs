using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Phrases;

/// <summary>Drops the matches of phrases limited to another language than the message's (a German list on French text).</summary>
internal static class LanguageScope
{
    internal static void Apply(List<PhraseMatch> matches, CompiledRuleset ruleset, string language)
    {
        var patterns = ruleset.Matcher.Patterns;
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (ruleset.AppliesTo(patterns[matches[i].Pattern].Language, language))
            {
                matches[kept++] = matches[i];
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }
}
