namespace ChsiValidation.Testing;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014): the same seed
/// gives the same numbers on every runtime and platform, which <see cref="Random"/> does not promise across versions.
/// Not for secrets.
/// </summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = (ulong)seed;

    internal ulong NextUInt64()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="count"/>), without modulo bias.</summary>
    internal int Next(int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        ulong bound = (ulong)count;
        ulong threshold = (0UL - bound) % bound;
        ulong r;
        do
        {
            r = NextUInt64();
        }
        while (r < threshold);

        return (int)(r % bound);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    internal int Between(int min, int max) => min + Next(max - min + 1);

    internal T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    internal char Digit() => (char)('0' + Next(10));

    internal bool Chance(int percent) => Next(100) < percent;
}
