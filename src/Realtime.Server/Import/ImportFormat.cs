namespace Realtime.Server.Import;

/// <summary>What an import body holds.</summary>
public enum ImportFormat
{
    /// <summary>One JSON object a line: a CONTRACT event, or a dialogue (<c>{"id","turns":[…]}</c>).</summary>
    JsonLines,

    /// <summary>A header row, then one event a row; see <c>CsvColumns</c>.</summary>
    Csv,
}
