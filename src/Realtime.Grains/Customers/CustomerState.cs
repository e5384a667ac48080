using Realtime.Contracts.Customers;

namespace Realtime.Grains.Customers;

[GenerateSerializer, Alias("customer-state")]
public sealed class CustomerState
{
    public const int MaxContacts = 500;

    /// <summary>Oldest first; the latest <see cref="MaxContacts"/>.</summary>
    [Id(0)] public List<Contact> Contacts { get; set; } = [];

    /// <summary>Rule key ("3/24h") → alert id of the last alert raised for it.</summary>
    [Id(1)] public Dictionary<string, string> Raised { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rule key → the contacts of its latest alert (so a window overlapping them raises nothing new).</summary>
    [Id(2)] public Dictionary<string, RepeatEpisode> Episodes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Adds a contact in time order; false when its conversation is already recorded.</summary>
    public bool Add(Contact contact)
    {
        if (Contacts.Exists(c => c.ConversationId == contact.ConversationId))
        {
            return false;
        }

        Contacts.Add(contact);
        Contacts.Sort(static (a, b) => a.At.CompareTo(b.At));
        if (Contacts.Count > MaxContacts)
        {
            Contacts.RemoveRange(0, Contacts.Count - MaxContacts);
        }

        return true;
    }
}
