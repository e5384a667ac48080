using Microsoft.Extensions.Options;

namespace Realtime.Server.Connectors.Generic;

/// <summary>Every mapping names CONTRACT fields and parsable paths, checked at start-up rather than on the first webhook.</summary>
public sealed class GenericConnectorOptionsValidator : IValidateOptions<GenericConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, GenericConnectorOptions options)
    {
        var errors = new List<string>();
        foreach (var (source, s) in options.Sources)
        {
            foreach (var field in s.Fields.Keys.Concat(s.Constants.Keys).Concat(s.ValueMaps.Keys))
            {
                if (!GenericMapper.ContractFields.Contains(field, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add($"Connectors:Generic:Sources:{source}: '{field}' is not a CONTRACT field ({string.Join(", ", GenericMapper.ContractFields)})");
                }
            }

            foreach (var path in s.Fields.Values.Append(s.ItemsPath).OfType<string>().Where(p => p.Length > 0))
            {
                if (JsonPathLite.Parse(path).Error is { } error)
                {
                    errors.Add($"Connectors:Generic:Sources:{source}: {error}");
                }
            }

            if (!s.Fields.ContainsKey("eventId"))
            {
                errors.Add($"Connectors:Generic:Sources:{source}: Fields:eventId is required (a webhook redelivered must be a duplicate)");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
