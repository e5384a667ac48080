using Realtime.Server.Hosting.Storage;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class UnusualKeyTests(AzureTableClusterFixture fixture) : IClassFixture<AzureTableClusterFixture>
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
        var grain = GrainId.Create("customer", key);

        await fixture.Storage.WriteStateAsync("profile", grain, new GrainState<ProfileState>(new ProfileState { Name = key }));

        Assert.Equal(key, (await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, grain, "profile")).Name);
    }

    [Fact]
    public async Task Ids_differing_only_in_characters_the_provider_replaces_keep_separate_state()
    {
        // Orleans' provider writes '_' for each of / \ # ?: without escaping, all but one of these share one row.
        var suffix = Guid.NewGuid().ToString("N");
        string[] keys = ["a/b", "a\\b", "a#b", "a?b", "a_b", "a%2Fb", "a%252Fb", "a%5Fb"];
        foreach (var key in keys)
        {
            await fixture.Storage.WriteStateAsync(
                "profile", GrainId.Create("conversation", key + suffix), new GrainState<ProfileState>(new ProfileState { Name = key }));
        }

        foreach (var key in keys)
        {
            var read = await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, GrainId.Create("conversation", key + suffix), "profile");
            Assert.Equal(key, read.Name);
        }
    }

    [Fact]
    public async Task Grain_types_with_an_underscore_do_not_meet_keys_that_continue_them()
    {
        var suffix = Guid.NewGuid().ToString("N");
        var plain = GrainId.Create("page", "x_" + suffix);
        var underscored = GrainId.Create("page_x", suffix);

        await fixture.Storage.WriteStateAsync("profile", plain, new GrainState<ProfileState>(new ProfileState { Name = "plain" }));
        await fixture.Storage.WriteStateAsync("profile", underscored, new GrainState<ProfileState>(new ProfileState { Name = "underscored" }));

        Assert.Equal("plain", (await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, plain, "profile")).Name);
        Assert.Equal("underscored", (await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, underscored, "profile")).Name);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Escaped_key_has_nothing_the_provider_replaces_and_fits_azure(string key)
    {
        var escaped = TableKeys.Escape(GrainId.Create("customer", key)).Key.ToString()!;

        Assert.DoesNotContain(escaped, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.True(escaped.Length <= TableKeys.MaxKeyLength);
    }

    [Fact]
    public void Plain_ids_are_stored_under_their_own_text()
    {
        var grain = GrainId.Create("conversation", "c-42");

        Assert.Equal(grain, TableKeys.Escape(grain));
    }

    [Fact]
    public void Long_keys_differing_only_at_the_end_escape_differently()
    {
        var head = new string('x', 2000);

        Assert.NotEqual(TableKeys.Escape(GrainId.Create("customer", head + "1")), TableKeys.Escape(GrainId.Create("customer", head + "2")));
    }
}
