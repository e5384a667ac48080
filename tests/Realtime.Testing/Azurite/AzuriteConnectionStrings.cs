using System.Globalization;

namespace Realtime.Testing.Azurite;

/// <summary>Azurite's well-known development account.</summary>
public static class AzuriteConnectionStrings
{
    /// <summary>The account name every Azurite instance accepts.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The account key every Azurite instance accepts (public, documented by Azurite).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The connection string of a table service on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ForTablePort(int port) => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{AccountName};");

    /// <summary>The table endpoint named in <paramref name="connectionString"/>.</summary>
    public static Uri TableEndpoint(string connectionString)
    {
        foreach (string part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=');
            if (equals > 0 && part[..equals].Trim().Equals("TableEndpoint", StringComparison.OrdinalIgnoreCase))
            {
                return new Uri(part[(equals + 1)..].Trim());
            }
        }

        throw new ArgumentException("The connection string has no TableEndpoint.", nameof(connectionString));
    }
}
