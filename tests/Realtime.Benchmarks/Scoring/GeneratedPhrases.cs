namespace Realtime.Benchmarks.Scoring;

/// <summary>Realistic store-specific phrases to grow the built-in lists to benchmark size: claims about products, shop greetings, threats.</summary>
public sealed record GeneratedPhrases(
    IReadOnlyList<string> Greeting, IReadOnlyList<string> Closing, IReadOnlyList<string> Banned, IReadOnlyList<string> ComplaintThreat)
{
    private static readonly string[] _zhProducts =
    [
        "手机", "耳机", "充电器", "数据线", "平板", "笔记本", "键盘", "鼠标", "显示器", "音箱", "手表", "手环", "相机", "镜头", "路由器",
        "羽绒服", "连衣裙", "牛仔裤", "运动鞋", "卫衣", "衬衫", "外套", "羊毛衫", "袜子", "内衣", "面膜", "口红", "精华", "面霜", "防晒霜",
        "洗发水", "沐浴露", "牙膏", "纸巾", "奶粉", "尿不湿", "坚果", "牛肉干", "茶叶", "咖啡", "大米", "食用油", "电饭煲", "空气炸锅",
        "扫地机", "吸尘器", "洗衣机", "冰箱", "空调", "电视",
    ];

    private static readonly string[] _enProducts =
    [
        "phone", "headphones", "charger", "cable", "tablet", "laptop", "keyboard", "mouse", "monitor", "speaker", "watch", "tracker",
        "camera", "lens", "router", "jacket", "dress", "jeans", "sneakers", "hoodie", "shirt", "coat", "sweater", "socks", "face mask",
        "lipstick", "serum", "moisturizer", "sunscreen", "shampoo", "body wash", "toothpaste", "tissues", "formula", "diapers", "nuts",
        "jerky", "tea", "coffee", "rice", "cooking oil", "rice cooker", "air fryer", "robot vacuum", "vacuum", "washer", "fridge",
        "air conditioner", "tv", "blender",
    ];

    private static readonly string[] _zhClaims = ["{0}全网最低价", "{0}史上最好", "最好的{0}", "{0}销量第一", "顶级{0}", "{0}国家级认证", "{0}永久保修"];
    private static readonly string[] _enClaims = ["cheapest {0}", "best {0} in the world", "number one {0}", "lowest price {0}", "{0} guaranteed forever", "world's best {0}", "{0} lasts forever"];
    private static readonly string[] _zhShops = ["旗舰店", "专卖店", "官方店", "自营店", "直营店"];
    private static readonly string[] _zhThreats = ["{0}质量问题我要投诉", "{0}给差评", "{0}去12315", "{0}找消协"];
    private static readonly string[] _enThreats = ["{0} chargeback", "review your {0} badly", "report this {0}", "dispute the {0} charge"];

    public static GeneratedPhrases Create(int count)
    {
        var banned = new List<string>();
        var greeting = new List<string>();
        var closing = new List<string>();
        var threats = new List<string>();
        for (var i = 0; i < _zhProducts.Length; i++)
        {
            banned.AddRange(_zhClaims.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, c, _zhProducts[i])));
            banned.AddRange(_enClaims.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, c, _enProducts[i])));
            greeting.AddRange(_zhShops.Select(s => $"欢迎光临{_zhProducts[i]}{s}"));
            greeting.Add($"welcome to our {_enProducts[i]} store");
            closing.Add($"感谢您购买{_zhProducts[i]}");
            closing.Add($"enjoy your new {_enProducts[i]}");
            threats.AddRange(_zhThreats.Select(t => string.Format(System.Globalization.CultureInfo.InvariantCulture, t, _zhProducts[i])));
            threats.AddRange(_enThreats.Select(t => string.Format(System.Globalization.CultureInfo.InvariantCulture, t, _enProducts[i])));
        }

        // Trim evenly to the requested size.
        var all = banned.Select(p => (List: 0, p)).Concat(greeting.Select(p => (List: 1, p)))
            .Concat(closing.Select(p => (List: 2, p))).Concat(threats.Select(p => (List: 3, p))).ToList();
        var step = Math.Max(1.0, (double)all.Count / Math.Max(1, count));
        var picked = Enumerable.Range(0, Math.Min(count, all.Count)).Select(i => all[(int)(i * step)]).ToList();
        return new GeneratedPhrases(
            [.. picked.Where(p => p.List == 1).Select(p => p.p)],
            [.. picked.Where(p => p.List == 2).Select(p => p.p)],
            [.. picked.Where(p => p.List == 0).Select(p => p.p)],
            [.. picked.Where(p => p.List == 3).Select(p => p.p)]);
    }
}
