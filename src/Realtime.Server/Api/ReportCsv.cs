using System.Globalization;
using System.Text;
using Realtime.Contracts.Reports;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Api;

/// <summary>
/// The evaluation report as CSV: UTF-8 with a BOM (so Excel shows Chinese), one line per row of every scope. Headers
/// are the field names for machines, or labels in the reader's language (scope and platform values translated too).
/// </summary>
public static class ReportCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "scope", "agentId", "teamId", "storeId", "conversations", "closed", "transferredAway",
        "firstResponseAvgSeconds", "firstResponseP90Seconds", "averageHandleSeconds", "firstContactResolutionPct",
        "transferRatePct", "csatResponses", "csatAverage", "csatSatisfiedPct", "slaAttainmentPct", "complianceViolations",
        "complianceViolationsPer100", "qaScoreAverage", .. Dimensions.All, "disputesAccepted", "calibratedConversations",
        "calibrationTotalMeanAbsoluteDifference", "platform", "servedCustomers", "inquiringCustomers", "orderingCustomers",
        "payingCustomers", "inquiryConversionPct", "sameDayPaymentPct", "nextDayPaymentPct", "sales", "currency",
        "salesPerCustomer", "paidOrders", "refundRatePct",
    ];

    /// <summary>Writes the report; <paramref name="labels"/> null keeps the field names, else labels in that culture.</summary>
    public static byte[] Write(AgentReport report, CultureInfo? labels = null)
    {
        var csv = new StringBuilder();
        var headers = labels is null ? Columns : Columns.Select(c => TextCatalog.Render("label.reportColumn." + c, null, labels));
        csv.AppendJoin(',', headers.Select(Escape)).Append("\r\n");
        IEnumerable<ReportRow> rows = [.. report.Agents, .. report.Teams, .. report.Stores, .. report.Platforms];
        foreach (var row in report.Total is null ? rows : rows.Append(report.Total))
        {
            var fields = Fields(row).ToArray();
            if (labels is not null)
            {
                fields[0] = Label("label.scope.", fields[0], labels);
                fields[PlatformColumn] = Label("label.platform.", fields[PlatformColumn], labels);
            }

            csv.AppendJoin(',', fields.Select(Escape)).Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    private static IEnumerable<string?> Fields(ReportRow r)
    {
        yield return r.Scope;
        yield return r.AgentId;
        yield return r.TeamId;
        yield return r.StoreId;
        yield return Number(r.Conversations);
        yield return Number(r.Closed);
        yield return Number(r.TransferredAway);
        yield return Number(r.FirstResponseAvgSeconds);
        yield return Number(r.FirstResponseP90Seconds);
        yield return Number(r.AverageHandleSeconds);
        yield return Number(r.FirstContactResolutionPct);
        yield return Number(r.TransferRatePct);
        yield return Number(r.CsatResponses);
        yield return Number(r.CsatAverage);
        yield return Number(r.CsatSatisfiedPct);
        yield return Number(r.SlaAttainmentPct);
        yield return Number(r.ComplianceViolations);
        yield return Number(r.ComplianceViolationsPer100);
        yield return Number(r.QaScoreAverage);
        foreach (var dimension in Dimensions.All)
        {
            yield return r.DimensionAverages.TryGetValue(dimension, out var value) ? Number(value) : null;
        }

        yield return Number(r.DisputesAccepted);
        yield return Number(r.Calibration?.Conversations);
        yield return Number(r.Calibration?.TotalMeanAbsoluteDifference);
        yield return r.Platform;
        var c = r.Conversion;
        yield return Number(c?.ServedCustomers);
        yield return Number(c?.InquiringCustomers);
        yield return Number(c?.OrderingCustomers);
        yield return Number(c?.PayingCustomers);
        yield return Number(c?.InquiryConversionPct);
        yield return Number(c?.SameDayPaymentPct);
        yield return Number(c?.NextDayPaymentPct);
        yield return c?.Sales.ToString(CultureInfo.InvariantCulture);
        yield return c?.Currency;
        yield return c?.SalesPerCustomer?.ToString(CultureInfo.InvariantCulture);
        yield return Number(c?.PaidOrders);
        yield return Number(c?.RefundRatePct);
    }

    private static readonly int PlatformColumn = Columns.ToList().IndexOf("platform");

    /// <summary>A value's label; a value without one (a platform name we do not know) stays as written.</summary>
    private static string? Label(string prefix, string? value, CultureInfo culture) =>
        value is null || TextCatalog.Template(prefix + value, culture) is null ? value : TextCatalog.Render(prefix + value, null, culture);

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.</summary>
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '@' or '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
