using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Serialization;

/// <summary>
/// The packed form of a message's scoring result (<see cref="AnalysisBits"/>, then its fields) and of its deductions
/// (<see cref="DeductionBits"/>), each field written only when set. Part of version 1 of <see cref="StoredEventFormat"/>.
/// </summary>
public static partial class StoredEventFormat
{
    [Flags]
    private enum AnalysisBits : uint
    {
        Language = 1 << 0,
        MaskedIsText = 1 << 1,
        Sentiment = 1 << 2,
        SentimentConfidence = 1 << 3,
        Topic = 1 << 4,
        TopicConfidence = 1 << 5,
        ComplaintRisk = 1 << 6,
        Tags = 1 << 7,
        Hits = 1 << 8,
        Pii = 1 << 9,
        Deductions = 1 << 10,
    }

    [Flags]
    private enum DeductionBits : uint
    {
        Evidence = 1 << 0,
        Start = 1 << 1,
        Length = 1 << 2,
        MessageId = 1 << 3,

        /// <summary>The reason as a catalogue key and arguments instead of a rendered string.</summary>
        Text = 1 << 4,
    }

    private static void WriteAnalysis(ref PackedBytes.Writer w, MessageAnalysis a, string? text, ref string? language)
    {
        var maskedIsText = text is not null && string.Equals(a.MaskedText, text, StringComparison.Ordinal);
        var bits = (!string.Equals(a.Language, language, StringComparison.Ordinal) ? AnalysisBits.Language : 0)
            | (maskedIsText ? AnalysisBits.MaskedIsText : 0)
            | (a.Sentiment is not null ? AnalysisBits.Sentiment : 0)
            | (a.SentimentConfidence is not null ? AnalysisBits.SentimentConfidence : 0)
            | (a.Topic is not null ? AnalysisBits.Topic : 0)
            | (a.TopicConfidence is not null ? AnalysisBits.TopicConfidence : 0)
            | (a.ComplaintRisk is not null ? AnalysisBits.ComplaintRisk : 0)
            | (a.Tags.Count > 0 ? AnalysisBits.Tags : 0)
            | (a.Hits.Count > 0 ? AnalysisBits.Hits : 0)
            | (a.Pii.Count > 0 ? AnalysisBits.Pii : 0)
            | (a.Deductions.Count > 0 ? AnalysisBits.Deductions : 0);
        w.VarUInt((uint)bits);
        if ((bits & AnalysisBits.Language) != 0)
        {
            w.String(a.Language);
            language = a.Language;
        }

        if (!maskedIsText)
        {
            w.String(a.MaskedText);
        }

        w.StringIf((bits & AnalysisBits.Sentiment) != 0, a.Sentiment);
        w.DoubleIf(a.SentimentConfidence);
        w.StringIf((bits & AnalysisBits.Topic) != 0, a.Topic);
        w.DoubleIf(a.TopicConfidence);
        w.DoubleIf(a.ComplaintRisk);
        WriteList(ref w, a.Tags, static (ref PackedBytes.Writer w, string tag) => w.String(tag));
        WriteList(ref w, a.Hits, static (ref PackedBytes.Writer w, PhraseHit h) =>
        {
            w.String(h.List);
            w.String(h.Phrase);
            w.VarInt(h.Start);
            w.VarInt(h.Length);
            w.String(h.Text);
        });
        WriteList(ref w, a.Pii, static (ref PackedBytes.Writer w, PiiHit pii) =>
        {
            w.String(pii.Kind);
            w.VarInt(pii.Start);
            w.VarInt(pii.Length);
            w.String(pii.Masked);
        });
        WriteList(ref w, a.Deductions, WriteDeduction);
    }

