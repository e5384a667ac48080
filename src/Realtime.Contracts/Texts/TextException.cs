namespace Realtime.Contracts.Texts;

/// <summary>Unreadable input whose reason is a catalogue text: the message is English, the text renders per reader.</summary>
public sealed class TextException(Text text) : Exception(text.Render(TextCatalog.English))
{
    public Text Text { get; } = text;
}
