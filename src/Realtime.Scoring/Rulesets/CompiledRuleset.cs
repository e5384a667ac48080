using System.Text.Json;
using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Pii;

namespace Realtime.Scoring.Rulesets;

/// <summary>
/// A ruleset prepared for the hot path: every phrase list (and every disclosure's phrases, as lists named
/// <c>disclosure.{topic}.{name}</c>, and their scope as <c>scope.{topic}.appliesWhen|notWhen</c>) in one matcher. Custom lists under <c>phrases</c> (unknown JSON arrays of strings)
/// are matched too, under their own names. The lists of <c>languagePhrases</c> are in the same matcher, marked with their
/// language; <see cref="AppliesTo"/> tells which of them a message's language uses. Immutable and thread-safe.
/// </summary>
public sealed class CompiledRuleset
{
    private CompiledRuleset(Ruleset source, PhraseMatcher matcher)
    {
        Source = source;
        Matcher = matcher;
        StoreContacts = StoreContactList.From(source);
        _storeLanguages = [.. source.Languages ?? []];
    }

    private readonly HashSet<string> _storeLanguages;

    public Ruleset Source { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>The store's own return addresses, phones and e-mails, which are not personal data.</summary>
    public StoreContactList StoreContacts { get; }

    public static CompiledRuleset Compile(Ruleset ruleset) => new(ruleset, PhraseMatcher.BuildWithLanguages(
        PhrasesOf(ruleset).Select(p => (p.List, p.Phrase, (string?)null)).Concat(LanguagePhrasesOf(ruleset))));

    /// <summary>
    /// Whether a phrase limited to <paramref name="phraseLanguage"/> applies to a message detected as
    /// <paramref name="messageLanguage"/>: the same language, or a language the store declares when the message's
    /// language is undetermined (or kanji-only text read as Chinese, for Japanese).
    /// </summary>
    public bool AppliesTo(string? phraseLanguage, string messageLanguage) =>
        phraseLanguage is null
        || phraseLanguage == messageLanguage
        || (_storeLanguages.Contains(phraseLanguage)
            && (messageLanguage == Language.LanguageDetector.Undetermined || (phraseLanguage == "ja" && messageLanguage == "zh")));

    /// <summary>Every (list, phrase, language) triple of the ruleset's <c>languagePhrases</c>; the built-in ones when absent.</summary>
    public static IEnumerable<(string List, string Phrase, string? Language)> LanguagePhrasesOf(Ruleset ruleset)
    {
        foreach (var (language, lists) in ruleset.LanguagePhrases ?? DefaultRulesets.LanguagePhrases)
        {
            foreach (var (list, phrase) in ListsOf(lists))
            {
                yield return (list, phrase, language);
            }
        }
    }

    /// <summary>Every (list, phrase) pair a ruleset matches in every language, in list order.</summary>
    public static IEnumerable<(string List, string Phrase)> PhrasesOf(Ruleset ruleset)
    {
        foreach (var pair in ListsOf(ruleset.Phrases))
        {
            yield return pair;
        }

        foreach (var disclosure in ruleset.Disclosures ?? [])
        {
            foreach (var required in disclosure.Required ?? [])
            {
                var name = DisclosureLists.Name(disclosure.Topic, required.Name);
                foreach (var phrase in required.AnyOf ?? [])
                {
                    yield return (name, phrase);
                }
            }

            foreach (var phrase in disclosure.AppliesWhen ?? [])
            {
                yield return (DisclosureLists.AppliesWhen(disclosure.Topic), phrase);
            }

            foreach (var phrase in disclosure.NotWhen ?? [])
            {
                yield return (DisclosureLists.NotWhen(disclosure.Topic), phrase);
            }
        }
    }

    private static IEnumerable<(string List, string Phrase)> ListsOf(PhraseLists? phrases)
    {
        if (phrases is null)
        {
            yield break;
        }

        (string Name, IReadOnlyList<string> Phrases)[] lists =
        [
            (PhraseListNames.Greeting, phrases.Greeting), (PhraseListNames.Closing, phrases.Closing),
            (PhraseListNames.Apology, phrases.Apology), (PhraseListNames.Banned, phrases.Banned),
            (PhraseListNames.Rude, phrases.Rude), (PhraseListNames.ComplaintThreat, phrases.ComplaintThreat),
            (PhraseListNames.Dismissive, phrases.Dismissive), (PhraseListNames.Exceptions, phrases.Exceptions),
            (PhraseListNames.CustomerAbuse, phrases.CustomerAbuse),
        ];
        foreach (var (name, list) in lists)
        {
            foreach (var phrase in list ?? [])
            {
                yield return (name, phrase);
            }
        }

        foreach (var (name, value) in phrases.Extra ?? [])
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } phrase)
                {
                    yield return (name, phrase);
                }
            }
        }
    }
}
