using Realtime.Contracts.Customers;
using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Customers;

/// <summary>Which repeat-contact rules a contact history reaches at a given contact.</summary>
public static class RepeatContactRules
{
    public static string Key(RepeatContactRule rule) => $"{rule.Count}/{rule.WindowHours}h";

    /// <summary>The contacts in the rule's window ending at <paramref name="at"/> (inclusive).</summary>
    public static List<Contact> InWindow(IReadOnlyList<Contact> contacts, RepeatContactRule rule, DateTimeOffset at) =>
        contacts.Where(c => c.At <= at && c.At > at.AddHours(-rule.WindowHours)).OrderBy(c => c.At).ToList();
}
