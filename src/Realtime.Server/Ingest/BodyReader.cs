using System.Buffers;

namespace Realtime.Server.Ingest;

/// <summary>Reads a request body up to a limit; null when it is over (the caller answers 413).</summary>
public static class BodyReader
{
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
