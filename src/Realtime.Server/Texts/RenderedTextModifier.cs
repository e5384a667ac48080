using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Texts;

/// <summary>
/// Renders every <see cref="RenderedFromAttribute"/> property from its key and arguments in the current UI culture
/// (set per request by request localization) as the JSON is written, so stored texts follow the reader's language.
/// </summary>
public static class RenderedTextModifier
{
    public static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member
                || member.GetCustomAttribute<RenderedFromAttribute>() is not { } rendered
                || property.Get is not { } stored)
            {
                continue;
            }

            var key = Getter(info, rendered.KeyProperty);
            var args = Getter(info, rendered.ArgsProperty);
            property.Get = o => key(o) is string k
                ? TextCatalog.Render(k, args(o) as IReadOnlyDictionary<string, string>, CultureInfo.CurrentUICulture)
                : stored(o);
        }
    }

    private static Func<object, object?> Getter(JsonTypeInfo info, string name)
    {
        foreach (var p in info.Properties)
        {
            if (p.AttributeProvider is PropertyInfo m && m.Name == name && p.Get is { } get)
            {
                return get;
            }
        }

        var member = info.Type.GetProperty(name) ?? throw new InvalidOperationException($"{info.Type.Name} has no property {name}.");
        return member.GetValue;
    }
}
