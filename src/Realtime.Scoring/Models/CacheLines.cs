using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Realtime.Scoring.Models;

/// <summary>Asks the CPU to start loading a cache line that will be read soon (a no-op where there is no such instruction).</summary>
internal static unsafe class CacheLines
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }
}
