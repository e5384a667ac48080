using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz target for a time budget: <c>FUZZ_SECONDS</c> per target (default 2 in the test command; set it to
/// 600 to fuzz for ten minutes), from <c>FUZZ_SEED</c> (random by default, always printed). A failure names the seed
/// and the input, to be kept as a regression test.
/// </summary>
public static class FuzzBudget
{
    public static TimeSpan PerTarget => TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 2);

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : Random.Shared.Next();

    /// <summary>Samples <paramref name="gen"/> until the budget is spent (at least <paramref name="minimum"/> inputs) and checks each.</summary>
    public static int Run<T>(string target, Gen<T> gen, Action<T> check, ITestOutputHelper output, int size = 30, int minimum = 200)
    {
        var seed = Seed;
        var clock = Stopwatch.StartNew();
        var inputs = 0;
        while (inputs < minimum || clock.Elapsed < PerTarget)
        {
            foreach (var input in gen.Sample(100, Round(seed, inputs), size))
            {
                inputs++;
                try
                {
                    check(input);
                }
                catch (Exception ex)
                {
                    throw new InvalidOperationException(
                        $"{target}: input {inputs} of seed {seed} failed ({ex.GetType().Name}: {ex.Message}). Input: {Show(input)}", ex);
                }
            }
        }

        output.WriteLine($"{target}: {inputs} inputs in {clock.Elapsed.TotalSeconds:0.0} s, seed {seed}");
        return inputs;
    }

    public static async Task<int> RunAsync<T>(string target, Gen<T> gen, Func<T, Task> check, ITestOutputHelper output, int size = 30, int minimum = 50)
    {
        var seed = Seed;
        var clock = Stopwatch.StartNew();
        var inputs = 0;
        while (inputs < minimum || clock.Elapsed < PerTarget)
        {
            foreach (var input in gen.Sample(25, Round(seed, inputs), size))
            {
                inputs++;
                try
                {
                    await check(input);
                }
                catch (Exception ex)
                {
                    throw new InvalidOperationException(
                        $"{target}: input {inputs} of seed {seed} failed ({ex.GetType().Name}: {ex.Message}). Input: {Show(input)}", ex);
                }
            }
        }

        output.WriteLine($"{target}: {inputs} inputs in {clock.Elapsed.TotalSeconds:0.0} s, seed {seed}");
        return inputs;
    }

    /// <summary>
    /// The generator's state for one round of a run: <see cref="Rnd"/> is a value, so sampling twice from the same one
    /// gives the same inputs again.
    /// </summary>
    public static Rnd Round(int seed, long round) => new(unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) + (ulong)round));

    private static string Show<T>(T input)
    {
        var text = input is byte[] bytes ? Convert.ToHexString(bytes) : input?.ToString() ?? "null";
        return text.Length > 3_000 ? text[..3_000] + $"… ({text.Length} chars)" : text;
    }
}
