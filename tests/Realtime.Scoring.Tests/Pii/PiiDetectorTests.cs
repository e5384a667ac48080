using Realtime.Scoring.Pii;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Tests.Pii;

public class PiiDetectorTests
{
    private static List<(string Kind, string Text)> Find(string text)
    {
        var matches = new List<PiiMatch>();
        PiiDetector.FindAll(text, TextNormalizer.Normalize(text), matches);
        return [.. matches.Select(m => (m.Kind, text.Substring(m.Start, m.Length)))];
    }

    [Theory]
    [InlineData("我的电话13812345678", "13812345678")]
    [InlineData("call me on +86 138 1234 5678 please", "+86 138 1234 5678")]
    [InlineData("手机：+86-138-1234-5678", "+86-138-1234-5678")]
    [InlineData("电话 8613912345678", "8613912345678")]
    [InlineData("号码是１３８１２３４５６７８", "１３８１２３４５６７８")]
    [InlineData("my number is +1 (415) 555-2671.", "+1 (415) 555-2671")]
    [InlineData("ring +44 20 7946 0958", "+44 20 7946 0958")]
    public void Finds_phone_numbers(string text, string expected)
    {
        Assert.Equal([(PiiKinds.Phone, expected)], Find(text));
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1111 thanks", "4111 1111 1111 1111")]
    [InlineData("卡号6222020200112233446", "6222020200112233446")]
    [InlineData("5500-0000-0000-0004", "5500-0000-0000-0004")]
    [InlineData("amex 378282246310005", "378282246310005")]
    public void Finds_bank_cards(string text, string expected)
    {
        Assert.Equal([(PiiKinds.Card, expected)], Find(text));
    }

    [Theory]
    [InlineData("身份证号11010519491231002X", "11010519491231002X")]
    [InlineData("ID 110105194912310029?", null)]
    [InlineData("身份证 110105491231002", "110105491231002")]
    public void Finds_resident_id_numbers_with_valid_checksum(string text, string? expected)
    {
        var found = Find(text);
        if (expected is null)
        {
            Assert.DoesNotContain(found, f => f.Kind == PiiKinds.IdNumber);
        }
        else
        {
            Assert.Equal([(PiiKinds.IdNumber, expected)], found);
        }
    }

    [Theory]
    [InlineData("mail me at alice.smith+shop@example.co.uk.", "alice.smith+shop@example.co.uk")]
    [InlineData("邮箱zhang_san@qq.com谢谢", "zhang_san@qq.com")]
    public void Finds_email_addresses(string text, string expected)
    {
        Assert.Equal([(PiiKinds.Email, expected)], Find(text));
    }

    [Theory]
    [InlineData("寄到北京市朝阳区建国路88号", "北京市朝阳区建国路88号")]
    [InlineData("地址：浙江省杭州市余杭区文一西路969号3号楼201室", "浙江省杭州市余杭区文一西路969号3号楼201室")]
    [InlineData("我住阳光小区3栋2单元501室", "阳光小区3栋2单元501室")]
    [InlineData("ship to 1600 Amphitheatre Parkway, Mountain View", "1600 Amphitheatre Parkway")]
    [InlineData("It's 221B Baker Street, London", "221B Baker Street")]
    [InlineData("send to 42 Wallaby Way, Sydney", "42 Wallaby Way")]
    [InlineData("my address is 350 Fifth Ave. Apt 5 NYC", "350 Fifth Ave. Apt 5")]
    public void Finds_street_addresses(string text, string expected)
    {
        Assert.Equal([(PiiKinds.Address, expected)], Find(text));
    }

    [Theory]
    [InlineData("订单号13812345678已发货")]
    [InlineData("订单号：4111111111111111")]
    [InlineData("运单号SF1234567890123请查收")]
    [InlineData("tracking number 1Z999AA10123456784")]
    [InlineData("order #13812345678")]
    [InlineData("时间2026-11-22 08:00:00下单")]
    [InlineData("timestamp 20261122080000")]
    [InlineData("epoch 1763798400000")]
    [InlineData("价格¥13800.00元")]
    [InlineData("一共13812345678元")]
    [InlineData("it costs $4111111111111111")]
    [InlineData("版本1.3812345678")]
    [InlineData("快递单号 773012345678901")]
    [InlineData("数量 12345678901234 件")]
    [InlineData("打12315投诉")]
    [InlineData("@AppleSupport hi #apple")]
    [InlineData("3号楼")]
    [InlineData("我知道3号发货")]
    [InlineData("I waited 3 days on the way home")]
    [InlineData("京东快递(移动端) [订单x] [数字x]-[数字x]天")]
    public void Order_numbers_tracking_numbers_times_and_prices_are_not_personal_data(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void A_date_run_does_not_hide_the_phone_after_it()
    {
        Assert.Equal([(PiiKinds.Phone, "13812345678")], Find("2026-11-22 13812345678"));
    }

    [Fact]
    public void Several_kinds_in_one_message_come_back_in_order_without_overlap()
    {
        var found = Find("电话13812345678，邮箱13812345678@163.com，卡6222020200112233446");

        Assert.Equal(
            [(PiiKinds.Phone, "13812345678"), (PiiKinds.Email, "13812345678@163.com"), (PiiKinds.Card, "6222020200112233446")],
            found);
    }
}
