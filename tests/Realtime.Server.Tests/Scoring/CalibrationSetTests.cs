using System.Text.Json;
using Xunit.Abstractions;
using static Realtime.Server.Tests.Scoring.ScoredConversation;

namespace Realtime.Server.Tests.Scoring;

/// <summary>
/// Thirty-eight real dialogues of <c>../shared/data/dialogues</c> with the verdict a QA manager would give (pass / fail at the
/// default threshold of 60) and why; the default rules must agree on at least 90 %. The data has no times, CSAT or
/// topic labels, so turns are 10 s apart and there is no CSAT; the shipped models read mood, topic and complaint risk.
/// </summary>
public sealed class CalibrationSetTests(ITestOutputHelper output)
{
    private static readonly (string Id, bool Pass, string Why)[] Verdicts =
    [
        ("ecd-train-0010", true, "answers, one brush-off (这个不清楚哦) and an unprofessional aside; no harm done"),
        ("ecd-train-0023", false, "angry customer, no apology, twice pushes the delivery onto the courier (我们也没办法), no solution"),
        ("ecd-train-0024", true, "hands over to day staff (我这边不清楚呢) but arranges a call back and apologises"),
        ("ecd-train-0036", true, "refund handled at once; 百分之百 is an assurance about delivery, not an ad claim"),
        ("ecd-train-0046", true, "polite and helpful; 亲价格最低了 is a compliance deduction, not a failure"),
        ("ecd-train-0064", true, "clear prices and shipping times; one 这个小二也不知道呢"),
        ("ecd-train-0067", true, "helps the order through; one 这个不知道哦"),
        ("ecd-train-0073", true, "notes the courier request; 亲最低了哦 is a compliance deduction"),
        ("jddc-94ebf3cc-ac19-40ed-8c0b-42a711a48653", true, "greets, answers, offers more help; 最耐用 is a compliance deduction"),
        ("jddc-f4bdb4dcfb5639e5af49d003803b1a52", true, "explains the price-protection period and apologises for the limit"),
        ("ecd-test-0104", true, "negotiates a price and a gift, adjusts the order"),
        ("ecd-train-0011", true, "explains the default courier and delivery time"),
        ("ecd-test-0079", true, "quotes volume prices"),
        ("ecd-test-0094", true, "explains the courier policy, confirms shipping"),
        ("ecd-train-0018", true, "comforts the customer, promises a better courier"),
        ("ecd-test-0133", true, "arranges SF Express and explains the deposit"),
        ("ecd-test-0126", true, "answers the pack size"),
        ("jddc-fe2fcc3ee69fd399b19af351867fe9bc", true, "collects the product codes and chases the review"),
        ("jddc-36e6a2fe22c037e5b15a9f5ff7f96bb1", true, "explains who issues invoices, offers more help"),
        ("jddc-213291a3-a43f-4ea3-82b3-057d5a3b6ec1", true, "greets, sends the set-up guide, answers each question"),
        ("jddc-b6729217f5c651d5907003e3c60d5687", true, "looks up the return parcel, closes warmly"),
        ("jddc-04758f3fe11e3f09f57edd7bcefc7957", true, "greets, checks the order, apologises that the card cannot be added"),
        ("jddc-d03065d3e21d19bf138ecb20aa56533a", true, "explains the installer's call and agrees to chase it"),
        ("jddc-6308d6cb4584668c58260a70c4943ca8", true, "explains the merchant's review time and apologises"),
        ("jddc-0b61542ac612f33a0cc5f5d93ce11d7a", true, "gives the stock date, closes warmly"),
        ("twcs-119256", true, "troubleshoots step by step until it works"),
        ("twcs-119272", true, "moves an unhappy customer to DM at once"),
        ("twcs-119319", true, "troubleshoots, then asks for details by DM"),
        ("twcs-119306", true, "apologises, asks for the service address by DM"),
        ("twcs-119315", true, "explains the Think 25 policy politely to a sarcastic customer"),
        ("ecd-train-0020", false, "denies the scent complaint, no apology, sends the customer to test it with 相关部门 herself"),
        ("ecd-train-0062", false, "a five-day EMS delay answered with excuses (随机发的, 老板决定的), no apology, no help"),
        ("jddc-fae663614b93985db4bc1417bc7dcebc", false, "answers a customer's complaint about a rude installer with \"?\", no apology, passes it to the merchant"),
        ("jddc-6a37746657546770ab1d11216ca63ad4", true, "files the service request and escalates; the praise-fishing closing to an unhappy customer is a deduction, not a failure"),
        ("ecd-train-0006", true, "impatient once (不是说了…吗) but arranges the return, postage refund and a replacement"),
        ("ecd-train-0040", true, "offers the coupon difference back although the sale had ended"),
        ("jddc-8428ac8600d4b0c0f5cd5971adb232a0", true, "long but patient: walks the customer through and files a dispute for the refund"),
        ("jddc-c78cb751831739f61fa9ab3ef8ba8e23", true, "terse and repeats one answer, but gives the review status and the delivery option"),
    ];

    [Fact]
    public void Default_rules_agree_with_the_documented_verdicts()
    {
        var dialogues = LoadDialogues();
        var agree = 0;
        foreach (var (id, pass, why) in Verdicts)
        {
            var turns = dialogues[id];
            var card = ScoreWithShippedModels(null, [.. turns.Select((t, i) => (t.Role, 10 * (i + 1), t.Text))]);
            var systemPass = card.Total >= 60;
            agree += systemPass == pass ? 1 : 0;
            output.WriteLine($"{(systemPass == pass ? "  " : "≠ ")}{id}: {card.Total:0.#} ({(pass ? "pass" : "fail")}: {why})");
        }

        var agreement = (double)agree / Verdicts.Length;
        output.WriteLine($"agreement {agree}/{Verdicts.Length} = {agreement:P1}");
        Assert.Equal(38, Verdicts.Select(v => v.Id).Distinct().Count());
        Assert.True(agreement >= 0.9, $"agreement {agreement:P1}");
    }

    private static Dictionary<string, (string Role, string Text)[]> LoadDialogues()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Realtime.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Realtime.sln not found");
        }

        var result = new Dictionary<string, (string, string)[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "..", "shared", "data", "dialogues"), "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                result[doc.RootElement.GetProperty("id").GetString()!] = [.. doc.RootElement.GetProperty("turns").EnumerateArray()
                    .Select(t => (t.GetProperty("role").GetString()!, t.GetProperty("text").GetString() ?? ""))];
            }
        }

        return result;
    }
}
