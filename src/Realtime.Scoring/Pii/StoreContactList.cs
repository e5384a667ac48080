using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Pii;

/// <summary>
/// The store's own contact data from <c>storeContacts</c>, folded for comparison: a phone or e-mail found in a message
/// that equals a listed one, or an address found that is part of a listed return address, is the store's, not a
/// customer's. A longer address (the customer's flat in the same building) is not part of it and stays personal data.
/// </summary>
public sealed class StoreContactList
{
    private readonly string[] _addresses;
    private readonly string[] _phones;
    private readonly string[] _emails;

    private StoreContactList(string[] addresses, string[] phones, string[] emails, string[] returnAddressTags)
    {
        _addresses = addresses;
        _phones = phones;
        _emails = emails;
        ReturnAddressTags = returnAddressTags;
    }

    public static StoreContactList Empty { get; } = new([], [], [], []);

    /// <summary>The disclosure tags a listed return address satisfies: every required disclosure named <c>returnAddress</c>.</summary>
    public IReadOnlyList<string> ReturnAddressTags { get; }

    public bool IsEmpty => _addresses.Length == 0 && _phones.Length == 0 && _emails.Length == 0;

    public static StoreContactList From(Ruleset ruleset)
    {
        var contacts = ruleset.StoreContacts;
        if (contacts is null)
        {
            return Empty;
        }

        var tags = (ruleset.Disclosures ?? [])
            .SelectMany(d => (d.Required ?? []).Where(r => r.Name == "returnAddress").Select(r => DisclosureLists.Name(d.Topic, r.Name)))
            .Distinct()
            .ToArray();
        return new StoreContactList(
            Keys(contacts.ReturnAddresses, AddressKey),
            Keys(contacts.Phones, PhoneKey),
            Keys(contacts.Emails, s => TextNormalizer.Normalize(s.Trim())),
            tags);
    }

    /// <summary>True when <paramref name="found"/> (a detector match on folded text) is one of the store's own.</summary>
    public bool IsStores(string kind, ReadOnlySpan<char> found) => kind switch
    {
        PiiKinds.Address => _addresses.Length > 0 && IsPartOfListedAddress(AddressKey(found.ToString())),
        PiiKinds.Phone => Array.IndexOf(_phones, PhoneKey(found.ToString())) >= 0,
        PiiKinds.Email => Array.IndexOf(_emails, found.ToString()) >= 0,
        _ => false,
    };

    /// <summary>Drops the store's own contacts from <paramref name="pii"/>; true when one of them was a listed return address.</summary>
    public bool RemoveStores(ReadOnlySpan<char> normalized, List<PiiMatch> pii)
    {
        if (IsEmpty || pii.Count == 0)
        {
            return false;
        }

        var returnAddress = false;
        var kept = 0;
        for (var i = 0; i < pii.Count; i++)
        {
            var match = pii[i];
            if (IsStores(match.Kind, normalized.Slice(match.Start, match.Length)))
            {
                returnAddress |= match.Kind == PiiKinds.Address;
                continue;
            }

            pii[kept++] = match;
        }

        pii.RemoveRange(kept, pii.Count - kept);
        return returnAddress;
    }

    // The detector may take a verb before the address along ("寄回上海市…" starts at 回), so up to three leading
    // characters may be dropped; nothing at the end may (a room number there makes it someone's flat).
    private bool IsPartOfListedAddress(string key)
    {
        for (var skip = 0; skip <= 3 && key.Length - skip >= MinAddressKey; skip++)
        {
            foreach (var address in _addresses)
            {
                if (address.AsSpan().Contains(key.AsSpan(skip), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MinAddressKey = 4;

    private static string[] Keys(IReadOnlyList<string>? values, Func<string, string> key) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(key).Where(k => k.Length > 0).Distinct()];

    private static string AddressKey(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        return new string([.. folded.Where(char.IsLetterOrDigit)]);
    }

    // Digits only, without a mainland country prefix: "+86 400-820-8820" and "4008208820" are one number.
    private static string PhoneKey(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            return digits[4..];
        }

        return digits.Length > 11 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
