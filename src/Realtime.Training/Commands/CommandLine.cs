namespace Realtime.Training.Commands;

/// <summary>The parsed <c>--name value</c> options and <c>--flag</c> switches after the command word.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            }

            string name = arg[2..];
            if (flags.Contains(name))
            {
                _flags.Add(name);
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{arg}' needs a value.");
            }

            if (!_values.TryGetValue(name, out List<string>? list))
            {
                _values[name] = list = [];
            }

            list.Add(args[++i]);
        }
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out List<string>? list) ? list[^1] : null;

    public string Required(string name) => Value(name) ?? throw new ArgumentException($"Option '--{name}' is required.");

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out List<string>? list) ? list : [];
}
