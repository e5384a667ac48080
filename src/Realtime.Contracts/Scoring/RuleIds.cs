namespace Realtime.Contracts.Scoring;

/// <summary>Stable rule ids: one rule drives the hint, the alert and the scorecard line.</summary>
public static class RuleIds
{
    public const string BannedTerm = "phrase.banned";
    public const string RudeLanguage = "phrase.rude";
    public const string DismissiveLanguage = "phrase.dismissive";
    public const string ComplaintThreat = "phrase.complaintThreat";
    public const string CustomerAbuse = "phrase.customerAbuse";
    public const string ComplaintModel = "model.complaintRisk";
    public const string NegativeMood = "model.negativeMood";
    public const string PiiLeak = "pii.leak";
    public const string MissingGreeting = "courtesy.greeting";
    public const string MissingClosing = "courtesy.closing";
    public const string MissingApology = "courtesy.apology";
    public const string MissingDisclosure = "disclosure.missing";
    public const string FirstResponseWarn = "sla.firstResponse.warning";
    public const string FirstResponseBreach = "sla.firstResponse.breach";
    public const string NextResponseWarn = "sla.nextResponse.warning";
    public const string NextResponseBreach = "sla.nextResponse.breach";
    public const string LowCsat = "csat.low";
    public const string Unresolved = "resolution.unresolved";

    /// <summary>Auto-fail item: CSAT of 2 or less from a customer who was upset (a complaint left unresolved).</summary>
    public const string LowCsatUpset = "csat.lowUpset";

    /// <summary>Auto-fail item: an SLA breach in a conversation that also missed a required disclosure.</summary>
    public const string BreachWithMissingDisclosure = "sla.breachWithMissingDisclosure";

    /// <summary>Auto-fail item: a dismissive reply to a customer who was upset, and no apology after (推诿不满的顾客).</summary>
    public const string BrushOffUpset = "courtesy.brushOffUpset";

    /// <summary>The items a ruleset may list in <c>autoFail</c>: rude language, a customer's data leaked, and the three above.</summary>
    public static readonly IReadOnlyList<string> AutoFailItems = [RudeLanguage, PiiLeak, LowCsatUpset, BreachWithMissingDisclosure, BrushOffUpset];
}
