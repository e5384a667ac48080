namespace Realtime.Contracts.Import;

/// <summary>A recorded dialogue without timestamps: <c>{"id","source","turns":[{"role":"customer"|"agent","text"}]}</c>.</summary>
public sealed record Dialogue(string Id, string? Source, IReadOnlyList<DialogueTurn> Turns);

public sealed record DialogueTurn(string Role, string Text);
