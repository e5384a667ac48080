using System.Globalization;
using System.Text.Json;
using Realtime.Contracts.Import;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>The phrase lists and disclosure rules of a ruleset: each list's entries, and how many phrases they add up to.</summary>
internal static class PhraseRulesValidator
{
    /// <summary>
    /// <c>languagePhrases</c>: keys are ISO 639-1 codes, each value a set of phrase lists; <c>languages</c>: codes too.
    /// </summary>
    internal static int ValidateLanguagePhrases(Ruleset ruleset, List<RulesetError> errors)
    {
        var total = 0;
        foreach (var (language, phrases) in ruleset.LanguagePhrases ?? new Dictionary<string, PhraseLists>())
        {
            if (!IsLanguageCode(language))
            {
                errors.Add(new("languagePhrases", CatalogText.Of("validation.languageCode", ("value", language))));
            }

            total += ValidatePhrases(phrases, errors, $"languagePhrases.{language}");
        }

        var languages = ruleset.Languages ?? [];
        for (var i = 0; i < languages.Count; i++)
        {
            if (!IsLanguageCode(languages[i]))
            {
                errors.Add(new($"languages[{i}]", CatalogText.Of("validation.languageCode", ("value", languages[i]))));
            }
        }

        return total;
    }

    private static bool IsLanguageCode(string? code) => code is { Length: 2 } && code.All(c => c is >= 'a' and <= 'z');

    internal static int ValidatePhrases(PhraseLists? phrases, List<RulesetError> errors, string field = "phrases")
    {
        if (phrases is null)
        {
            errors.Add(new(field, CatalogText.Of("validation.required")));
            return 0;
        }

        var total = 0;
        total += ValidateList($"{field}.greeting", phrases.Greeting, errors);
        total += ValidateList($"{field}.closing", phrases.Closing, errors);
        total += ValidateList($"{field}.apology", phrases.Apology, errors);
        total += ValidateList($"{field}.banned", phrases.Banned, errors);
        total += ValidateList($"{field}.rude", phrases.Rude, errors);
        total += ValidateList($"{field}.complaintThreat", phrases.ComplaintThreat, errors);
        total += ValidateList($"{field}.dismissive", phrases.Dismissive, errors);
        total += ValidateList($"{field}.exceptions", phrases.Exceptions, errors);
        total += ValidateList($"{field}.customerAbuse", phrases.CustomerAbuse, errors);
        foreach (var (name, value) in phrases.Extra ?? [])
        {
            // Invalid text is already refused by UnknownFields; reading it here would throw.
            if (value.ValueKind != JsonValueKind.Array || !JsonUnicode.IsValid(value))
            {
                continue;
            }

            var custom = new List<string?>();
            foreach (var item in value.EnumerateArray())
            {
                custom.Add(item.ValueKind == JsonValueKind.String ? item.GetString() : null);
            }

            total += ValidateList($"{field}.{name}", custom, errors);
        }

        return total;
    }

    private static int ValidateList(string field, IReadOnlyList<string?>? phrases, List<RulesetError> errors)
    {
        if (phrases is null)
        {
            errors.Add(new(field, CatalogText.Of("validation.arrayOfStrings")));
            return 0;
        }

        if (phrases.Count > RulesetLimits.MaxPhrasesPerList)
        {
            errors.Add(new(field, CatalogText.Of("validation.listTooLong", ("count", phrases.Count), ("max", RulesetLimits.MaxPhrasesPerList))));
        }

        for (var i = 0; i < phrases.Count; i++)
        {
            var phrase = phrases[i];
            if (string.IsNullOrWhiteSpace(phrase))
            {
                errors.Add(new($"{field}[{i}]", CatalogText.Of("validation.nonEmptyString")));
            }
            else if (phrase.Trim().Length > RulesetLimits.MaxPhraseLength)
            {
                errors.Add(new($"{field}[{i}]", CatalogText.Of("validation.phraseTooLong", ("length", phrase.Trim().Length), ("max", RulesetLimits.MaxPhraseLength))));
            }
        }

        return phrases.Count;
    }

    internal static int ValidateDisclosures(IReadOnlyList<DisclosureRule>? disclosures, List<RulesetError> errors)
    {
        if (disclosures is null)
        {
            errors.Add(new("disclosures", CatalogText.Of("validation.requiredDisclosures")));
            return 0;
        }

        var total = 0;
        for (var d = 0; d < disclosures.Count; d++)
        {
            var rule = disclosures[d];
            var at = $"disclosures[{d}]";
            if (rule is null)
            {
                errors.Add(new(at, CatalogText.Of("validation.object")));
                continue;
            }

            if (rule.Topic is null || !RulesetLimits.Topics.Contains(rule.Topic))
            {
                errors.Add(new($"{at}.topic", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", RulesetLimits.Topics)), ("value", rule.Topic))));
            }

            if (rule.Required is null)
            {
                errors.Add(new($"{at}.required", CatalogText.Of("validation.array")));
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var r = 0; r < rule.Required.Count; r++)
            {
                var required = rule.Required[r];
                var requiredAt = $"{at}.required[{r}]";
                if (required is null)
                {
                    errors.Add(new(requiredAt, CatalogText.Of("validation.object")));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(required.Name))
                {
                    errors.Add(new($"{requiredAt}.name", CatalogText.Of("validation.nonEmptyString")));
                }
                else if (!names.Add(required.Name))
                {
                    errors.Add(new($"{requiredAt}.name", CatalogText.Of("validation.duplicateDisclosure", ("name", required.Name), ("topic", rule.Topic))));
                }

                if (required.AnyOf is null || required.AnyOf.Count == 0)
                {
                    errors.Add(new($"{requiredAt}.anyOf", CatalogText.Of("validation.atLeastOnePhrase")));
                }
                else
                {
                    total += ValidateList($"{requiredAt}.anyOf", required.AnyOf, errors);
                }
            }

            total += rule.AppliesWhen is null ? 0 : ValidateList($"{at}.appliesWhen", rule.AppliesWhen, errors);
            total += rule.NotWhen is null ? 0 : ValidateList($"{at}.notWhen", rule.NotWhen, errors);
        }

        return total;
    }
}
