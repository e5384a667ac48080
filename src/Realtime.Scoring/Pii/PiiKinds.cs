namespace Realtime.Scoring.Pii;

/// <summary>The kinds of personal data the detectors find, as written in <c>PiiHit.Kind</c>; tags are <c>pii.{kind}</c>.</summary>
public static class PiiKinds
{
    public const string Phone = "phone";
    public const string Card = "card";
    public const string IdNumber = "idNumber";
    public const string Email = "email";
    public const string Address = "address";

    public static readonly IReadOnlyList<string> All = [Phone, Card, IdNumber, Email, Address];

    /// <summary>The message tag for a kind (<c>pii.phone</c>, …) without allocating.</summary>
    public static string TagFor(string kind) => kind switch
    {
        Phone => "pii.phone",
        Card => "pii.card",
        IdNumber => "pii.idNumber",
        Email => "pii.email",
        Address => "pii.address",
        _ => "pii." + kind,
    };
}
