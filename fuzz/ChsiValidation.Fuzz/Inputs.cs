using System.Runtime.InteropServices;
using System.Text;

namespace ChsiValidation.Fuzz;

/// <summary>How fuzz bytes become the strings a target sees.</summary>
internal static class Inputs
{
    /// <summary>
    /// Runs <paramref name="target"/> on the input decoded as UTF-8 (ill-formed sequences become U+FFFD, as a web form would
    /// deliver them) and as raw little-endian UTF-16 code units (an odd last byte is dropped), so that lone surrogates,
    /// unpaired or reversed, reach the code as they can from a .NET caller. An empty input is also passed as
    /// <see langword="null"/>.
    /// </summary>
    internal static void Run(Action<string?> target, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            target(null);
        }

        target(Encoding.UTF8.GetString(data));
        target(new string(MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)])));
    }

    /// <summary>Reads the whole stream that SharpFuzz hands over (afl's input file on stdin).</summary>
    internal static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
