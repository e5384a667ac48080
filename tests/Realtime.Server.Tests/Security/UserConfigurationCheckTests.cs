using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Realtime.Server.Auth;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

public sealed class UserConfigurationCheckTests
{
    [Fact]
    public async Task Configured_users_who_cannot_sign_in_are_named_at_start_up_with_the_fix()
    {
        using var app = new ConfiguredUsersFactory(
            ("plain-user", "Password", "secret"),
            ("broken-user", "PasswordHash", "sha1$1$x"),
            ("good-user", "PasswordHash", PasswordHasher.Hash("secret")));
        using var client = app.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        var warnings = app.Logs.Lines.Where(l => l.Contains(nameof(UserConfigurationCheck), StringComparison.Ordinal)).ToList();
        var plain = Assert.Single(warnings, l => l.Contains("'plain-user'", StringComparison.Ordinal));
        Assert.Contains("Warning", plain, StringComparison.Ordinal);
        Assert.Contains("plain-text password", plain, StringComparison.Ordinal);
        Assert.Contains("hash-password", plain, StringComparison.Ordinal);
        Assert.Contains("Auth:Users:0:PasswordHash", plain, StringComparison.Ordinal);
        Assert.Single(warnings, l => l.Contains("'broken-user'", StringComparison.Ordinal) && l.Contains("Auth:Users:1:PasswordHash", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, l => l.Contains("good-user", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_embedded_demo_users_raise_no_warning()
    {
        using var app = new ConfiguredUsersFactory();
        using var client = app.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(nameof(UserConfigurationCheck), StringComparison.Ordinal));
    }

    [Fact]
    public void New_hashes_use_600000_iterations_and_hashes_made_with_the_old_count_still_verify()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var old = Rfc2898DeriveBytes.Pbkdf2("correct horse", salt, 210_000, HashAlgorithmName.SHA256, 32);
        var oldUser = new UserAccount { Name = "old", PasswordHash = $"pbkdf2-sha256$210000${Convert.ToBase64String(salt)}${Convert.ToBase64String(old)}" };
        var newUser = new UserAccount { Name = "new", PasswordHash = PasswordHasher.Hash("correct horse") };

        Assert.StartsWith("pbkdf2-sha256$600000$", newUser.PasswordHash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify(newUser, "correct horse", allowPlain: false));
        Assert.True(PasswordHasher.Verify(oldUser, "correct horse", allowPlain: false));
        Assert.False(PasswordHasher.Verify(oldUser, "correct horse!", allowPlain: false));
    }

    private sealed class ConfiguredUsersFactory(params (string Name, string Field, string Value)[] users) : RealtimeAppFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            for (var i = 0; i < users.Length; i++)
            {
                builder.UseSetting($"Auth:Users:{i}:Name", users[i].Name);
                builder.UseSetting($"Auth:Users:{i}:{users[i].Field}", users[i].Value);
                builder.UseSetting($"Auth:Users:{i}:Roles:0", Roles.Admin);
            }

            builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
        }
    }
}
