using System.Globalization;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>Checks the ruleset's <c>timeZone</c> and <c>platformMetrics</c>, each error naming its field.</summary>
public static class PlatformMetricsValidator
{
    public const int MaxRules = 20;
    public const int MaxNameLength = 64;
    public const int MaxReplySeconds = 3600;
    public const int MaxMinRounds = 10_000;
    private static readonly string[] Units = [PlatformMetricRule.UnitRound, PlatformMetricRule.UnitCustomerDay];

    public static void Validate(Ruleset ruleset, List<RulesetError> errors)
    {
        if (ruleset.TimeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(ruleset.TimeZone, out _))
        {
            errors.Add(new("timeZone", CatalogText.Of("validation.timeZone", ("value", ruleset.TimeZone))));
        }

        if (ruleset.PlatformMetrics is not { } rules)
        {
            errors.Add(new("platformMetrics", CatalogText.Of("validation.required")));
            return;
        }

        if (rules.Count > MaxRules)
        {
            errors.Add(new("platformMetrics", CatalogText.Of("validation.tooManyEntries", ("count", rules.Count), ("max", MaxRules))));
        }

        var seen = new HashSet<(string?, string?)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var at = $"platformMetrics[{i}]";
            if (rules[i] is not { } rule)
            {
                errors.Add(new(at, CatalogText.Of("validation.required")));
                continue;
            }

            if (rule.Platform is null || !Vocabulary.Platforms.Contains(rule.Platform))
            {
                errors.Add(new($"{at}.platform", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", Vocabulary.Platforms)), ("value", rule.Platform))));
            }

            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > MaxNameLength)
            {
                errors.Add(new($"{at}.name", CatalogText.Of("validation.nameLength", ("max", MaxNameLength))));
            }
            else if (!seen.Add((rule.Platform, rule.Name)))
            {
                errors.Add(new($"{at}.name", CatalogText.Of("validation.platformMetricDuplicate", ("platform", rule.Platform), ("name", rule.Name))));
            }

            Between($"{at}.replyWithinSeconds", rule.ReplyWithinSeconds, 1, MaxReplySeconds, errors);
            Between($"{at}.minRounds", rule.MinRounds, 1, MaxMinRounds, errors);
            Between($"{at}.target", rule.Target, 0, 100, errors);
            Between($"{at}.warnMarginPct", rule.WarnMarginPct, 0, 100, errors);
            if (rule.Unit is null || !Units.Contains(rule.Unit))
            {
                errors.Add(new($"{at}.unit", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", Units)), ("value", rule.Unit))));
            }

            var window = rule.Window;
            if (window is null
                || !LocalTimeWindow.TryParseTime(window.From, out var from) || !LocalTimeWindow.TryParseTime(window.To, out var to)
                || from == to || from == TimeSpan.FromHours(24))
            {
                errors.Add(new($"{at}.window", CatalogText.Of("validation.timeWindow", ("from", window?.From), ("to", window?.To))));
            }
        }
    }

    private static void Between(string field, double value, double min, double max, List<RulesetError> errors)
    {
        if (!(value >= min && value <= max))
        {
            errors.Add(new(field, CatalogText.Of("validation.between", ("min", min), ("max", max), ("value", value.ToString("0.###", CultureInfo.InvariantCulture)))));
        }
    }
}
