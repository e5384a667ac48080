using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Language;
using Realtime.Scoring.Models;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Pii;
using Realtime.Scoring.Rules;
using Realtime.Scoring.Rulesets;
using Realtime.Scoring.Text;

namespace Realtime.Scoring;

/// <summary>
/// Scores one message: fold the text, detect the language, match every phrase list in one pass (keeping the lists of
/// that language and the shared ones), find and mask personal data, run the models on customer messages (the mood
/// lexicon for ja/de/fr/es), and turn agent findings into deductions. Thread-safe: all state is per call or per thread.
/// </summary>
public sealed class MessageScorer(ITextModels? models = null) : IMessageScorer
{
    private readonly ITextModels? _models = models;

    public MessageAnalysis Score(string text, string sender, CompiledRuleset ruleset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ruleset);

        var scratch = Scratch.Rent();
        var normalized = scratch.Normalized(text.Length);
        TextNormalizer.Normalize(text, normalized);
        var language = LanguageDetector.Detect(text);
        ruleset.Matcher.FindAll(normalized, scratch.Matches);
        LanguageScope.Apply(scratch.Matches, ruleset, language);
        ContextRules.Apply(scratch.Matches, ruleset.Matcher.Patterns);
        PiiDetector.FindAll(text, normalized, scratch.Pii);
        var sentReturnAddress = ruleset.StoreContacts.RemoveStores(normalized, scratch.Pii);
        var masked = PiiMasker.Mask(text, normalized, scratch.Pii);

        var patterns = ruleset.Matcher.Patterns;
        var hits = BuildHits(scratch.Matches, patterns, masked);
        var pii = BuildPii(scratch.Pii, masked);
        var tags = BuildTags(scratch, patterns, sentReturnAddress ? ruleset.StoreContacts.ReturnAddressTags : []);
        var scoresAgent = sender is Senders.Agent or Senders.Bot;
        var deductions = scoresAgent ? AgentDeductions.For(scratch.Matches, scratch.Pii, patterns, masked) : [];

        TextPrediction? prediction = sender != Senders.Customer || text.Length == 0 ? null
            : MoodLexicon.Supports(language) ? MoodLexicon.Predict(language, text, ExplicitHits(hits))
            : _models?.Predict(text);

        return new MessageAnalysis
        {
            Language = language,
            MaskedText = masked,
            Tags = tags,
            Hits = hits,
            Pii = pii,
            Deductions = deductions,
            Sentiment = prediction?.Sentiment,
            SentimentConfidence = prediction?.SentimentConfidence,
            Topic = prediction?.Topic,
            TopicConfidence = prediction?.TopicConfidence,
            ComplaintRisk = prediction?.ComplaintRisk,
        };
    }

    private static int ExplicitHits(PhraseHit[] hits) =>
        hits.Count(h => h.List is PhraseListNames.ComplaintThreat or PhraseListNames.CustomerAbuse);

    private static PhraseHit[] BuildHits(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns, string masked)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var hits = new PhraseHit[matches.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var match = matches[i];
            var pattern = patterns[match.Pattern];
            hits[i] = new PhraseHit(pattern.List, pattern.Phrase, match.Start, match.Length, masked.Substring(match.Start, match.Length));
        }

        return hits;
    }

    private static PiiHit[] BuildPii(List<PiiMatch> matches, string masked)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var hits = new PiiHit[matches.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var match = matches[i];
            hits[i] = new PiiHit(match.Kind, match.Start, match.Length, masked.Substring(match.Start, match.Length));
        }

        return hits;
    }

    private static string[] BuildTags(Scratch scratch, IReadOnlyList<PhrasePattern> patterns, IReadOnlyList<string> disclosed)
    {
        var tags = scratch.Tags;
        foreach (var tag in disclosed)
        {
            AddDistinct(tags, tag);
        }

        foreach (var match in scratch.Matches)
        {
            AddDistinct(tags, patterns[match.Pattern].List);
        }

        foreach (var match in scratch.Pii)
        {
            AddDistinct(tags, PiiKinds.TagFor(match.Kind));
        }

        return tags.Count == 0 ? [] : [.. tags];
    }

    private static void AddDistinct(List<string> tags, string tag)
    {
        foreach (var existing in tags)
        {
            if (ReferenceEquals(existing, tag) || existing == tag)
            {
                return;
            }
        }

        tags.Add(tag);
    }
}
