using Realtime.Contracts.Rulesets;

namespace Realtime.Contracts.Backtests;

/// <summary>Body of <c>POST /api/rulesets/{storeId}/backtest</c>: a draft ruleset and the days (UTC, inclusive) to try it on.</summary>
public sealed record BacktestRequest(string? From, string? To, Ruleset? Ruleset);
