using Realtime.Contracts.Alerts;
using Realtime.Contracts.Customers;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Alerts;
using Realtime.Grains.Time;

namespace Realtime.Grains.Customers;

/// <summary>Which repeat-contact rules a contact history reaches at a given contact.</summary>
public static class RepeatContactRules
{
    private const string RulePrefix = "repeatContact.";

    public static string Key(RepeatContactRule rule) => $"{rule.Count}/{rule.WindowHours}h";

    /// <summary>The rule key of an alert's rule id ("repeatContact.3/24h" → "3/24h").</summary>
    public static string KeyOf(string ruleId) => ruleId[RulePrefix.Length..];

    /// <summary>The contacts in the rule's window ending at <paramref name="at"/> (inclusive).</summary>
    public static List<Contact> InWindow(IReadOnlyList<Contact> contacts, RepeatContactRule rule, DateTimeOffset at) =>
        contacts.Where(c => c.At <= at && c.At > SaturatingTime.AddHours(at, -rule.WindowHours)).OrderBy(c => c.At).ToList();

    /// <summary>An alert for every rule whose window, ending at <paramref name="contact"/>, holds enough contacts.</summary>
    public static List<AlertDraft> Drafts(string customerId, IReadOnlyList<Contact> contacts, Ruleset ruleset, Contact contact, string? teamId)
    {
        var drafts = new List<AlertDraft>();
        foreach (var rule in ruleset.RepeatContact)
        {
            var inWindow = InWindow(contacts, rule, contact.At);
            if (inWindow.Count < rule.Count)
            {
                continue;
            }

            var key = Key(rule);
            var ids = string.Join(", ", inWindow.Select(c => c.ConversationId));
            drafts.Add(new AlertDraft
            {
                // One alert per episode: the window's first contact identifies it.
                ConditionKey = $"repeat.contact:{customerId}:{key}:{inWindow[0].ConversationId}",
                Kind = AlertKinds.RepeatContact,
                Severity = rule.Severity,
                Message = $"{key}: customer {customerId} contacted {inWindow.Count} times within {rule.WindowHours} h.",
                Evidence = $"Conversations: {ids}",
                RuleId = RulePrefix + key,
                ConversationId = contact.ConversationId,
                CustomerId = customerId,
                TeamId = teamId,
            });
        }

        return drafts;
    }
}
