using System.Security.Cryptography;
using System.Text;

namespace Realtime.Training.Data;

/// <summary>A seeded hash split for the examples we derive ourselves: about 20 % of texts go to evaluation, always the same ones.</summary>
public static class HoldOut
{
    private const string Salt = "realtime-models-2026";

    public static bool IsHeldOut(string text)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(Salt + "\u001F" + text));
        return BitConverter.ToUInt32(hash, 0) % 100 < 20;
    }
}
