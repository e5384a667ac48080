using System.Text.Json;
using Realtime.Contracts.Import;
using Realtime.Contracts.Rulesets;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>
/// Unknown fields of a ruleset are kept and written back (CONTRACT §5): one holding text no JSON writer can write (an
/// escaped unpaired surrogate such as <c>\ud800</c>) is refused by name instead of failing every later read.
/// </summary>
public static class UnknownFields
{
    public static void Validate(Ruleset ruleset, List<RulesetError> errors)
    {
        Check(string.Empty, ruleset.Extra, errors);
        Check("sla.", ruleset.Sla?.Extra, errors);
        Check("escalation.", ruleset.Escalation?.Extra, errors);
        Check("phrases.", ruleset.Phrases?.Extra, errors);
        Check("conversion.", ruleset.Conversion?.Extra, errors);
        foreach (var (language, phrases) in ruleset.LanguagePhrases ?? new Dictionary<string, PhraseLists>())
        {
            Check($"languagePhrases.{language}.", phrases?.Extra, errors);
        }

        for (var i = 0; i < (ruleset.PlatformMetrics?.Count ?? 0); i++)
        {
            Check($"platformMetrics[{i}].", ruleset.PlatformMetrics![i]?.Extra, errors);
        }
    }

    private static void Check(string prefix, Dictionary<string, JsonElement>? extra, List<RulesetError> errors)
    {
        foreach (var (name, value) in extra ?? [])
        {
            if (!JsonUnicode.IsValid(name) || !JsonUnicode.IsValid(value))
            {
                errors.Add(new(prefix + (JsonUnicode.IsValid(name) ? name : "?"), CatalogText.Of("validation.invalidUnicode")));
            }
        }
    }
}
