namespace Realtime.Training.Data;

/// <summary>
/// The contract's topic labels (CONTRACT §6) and how the Bitext labels of <c>topic/*.tsv</c> map onto them.
/// payment and invoice merge into payment_invoice; order (place/change/cancel an order, cancellation fee),
/// complaint, feedback (review), account, contact_agent and subscription (newsletter) are none of the contract's
/// topics and become other — complaint is the complaint-risk model's job, not a topic.
/// </summary>
public static class TopicLabels
{
    public static readonly IReadOnlyList<string> All =
    [
        "logistics", "product_quality", "size_fit", "refund_return", "payment_invoice", "promotion_price",
        "presales_product", "other",
    ];

    private static readonly Dictionary<string, string> BitextToContract = new()
    {
        ["logistics"] = "logistics",
        ["refund_return"] = "refund_return",
        ["payment"] = "payment_invoice",
        ["invoice"] = "payment_invoice",
        ["order"] = "other",
        ["complaint"] = "other",
        ["feedback"] = "other",
        ["account"] = "other",
        ["contact_agent"] = "other",
        ["subscription"] = "other",
    };

    /// <summary>A contract label stays as it is; a Bitext label maps through the table; anything else is an error.</summary>
    public static string ToContract(string label)
    {
        if (All.Contains(label))
        {
            return label;
        }

        return BitextToContract.TryGetValue(label, out string? mapped)
            ? mapped
            : throw new InvalidDataException($"Unknown topic label '{label}'.");
    }
}
