using Realtime.Contracts.Alerts;
using Realtime.Contracts.Customers;
using Realtime.Grains.Alerts;
using Realtime.Grains.Rulesets;

namespace Realtime.Grains.Customers;

/// <summary>
/// A customer's contact history, for repeat-contact rules. Called once per conversation, when it starts, and let go
/// as soon as the contact is saved: at peak most customers contact once, and an activation kept for nothing cost
/// about 2 KB per open conversation (measured in the e2e memory phase). A view keeps it 2 minutes, not Orleans' 15.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class CustomerGrain(
    [PersistentState("customer", GrainStorage.Name)] IPersistentState<CustomerState> state,
    RulesetProvider rulesets,
    TimeProvider time) : Grain, ICustomerGrain
{
    private const int MaxContacts = 500;
    private const string RulePrefix = "repeatContact.";

    async Task ICustomerGrain.RecordContactAsync(Contact contact, string? teamId, bool historical)
    {
        var contacts = state.State.Contacts;
        if (contacts.Exists(c => c.ConversationId == contact.ConversationId))
        {
            return;
        }

        contacts.Add(contact);
        contacts.Sort((a, b) => a.At.CompareTo(b.At));
        if (contacts.Count > MaxContacts)
        {
            contacts.RemoveRange(0, contacts.Count - MaxContacts);
        }

        var drafts = historical ? [] : await RepeatContactDraftsAsync(contact, teamId);
        await state.WriteStateAsync();
        if (drafts.Count > 0)
        {
            var raised = await GrainFactory.Reference<IAlertBookGrain>(contact.StoreId).RaiseAsync(drafts);
            foreach (var answer in raised)
            {
                state.State.Raised[answer.Alert.RuleId![RulePrefix.Length..]] = answer.Alert.AlertId;
            }

            await state.WriteStateAsync();
        }

        DeactivateOnIdle();
    }

    async Task<CustomerView> ICustomerGrain.GetViewAsync()
    {
        var now = time.GetUtcNow();
        var contacts = state.State.Contacts;
        var rules = contacts.Count > 0 ? (await rulesets.GetAsync(contacts[^1].StoreId)).Source.RepeatContact : [];
        return new CustomerView
        {
            CustomerId = this.GetPrimaryKeyString(),
            Contacts = [.. contacts.OrderByDescending(c => c.At)],
            RepeatContact = rules.Select(rule =>
            {
                var inWindow = RepeatContactRules.InWindow(contacts, rule, now).Count;
                var key = RepeatContactRules.Key(rule);
                var raised = state.State.Raised.TryGetValue(key, out var alertId);
                return new RepeatContactState(rule.Count, rule.WindowHours, rule.Severity, inWindow, raised, raised ? alertId : null);
            }).ToList(),
        };
    }

    private async Task<List<AlertDraft>> RepeatContactDraftsAsync(Contact contact, string? teamId)
    {
        var ruleset = (await rulesets.GetAsync(contact.StoreId)).Source;
        var drafts = new List<AlertDraft>();
        foreach (var rule in ruleset.RepeatContact)
        {
            var inWindow = RepeatContactRules.InWindow(state.State.Contacts, rule, contact.At);
            if (inWindow.Count < rule.Count)
            {
                continue;
            }

            var key = RepeatContactRules.Key(rule);
            var ids = string.Join(", ", inWindow.Select(c => c.ConversationId));
            drafts.Add(new AlertDraft
            {
                // One alert per episode: the window's first contact identifies it.
                ConditionKey = $"repeat.contact:{this.GetPrimaryKeyString()}:{key}:{inWindow[0].ConversationId}",
                Kind = AlertKinds.RepeatContact,
                Severity = rule.Severity,
                Message = $"{key}: customer {this.GetPrimaryKeyString()} contacted {inWindow.Count} times within {rule.WindowHours} h.",
                Evidence = $"Conversations: {ids}",
                RuleId = RulePrefix + key,
                ConversationId = contact.ConversationId,
                CustomerId = this.GetPrimaryKeyString(),
                TeamId = teamId,
            });
        }

        return drafts;
    }
}
