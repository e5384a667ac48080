using Realtime.Scoring.Pii;
using Realtime.Scoring.Text;
using Xunit.Abstractions;

namespace Realtime.Scoring.Tests.Pii;

/// <summary>
/// The team's PII test set: each personal-data example must be found whole, each look-alike must stay silent. Recall is
/// printed per kind (docs/rules.md has the before/after figures).
/// </summary>
public class PiiRecallTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string, string, string> Positives = new()
    {
        { PiiKinds.Phone, "我的电话13812345678", "13812345678" },
        { PiiKinds.Phone, "call +86 138 1234 5678", "+86 138 1234 5678" },
        { PiiKinds.Phone, "ring +44 20 7946 0958", "+44 20 7946 0958" },
        { PiiKinds.Phone, "手机 139-1234-5678", "139-1234-5678" },
        { PiiKinds.Card, "卡号6222020200112233446", "6222020200112233446" },
        { PiiKinds.Card, "card 4111 1111 1111 1111 thanks", "4111 1111 1111 1111" },
        { PiiKinds.Card, "amex 3782 822463 10005", "3782 822463 10005" },
        { PiiKinds.IdNumber, "身份证号11010519491231002X", "11010519491231002X" },
        { PiiKinds.IdNumber, "台湾居民居住证830000199001010012", "830000199001010012" },
        { PiiKinds.IdNumber, "港澳居民居住证810000199001010019", "810000199001010019" },
        { PiiKinds.IdNumber, "永久居留身份证 911156198507130015", "911156198507130015" },
        { PiiKinds.Email, "邮箱zhang_san@qq.com谢谢", "zhang_san@qq.com" },
        { PiiKinds.Email, "mail li@xn--fiqs8s.xn--fiqs8s please", "li@xn--fiqs8s.xn--fiqs8s" },
        { PiiKinds.Email, "write to hans@münchen.de", "hans@münchen.de" },
        { PiiKinds.Email, "邮箱 wang@例子.中国 收", "wang@例子.中国" },
        { PiiKinds.Address, "寄到北京市朝阳区建国路88号", "北京市朝阳区建国路88号" },
        { PiiKinds.Address, "上海市长宁区长乐路105弄1号201室", "上海市长宁区长乐路105弄1号201室" },
        { PiiKinds.Address, "地址协和路12号3号楼402室", "协和路12号3号楼402室" },
        { PiiKinds.Address, "送到长与路8号", "长与路8号" },
        { PiiKinds.Address, "我住阳光小区3栋2单元501室", "阳光小区3栋2单元501室" },
        { PiiKinds.Address, "ship to 1600 Amphitheatre Parkway, Mountain View", "1600 Amphitheatre Parkway" },
        { PiiKinds.Address, "send it to 103 2nd Avenue please", "103 2nd Avenue" },
        { PiiKinds.Address, "my address is 12 oak street apt 4", "12 oak street apt 4" },
        { PiiKinds.Address, "office at 1 Broadway, Cambridge", "1 Broadway" },
        { PiiKinds.Address, "we are at 12000 Highway 9 now", "12000 Highway 9" },
        { PiiKinds.Address, "mail 1 Infinite Loop, Cupertino, CA 95014 thanks", "1 Infinite Loop" },
        { PiiKinds.Address, "deliver to 500 Orchard, Springfield, IL 62701", "500 Orchard, Springfield, IL 62701" },
    };

    public static readonly TheoryData<string> LookAlikes = new()
    {
        "订单号13812345678已发货",
        "运单号SF1234567890123请查收",
        "时间2026-11-22 08:00:00下单",
        "价格¥13800.00元",
        "打12315投诉",
        "3号楼",
        "我知道3号发货",
        "I waited 3 days on the way home",
        "it took 5 more days on the road",
        "we have 2 red court shoes in stock",
        "order 3 pieces via the main street store",
        "give it 2 hours down the road",
        "只剩3号了",
        "我和你说了8号发货",
        "第2个和第3号",
        "邮件发到客服后台@小王 看一下",
        "id 990000199013010102",
        "配送员电话13812345678，请保持畅通",
        "安装师傅的电话 13912345678 稍后联系您",
        "Courier: +44 20 7946 0958",
        "ip 192.168.100.200 port 8080",
        "version 4.1.1 build 1111 1111",
    };

    private static List<(string Kind, string Text)> Find(string text)
    {
        var matches = new List<PiiMatch>();
        PiiDetector.FindAll(text, TextNormalizer.Normalize(text), matches);
        return [.. matches.Select(m => (m.Kind, text.Substring(m.Start, m.Length)))];
    }

    [Theory]
    [MemberData(nameof(Positives))]
    public void Finds_each_example_whole(string kind, string text, string expected)
    {
        Assert.Contains((kind, expected), Find(text));
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Look_alikes_stay_silent(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Every_card_in_a_message_with_several_is_found()
    {
        Assert.Equal(
            ["4111111111111111", "5500000000000004", "378282246310005"],
            Find("cards 4111111111111111 5500000000000004 378282246310005").Select(f => f.Text));
        Assert.Equal(
            ["4111 1111 1111 1111", "5500 0000 0000 0004", "3782 822463 10005"],
            Find("卡 4111 1111 1111 1111 5500 0000 0000 0004 3782 822463 10005").Select(f => f.Text));
    }

    [Fact]
    public void Recall_per_kind_on_the_test_set()
    {
        foreach (var kind in PiiKinds.All)
        {
            var examples = Positives.Cast<object[]>().Where(p => (string)p[0] == kind).ToArray();
            var found = examples.Count(p => Find((string)p[1]).Contains((kind, (string)p[2])));
            output.WriteLine($"{kind}: {found}/{examples.Length}");
        }

        var lookAlikes = LookAlikes.Cast<object[]>().ToArray();
        var falseAlarms = lookAlikes.Count(l => Find((string)l[0]).Count > 0);
        output.WriteLine($"look-alikes flagged: {falseAlarms}/{lookAlikes.Length}");
        Assert.Equal(0, falseAlarms);
    }
}
