using System.Globalization;
using System.Text.Json;
using Realtime.Contracts.Import;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>
/// Checks a ruleset before it is published. Every error is reported at once, each naming its field by camelCase JSON
/// path (<c>sla.firstResponseWarnSeconds</c>, <c>phrases.banned[3]</c>, <c>repeatContact[1].severity</c>) and printing the
/// offending values.
/// </summary>
public static class RulesetValidator
{
    public static IReadOnlyList<RulesetError> Validate(Ruleset ruleset)
    {
        var errors = new List<RulesetError>();
        UnknownFields.Validate(ruleset, errors);
        ValidateSla(ruleset.Sla, errors);
        ValidateRepeatContact(ruleset.RepeatContact, errors);
        ValidateEscalation(ruleset.Escalation, errors);
        var total = PhraseRulesValidator.ValidatePhrases(ruleset.Phrases, errors);
        total += PhraseRulesValidator.ValidateDisclosures(ruleset.Disclosures, errors);
        total += PhraseRulesValidator.ValidateLanguagePhrases(ruleset, errors);
        if (total > RulesetLimits.MaxPhrasesTotal)
        {
            errors.Add(new("phrases", CatalogText.Of("validation.phrasesTotal", ("count", total), ("max", RulesetLimits.MaxPhrasesTotal))));
        }

        ValidateWeights(ruleset.Weights, errors);
        ValidateStoreContacts(ruleset.StoreContacts, errors);
        ValidateAutoFail(ruleset.AutoFail, errors);
        if (!(ruleset.QaLowScoreThreshold is >= 0 and <= 100))
        {
            errors.Add(new("qaLowScoreThreshold", CatalogText.Of("validation.between", ("min", 0), ("max", 100), ("value", Format(ruleset.QaLowScoreThreshold)))));
        }

        if (!(ruleset.ComplaintRiskThreshold is >= 0 and <= 1))
        {
            errors.Add(new("complaintRiskThreshold", CatalogText.Of("validation.between", ("min", 0), ("max", 1), ("value", Format(ruleset.ComplaintRiskThreshold)))));
        }

        ValidateConversion(ruleset.Conversion, errors);
        PlatformMetricsValidator.Validate(ruleset, errors);
        return errors;
    }

