namespace ChsiValidation;

/// <summary>
/// How the generated tables store ascending lists of code points: each value as a LEB128 varint (7 bits a byte, least
/// significant first, the high bit set on every byte but the last) of its difference from the previous value, the first
/// from 0. About one byte a value instead of four, which matters in a WebAssembly download; unpacked once at run time.
/// </summary>
internal static class PackedDeltas
{
    /// <summary>The <paramref name="count"/> values packed in <paramref name="deltas"/>.</summary>
    internal static int[] Unpack(ReadOnlySpan<byte> deltas, int count)
    {
        var values = new int[count];
        int value = 0;
        int i = 0;
        for (int k = 0; k < values.Length; k++)
        {
            int delta = 0;
            int shift = 0;
            byte b;
            do
            {
                b = deltas[i++];
                delta |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            value += delta;
            values[k] = value;
        }

        return values;
    }
}