    private static MessageAnalysis ReadAnalysis(ref PackedBytes.Reader r, string? text, ref string? language)
    {
        var bits = (AnalysisBits)r.VarUInt();
        if ((bits & AnalysisBits.Language) != 0)
        {
            language = r.String();
        }

        return new MessageAnalysis
        {
            Language = language ?? throw new InvalidDataException("A stored analysis has no language."),
            MaskedText = (bits & AnalysisBits.MaskedIsText) == 0 ? r.String()!
                : text ?? throw new InvalidDataException("A stored analysis masks a text its event does not have."),
            Sentiment = (bits & AnalysisBits.Sentiment) != 0 ? r.String() : null,
            SentimentConfidence = (bits & AnalysisBits.SentimentConfidence) != 0 ? r.Double() : null,
            Topic = (bits & AnalysisBits.Topic) != 0 ? r.String() : null,
            TopicConfidence = (bits & AnalysisBits.TopicConfidence) != 0 ? r.Double() : null,
            ComplaintRisk = (bits & AnalysisBits.ComplaintRisk) != 0 ? r.Double() : null,
            Tags = (bits & AnalysisBits.Tags) != 0 ? ReadList(ref r, static (ref PackedBytes.Reader r) => r.String()!) : [],
            Hits = (bits & AnalysisBits.Hits) != 0
                ? ReadList(ref r, static (ref PackedBytes.Reader r) => new PhraseHit(r.String()!, r.String()!, r.Int(), r.Int(), r.String()!))
                : [],
            Pii = (bits & AnalysisBits.Pii) != 0
                ? ReadList(ref r, static (ref PackedBytes.Reader r) => new PiiHit(r.String()!, r.Int(), r.Int(), r.String()!))
                : [],
            Deductions = (bits & AnalysisBits.Deductions) != 0 ? ReadList(ref r, ReadDeduction) : [],
        };
    }

    private static void WriteDeduction(ref PackedBytes.Writer w, Deduction d)
    {
        var bits = (d.Evidence is not null ? DeductionBits.Evidence : 0)
            | (d.Start is not null ? DeductionBits.Start : 0)
            | (d.Length is not null ? DeductionBits.Length : 0)
            | (d.MessageId is not null ? DeductionBits.MessageId : 0)
            | (d.MessageKey is not null ? DeductionBits.Text : 0);
        w.VarUInt((uint)bits);
        w.String(d.RuleId);
        w.String(d.Dimension);
        w.Double(d.Points);
        if (d.MessageKey is { } key)
        {
            w.String(key);
            var args = d.Args ?? Text.ArgsOf();
            w.VarUInt((uint)args.Count);
            foreach (var (name, value) in args)
            {
                w.String(name);
                w.String(value);
            }
        }
        else
        {
            w.String(d.Reason);
        }

        w.StringIf((bits & DeductionBits.Evidence) != 0, d.Evidence);
        if (d.Start is { } start)
        {
            w.VarInt(start);
        }

        if (d.Length is { } length)
        {
            w.VarInt(length);
        }

        w.StringIf((bits & DeductionBits.MessageId) != 0, d.MessageId);
    }

    private static Deduction ReadDeduction(ref PackedBytes.Reader r)
    {
        var bits = (DeductionBits)r.VarUInt();
        var (ruleId, dimension, points) = (r.String()!, r.String()!, r.Double());
        string? reason = null, key = null;
        Dictionary<string, string>? args = null;
        if ((bits & DeductionBits.Text) != 0)
        {
            key = r.String()!;
            var count = r.Count();
            args = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                args[r.String()!] = r.String()!;
            }
        }
        else
        {
            reason = r.String()!;
        }

        return new Deduction
        {
            RuleId = ruleId,
            Dimension = dimension,
            Points = points,
            Reason = reason!,
            MessageKey = key,
            Args = args,
            Evidence = (bits & DeductionBits.Evidence) != 0 ? r.String() : null,
            Start = (bits & DeductionBits.Start) != 0 ? r.Int() : null,
            Length = (bits & DeductionBits.Length) != 0 ? r.Int() : null,
            MessageId = (bits & DeductionBits.MessageId) != 0 ? r.String() : null,
        };
    }

    private delegate void ItemWriter<T>(ref PackedBytes.Writer w, T item);

    private delegate T ItemReader<T>(ref PackedBytes.Reader r);

    /// <summary>A non-empty list (its analysis bit says whether there is one): count, then items. Indexed: a foreach over a read-only list allocates.</summary>
    private static void WriteList<T>(ref PackedBytes.Writer w, IReadOnlyList<T> items, ItemWriter<T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.VarUInt((uint)items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(ref w, items[i]);
        }
    }

    private static T[] ReadList<T>(ref PackedBytes.Reader r, ItemReader<T> read)
    {
        var items = new T[r.Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(ref r);
        }

        return items;
    }
}
