namespace Realtime.Contracts.Texts;

/// <summary>
/// Marks a string property whose JSON value is rendered, in the reader's language, from the key and arguments held by
/// two sibling properties; the stored string is used when the key is null (records written before keys existed).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RenderedFromAttribute(string keyProperty, string argsProperty) : Attribute
{
    public string KeyProperty { get; } = keyProperty;
    public string ArgsProperty { get; } = argsProperty;
}
