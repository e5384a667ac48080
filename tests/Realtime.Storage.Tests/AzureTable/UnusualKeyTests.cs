using Realtime.Storage.AzureTable.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class UnusualKeyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    public static TheoryData<string> Keys => new()
    {
        "slash/inside",
        "back\\slash",
        "hash#tag",
        "question?mark",
        "tab\tand\u0001control\u007f",
        "percent%2Fescaped",
        "客服/退款#12315?",
        "emoji-😀",
        new string('k', 1500),
        new string('/', 600),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Grain_with_an_unusual_key_round_trips(string key)
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        GrainId grain = GrainId.Create("customer", key);

        await storage.WriteStateAsync("profile/v1#?", grain, new GrainState<ProfileState>(new ProfileState { Name = key }));

        Assert.Equal(key, (await AzureTableGrainStorageTests.ReadAsync(storage, "profile/v1#?", grain)).Name);
    }

    [Fact]
    public async Task Keys_that_escape_alike_stay_distinct()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        string[] keys = ["a/b", "a%2Fb", "a%252Fb", "a_b", "a\\b"];

        foreach (string key in keys)
        {
            await storage.WriteStateAsync("profile", GrainId.Create("customer", key), new GrainState<ProfileState>(new ProfileState { Name = key }));
        }

        foreach (string key in keys)
        {
            Assert.Equal(key, (await AzureTableGrainStorageTests.ReadAsync(storage, "profile", GrainId.Create("customer", key))).Name);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Escaped_key_has_no_forbidden_character_and_fits_azure(string key)
    {
        string escaped = TableKeys.Escape(key);

        Assert.DoesNotContain(escaped, TableKeys.IsForbidden);
        Assert.True(escaped.Length <= TableKeys.MaxKeyLength);
    }

    [Fact]
    public void Long_keys_differing_only_at_the_end_escape_differently()
    {
        string head = new('x', 2000);

        Assert.NotEqual(TableKeys.Escape(head + "1"), TableKeys.Escape(head + "2"));
    }
}
