using Lingua;

namespace Realtime.Scoring.Language;

/// <summary>
/// ISO 639-1 language of a message. Scripts decide first, without a model: kana (not a lone kaomoji in Chinese) → ja,
/// Hangul → ko, Han → zh. Latin text with plenty of English function words is English; other Latin text goes to Lingua restricted to the European languages customers write in. Too little text gives <c>und</c>.
/// Thread-safe; the Lingua detector is built once.
/// </summary>
public static class LanguageDetector
{
    public const string Undetermined = "und";

    /// <summary>Fewer Latin letters than this are too short to tell English from German or French.</summary>
    public const int MinimumLatinLetters = 3;

    /// <summary>Japanese text has at least one kana for this many Han characters.</summary>
    private const int KanaPerHan = 4;

    private static readonly Lingua.Language[] _latinLanguages =
    [
        Lingua.Language.English, Lingua.Language.German, Lingua.Language.French, Lingua.Language.Spanish,
        Lingua.Language.Italian, Lingua.Language.Portuguese, Lingua.Language.Dutch,
    ];

    /// <summary>ISO 639-1 codes of the languages whose Lingua models are loaded; Realtime.Scoring.csproj ships only theirs.</summary>
    internal static IEnumerable<string> LinguaModelCodes => _latinLanguages.Select(CodeOf);

    private static readonly Lazy<LanguageDetectorState> _lingua = new(LanguageDetectorState.Create);

    public static string Detect(string text)
    {
        var counts = ScriptCounts.Of(text);
        // Kana among many Han is a kaomoji in Chinese chat (好的ヾ ^_^ 谢谢啊), not Japanese, which writes plenty of kana.
        if (counts.Kana > 0 && counts.Kana * KanaPerHan >= counts.Han)
        {
            return "ja";
        }

        if (counts.Hangul > 0 && counts.Hangul >= counts.Han)
        {
            return "ko";
        }

        // Product names and codes ("我的iPhone 15坏了") are Latin inside Chinese sentences.
        if (counts.Han >= 2 || (counts.Han > 0 && counts.Han * 4 >= counts.Latin))
        {
            return "zh";
        }

        if (counts.Latin < MinimumLatinLetters)
        {
            return Undetermined;
        }

        if (EnglishStopWords.LooksEnglish(text))
        {
            return "en";
        }

        var state = _lingua.Value;
        var language = state.Detector.DetectLanguageOf(text);
        return state.Codes.TryGetValue(language, out var code) ? code : Undetermined;
    }

    /// <summary>Loads the Lingua models now rather than on the first Latin message.</summary>
    public static void Warm() => _ = _lingua.Value;

    private static string CodeOf(Lingua.Language language) => language.IsoCode6391().ToString().ToLowerInvariant();

    private sealed record LanguageDetectorState(Lingua.LanguageDetector Detector, IReadOnlyDictionary<Lingua.Language, string> Codes)
    {
        public static LanguageDetectorState Create()
        {
            var detector = LanguageDetectorBuilder.FromLanguages(_latinLanguages).WithPreloadedLanguageModels().Build();
            var codes = _latinLanguages.ToDictionary(l => l, CodeOf);
            return new LanguageDetectorState(detector, codes);
        }
    }
}