    private static void ValidateConversion(ConversionRules? conversion, List<RulesetError> errors)
    {
        if (conversion is null)
        {
            errors.Add(new("conversion", CatalogText.Of("validation.required")));
            return;
        }

        if (conversion.AttributionHours is < RulesetLimits.MinWindowHours or > RulesetLimits.MaxWindowHours)
        {
            errors.Add(new("conversion.attributionHours", CatalogText.Of("validation.between", ("min", RulesetLimits.MinWindowHours), ("max", RulesetLimits.MaxWindowHours), ("value", conversion.AttributionHours))));
        }

        if (conversion.TargetConversionPct is { } target && !(target is > 0 and <= 100))
        {
            errors.Add(new("conversion.targetConversionPct", CatalogText.Of("validation.aboveZeroAtMost", ("max", 100), ("value", Format(target)))));
        }

        if (conversion.Inquiry is not { } inquiry)
        {
            errors.Add(new("conversion.inquiry", CatalogText.Of("validation.required")));
            return;
        }

        string[] roles = ["preSales", "afterSales"];
        if (inquiry.Roles is null)
        {
            errors.Add(new("conversion.inquiry.roles", CatalogText.Of("validation.requiredInquiryRoles")));
        }
        else
        {
            for (var i = 0; i < inquiry.Roles.Count; i++)
            {
                if (!roles.Contains(inquiry.Roles[i]))
                {
                    errors.Add(new($"conversion.inquiry.roles[{i}]", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", roles)), ("value", inquiry.Roles[i]))));
                }
            }
        }

        if (inquiry.Topics is null)
        {
            errors.Add(new("conversion.inquiry.topics", CatalogText.Of("validation.requiredInquiryTopics")));
        }
        else
        {
            for (var i = 0; i < inquiry.Topics.Count; i++)
            {
                if (!RulesetLimits.Topics.Contains(inquiry.Topics[i]))
                {
                    errors.Add(new($"conversion.inquiry.topics[{i}]", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", RulesetLimits.Topics)), ("value", inquiry.Topics[i]))));
                }
            }
        }
    }

    private static void ValidateSla(SlaThresholds? sla, List<RulesetError> errors)
    {
        if (sla is null)
        {
            errors.Add(new("sla", CatalogText.Of("validation.required")));
            return;
        }

        ValidatePair("firstResponse", sla.FirstResponseWarnSeconds, sla.FirstResponseBreachSeconds, errors);
        ValidatePair("nextResponse", sla.NextResponseWarnSeconds, sla.NextResponseBreachSeconds, errors);
    }

    private static void ValidatePair(string name, int warn, int breach, List<RulesetError> errors)
    {
        var warnValid = ValidateSeconds($"sla.{name}WarnSeconds", warn, errors);
        var breachValid = ValidateSeconds($"sla.{name}BreachSeconds", breach, errors);
        if (warnValid && breachValid && warn >= breach)
        {
            errors.Add(new($"sla.{name}WarnSeconds", CatalogText.Of("validation.warnBeforeBreach", ("warn", warn), ("breach", breach))));
        }
    }

    private static bool ValidateSeconds(string field, int seconds, List<RulesetError> errors)
    {
        if (seconds is > 0 and <= RulesetLimits.MaxSlaSeconds)
        {
            return true;
        }

        errors.Add(new(field, CatalogText.Of("validation.betweenSeconds", ("min", 1), ("max", RulesetLimits.MaxSlaSeconds), ("value", seconds))));
        return false;
    }

    private static void ValidateRepeatContact(IReadOnlyList<RepeatContactRule>? rules, List<RulesetError> errors)
    {
        if (rules is null)
        {
            errors.Add(new("repeatContact", CatalogText.Of("validation.requiredRepeatContact")));
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var at = $"repeatContact[{i}]";
            if (rule is null)
            {
                errors.Add(new(at, CatalogText.Of("validation.object")));
                continue;
            }

            if (rule.Count is < RulesetLimits.MinRepeatCount or > RulesetLimits.MaxRepeatCount)
            {
                errors.Add(new($"{at}.count", CatalogText.Of("validation.between", ("min", RulesetLimits.MinRepeatCount), ("max", RulesetLimits.MaxRepeatCount), ("value", rule.Count))));
            }

            if (rule.WindowHours is < RulesetLimits.MinWindowHours or > RulesetLimits.MaxWindowHours)
            {
                errors.Add(new($"{at}.windowHours", CatalogText.Of("validation.between", ("min", RulesetLimits.MinWindowHours), ("max", RulesetLimits.MaxWindowHours), ("value", rule.WindowHours))));
            }

            if (rule.Severity is null || !RulesetLimits.Severities.Contains(rule.Severity))
            {
                errors.Add(new($"{at}.severity", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", RulesetLimits.Severities)), ("value", rule.Severity))));
            }
        }
    }

    private static void ValidateEscalation(EscalationPolicy? escalation, List<RulesetError> errors)
    {
        if (escalation is null)
        {
            errors.Add(new("escalation", CatalogText.Of("validation.required")));
            return;
        }

        if (escalation.AckTimeoutSeconds is < RulesetLimits.MinAckTimeoutSeconds or > RulesetLimits.MaxAckTimeoutSeconds)
        {
            errors.Add(new(
                "escalation.ackTimeoutSeconds",
                CatalogText.Of("validation.betweenSeconds", ("min", RulesetLimits.MinAckTimeoutSeconds), ("max", RulesetLimits.MaxAckTimeoutSeconds), ("value", escalation.AckTimeoutSeconds))));
        }

        if (escalation.SecondLevelSeconds is < RulesetLimits.MinAckTimeoutSeconds or > RulesetLimits.MaxAckTimeoutSeconds)
        {
            errors.Add(new(
                "escalation.secondLevelSeconds",
                CatalogText.Of("validation.betweenSeconds", ("min", RulesetLimits.MinAckTimeoutSeconds), ("max", RulesetLimits.MaxAckTimeoutSeconds), ("value", escalation.SecondLevelSeconds))));
        }
    }

    private static void ValidateWeights(RoleWeights? weights, List<RulesetError> errors)
    {
        if (weights is null)
        {
            errors.Add(new("weights", CatalogText.Of("validation.required")));
            return;
        }

        ValidateRoleWeights("weights.preSales", weights.PreSales, errors);
        ValidateRoleWeights("weights.afterSales", weights.AfterSales, errors);
    }

    private static void ValidateRoleWeights(string field, DimensionWeights? weights, List<RulesetError> errors)
    {
        if (weights is null)
        {
            errors.Add(new(field, CatalogText.Of("validation.required")));
            return;
        }

        (string Name, double Value)[] parts =
        [
            ("responsiveness", weights.Responsiveness), ("resolution", weights.Resolution), ("compliance", weights.Compliance),
            ("courtesy", weights.Courtesy), ("conversion", weights.Conversion),
        ];
        var allInRange = true;
        foreach (var (name, value) in parts)
        {
            if (!(value is >= 0 and <= 1))
            {
                errors.Add(new($"{field}.{name}", CatalogText.Of("validation.between", ("min", 0), ("max", 1), ("value", Format(value)))));
                allInRange = false;
            }
        }

        var sum = parts.Sum(p => p.Value);
        if (allInRange && Math.Abs(sum - 1) > RulesetLimits.WeightSumTolerance)
        {
            errors.Add(new(field, CatalogText.Of("validation.weightsSum", ("value", Format(sum)))));
        }
    }

    private static void ValidateAutoFail(IReadOnlyList<string?>? items, List<RulesetError> errors)
    {
        if (items is null)
        {
            errors.Add(new("autoFail", CatalogText.Of("validation.array")));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item || !RuleIds.AutoFailItems.Contains(item))
            {
                errors.Add(new($"autoFail[{i}]", CatalogText.Of("validation.oneOf", ("allowed", string.Join(", ", RuleIds.AutoFailItems)), ("value", items[i]))));
            }
        }
    }

    private static void ValidateStoreContacts(StoreContacts? contacts, List<RulesetError> errors)
    {
        if (contacts is null)
        {
            return;
        }

        ValidateContactList("storeContacts.returnAddresses", contacts.ReturnAddresses, errors);
        ValidateContactList("storeContacts.phones", contacts.Phones, errors);
        ValidateContactList("storeContacts.emails", contacts.Emails, errors);
    }

    private static void ValidateContactList(string field, IReadOnlyList<string?>? values, List<RulesetError> errors)
    {
        if (values is null)
        {
            errors.Add(new(field, CatalogText.Of("validation.arrayOfStrings")));
            return;
        }

        if (values.Count > RulesetLimits.MaxStoreContacts)
        {
            errors.Add(new(field, CatalogText.Of("validation.tooManyEntries", ("count", values.Count), ("max", RulesetLimits.MaxStoreContacts))));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                errors.Add(new($"{field}[{i}]", CatalogText.Of("validation.nonEmptyString")));
            }
            else if (values[i]!.Length > RulesetLimits.MaxPhraseLength * 2)
            {
                errors.Add(new($"{field}[{i}]", CatalogText.Of("validation.phraseTooLong", ("length", values[i]!.Length), ("max", RulesetLimits.MaxPhraseLength * 2))));
            }
        }
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
