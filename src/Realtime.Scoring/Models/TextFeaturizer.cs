using Realtime.Scoring.Text;

namespace Realtime.Scoring.Models;

/// <summary>
/// Turns a text into hashed n-gram features for both training and scoring, so the two can never drift apart:
/// character unigrams, bigrams and trigrams inside runs of CJK characters, word unigrams and bigrams for Latin
/// (and other alphabetic) scripts, and single punctuation marks ("?" alone says something in chat).
/// Full-width ASCII is folded to half-width, letters are lower-cased and every ASCII digit becomes '0'.
/// </summary>
public static class TextFeaturizer
{
    private const uint CjkUnigram = 1;
    private const uint CjkBigram = 2;
    private const uint CjkTrigram = 3;
    private const uint Word = 4;
    private const uint WordBigram = 5;
    private const uint Symbol = 6;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private enum CharClass : byte
    {
        Space,
        Cjk,
        Letter,
        Symbol,
    }

    public static void Featurize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        char previous = '\0';
        char beforePrevious = '\0';
        int cjkRun = 0;
        uint word = FnvOffset;
        int wordLength = 0;
        uint previousWord = 0;
        bool hasPreviousWord = false;

        foreach (char raw in text)
        {
            char c = Normalize(raw);
            CharClass kind = Classify(c);
            if (kind == CharClass.Letter)
            {
                word = (word ^ c) * FnvPrime;
                wordLength++;
                cjkRun = 0;
                continue;
            }

            if (wordLength > 0)
            {
                EmitWord(word, ref previousWord, ref hasPreviousWord, ref sink);
                word = FnvOffset;
                wordLength = 0;
            }

            switch (kind)
            {
                case CharClass.Cjk:
                    sink.Add(Finish((FnvOffset ^ c) * FnvPrime, CjkUnigram));
                    if (cjkRun >= 1)
                    {
                        sink.Add(Finish((((FnvOffset ^ previous) * FnvPrime) ^ c) * FnvPrime, CjkBigram));
                    }

                    if (cjkRun >= 2)
                    {
                        uint h = (((((FnvOffset ^ beforePrevious) * FnvPrime) ^ previous) * FnvPrime) ^ c) * FnvPrime;
                        sink.Add(Finish(h, CjkTrigram));
                    }

                    beforePrevious = previous;
                    previous = c;
                    cjkRun++;
                    hasPreviousWord = false;
                    break;
                case CharClass.Symbol:
                    sink.Add(Finish((FnvOffset ^ c) * FnvPrime, Symbol));
                    cjkRun = 0;
                    hasPreviousWord = false;
                    break;
                default:
                    cjkRun = 0;
                    break;
            }
        }

        if (wordLength > 0)
        {
            EmitWord(word, ref previousWord, ref hasPreviousWord, ref sink);
        }
    }

    private static void EmitWord<TSink>(uint word, ref uint previousWord, ref bool hasPreviousWord, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        sink.Add(Finish(word, Word));
        if (hasPreviousWord)
        {
            sink.Add(Finish((previousWord * 0x9E3779B1) ^ word, WordBigram));
        }

        previousWord = word;
        hasPreviousWord = true;
    }

    /// <summary>Mixes in the feature kind and spreads the bits (murmur3 finaliser); 0 is reserved for "empty".</summary>
    private static uint Finish(uint hash, uint kind)
    {
        uint h = hash ^ (kind * 0x85EBCA77);
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h == 0 ? 1 : h;
    }

    private static char Normalize(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        if (c < 128)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return (char)(c + 32);
            }

            return c >= '0' && c <= '9' ? '0' : c;
        }

        return c == '\u2019' ? '\'' : InvariantCase.ToLower(c);
    }

    private static CharClass Classify(char c)
    {
        if (c < 128)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'')
            {
                return CharClass.Letter;
            }

            return c is ' ' or '\t' or '\r' or '\n' ? CharClass.Space : CharClass.Symbol;
        }

        if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uAC00' && c <= '\uD7AF'))
        {
            return CharClass.Cjk;
        }

        if (char.IsLetterOrDigit(c))
        {
            return CharClass.Letter;
        }

        return char.IsWhiteSpace(c) ? CharClass.Space : CharClass.Symbol;
    }
}
