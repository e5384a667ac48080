using Realtime.Contracts.Alerts;
using Realtime.Contracts.Customers;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Incidents;
using Realtime.Grains.Time;

namespace Realtime.Grains.Customers;

/// <summary>
/// Which repeat-contact rules a customer's contacts reach, judged on event time: a new contact is checked against
/// every window it falls in (also windows ending at later contacts that arrived first), and contacts already named
/// by a rule's alert make the same episode, not a new alert. So the outcome does not depend on arrival order or
/// batching. A stronger rule (higher severity, then shorter window) inhibits a weaker one over the same contacts.
/// </summary>
public static class RepeatContactRules
{
    private const string RulePrefix = "repeatContact.";

    public static string Key(RepeatContactRule rule) => $"{rule.Count}/{rule.WindowHours}h";

    /// <summary>The rule key of an alert's rule id ("repeatContact.3/24h" → "3/24h").</summary>
    public static string KeyOf(string ruleId) => ruleId[RulePrefix.Length..];

    /// <summary>The contacts in the rule's window ending at <paramref name="at"/> (inclusive).</summary>
    public static List<Contact> InWindow(IReadOnlyList<Contact> contacts, RepeatContactRule rule, DateTimeOffset at) =>
        contacts.Where(c => c.At <= at && c.At > SaturatingTime.AddHours(at, -rule.WindowHours)).OrderBy(c => c.At).ToList();

    /// <summary>Strongest first: the order rules are judged in, so a stronger one can inhibit a weaker one.</summary>
    public static IEnumerable<RepeatContactRule> ByStrength(IEnumerable<RepeatContactRule> rules) =>
        rules.OrderByDescending(r => Severities.Rank(r.Severity)).ThenBy(r => r.WindowHours).ThenByDescending(r => r.Count);

    /// <summary>
    /// Judges a newly recorded contact: the alerts to raise (new episodes), and the weaker rules' alerts to resolve
    /// because a stronger rule now covers their contacts. Updates <paramref name="state"/>'s episodes.
    /// </summary>
    public static (List<AlertDraft> Drafts, List<SystemResolution> Inhibited) Judge(
        string customerId, CustomerState state, Ruleset ruleset, Contact contact, string? teamId)
    {
        var drafts = new List<AlertDraft>();
        var inhibited = new List<SystemResolution>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ByStrength(ruleset.RepeatContact))
        {
            var key = Key(rule);
            var matched = Matched(state.Contacts, rule, contact);
            if (matched.Count == 0)
            {
                continue;
            }

            var ids = matched.Select(c => c.ConversationId).ToList();
            if (ids.Exists(covered.Contains))
            {
                // A stronger rule names these contacts already: this weaker rule's alert would tell the same story again.
                if (state.Episodes.TryGetValue(key, out var weaker) && weaker.ConversationIds.Intersect(ids, StringComparer.Ordinal).Any())
                {
                    inhibited.Add(new SystemResolution(weaker.ConditionKey, AutoResolveReasons.InhibitedByStrongerRule));
                }

                continue;
            }

            if (state.Episodes.TryGetValue(key, out var episode) && episode.ConversationIds.Intersect(ids, StringComparer.Ordinal).Any())
            {
                episode.ConversationIds = [.. episode.ConversationIds.Union(ids, StringComparer.Ordinal)];
                covered.UnionWith(episode.ConversationIds);
                continue;
            }

            var conditionKey = $"repeat.contact:{customerId}:{key}:{ids[0]}";
            state.Episodes[key] = new RepeatEpisode { ConditionKey = conditionKey, ConversationIds = ids };
            covered.UnionWith(ids);
            var message = Text.Of("alert.repeatContact", ("rule", key), ("customerId", customerId), ("count", matched.Count), ("hours", rule.WindowHours));
            var evidence = Text.Of("evidence.conversations", ("ids", string.Join(", ", ids)));
            drafts.Add(new AlertDraft
            {
                ConditionKey = conditionKey,
                Kind = AlertKinds.RepeatContact,
                Severity = rule.Severity,
                Message = message.Render(TextCatalog.English),
                MessageText = message,
                Evidence = evidence.Render(TextCatalog.English),
                EvidenceText = evidence,
                RuleId = RulePrefix + key,
                ConversationId = contact.ConversationId,
                CustomerId = customerId,
                TeamId = teamId,
            });
        }

        return (drafts, inhibited);
    }

    /// <summary>
    /// The contacts of every window holding <paramref name="contact"/> that reaches the rule's count, in time order:
    /// windows ending at it and at each later contact still within the window's length of it.
    /// </summary>
    private static List<Contact> Matched(IReadOnlyList<Contact> contacts, RepeatContactRule rule, Contact contact)
    {
        var matched = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (var end in contacts.Where(c => c.At >= contact.At && c.At < SaturatingTime.AddHours(contact.At, rule.WindowHours)))
        {
            var window = InWindow(contacts, rule, end.At);
            if (window.Count >= rule.Count)
            {
                foreach (var c in window)
                {
                    matched[c.ConversationId] = c;
                }
            }
        }

        return [.. matched.Values.OrderBy(c => c.At).ThenBy(c => c.ConversationId, StringComparer.Ordinal)];
    }
}
