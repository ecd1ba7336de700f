using System.Text;

namespace ChsiValidation;

/// <summary>
/// Punycode (RFC 3492) for domain labels, used instead of <see cref="System.Globalization.IdnMapping"/> where ICU is
/// missing (invariant globalization): there <see cref="System.Globalization.IdnMapping"/> also applies IDNA2003's
/// bidirectional rule (RFC 3454 §6), which ICU's UTS #46 processing does not, and would refuse <c>aש</c> or an Arabic
/// label ending in a vowel mark that ICU accepts. The email rule has checked the characters and the limits itself.
/// </summary>
internal static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 0x80;

    /// <summary>What becomes of one label: appended to the output, or false when it cannot be converted.</summary>
    private delegate bool LabelConversion(ReadOnlySpan<char> label, StringBuilder output);

    /// <summary>The ASCII form of a (lower-case) domain: each label with a non-ASCII character as <c>xn--</c> and its Punycode.</summary>
    internal static string ToAscii(string domain) =>
        ConvertLabels(domain, domain.Length + 16, static (label, output) =>
        {
            if (label.ContainsAnyExceptInRange('\0', '\u007F'))
            {
                output.Append("xn--");
                Encode(label, output);
            }
            else
            {
                output.Append(label);
            }

            return true;
        })!;

    /// <summary>The Unicode form of a domain: each <c>xn--</c> label decoded; <see langword="null"/> when one is not Punycode.</summary>
    internal static string? ToUnicode(string domain) =>
        ConvertLabels(domain, domain.Length, static (label, output) =>
        {
            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return Decode(label[4..], output);
            }

            output.Append(label);
            return true;
        });

    /// <summary>The domain with each dot-separated label converted by <paramref name="convert"/>; null when one cannot be.</summary>
    private static string? ConvertLabels(string domain, int capacity, LabelConversion convert)
    {
        var result = new StringBuilder(capacity);
        int start = 0;
        while (true)
        {
            int dot = domain.IndexOf('.', start);
            int end = dot < 0 ? domain.Length : dot;
            if (!convert(domain.AsSpan(start, end - start), result))
            {
                return null;
            }

            if (dot < 0)
            {
                return result.ToString();
            }

            result.Append('.');
            start = end + 1;
        }
    }

    /// <summary>RFC 3492 §6.3. A label has at most 254 characters here, so no delta can overflow.</summary>
    private static void Encode(ReadOnlySpan<char> label, StringBuilder output)
    {
        int count = 0;
        Span<int> codePoints = label.Length <= 256 ? stackalloc int[label.Length] : new int[label.Length];
        for (int i = 0; i < label.Length; i++)
        {
            codePoints[count++] = TypedText.ReadCodePoint(label, i, out int width);
            i += width - 1;
        }

        codePoints = codePoints[..count];
        int basic = 0;
        foreach (int c in codePoints)
        {
            if (c < 0x80)
            {
                output.Append((char)c);
                basic++;
            }
        }

        if (basic > 0)
        {
            output.Append('-');
        }

        int n = InitialN, delta = 0, bias = InitialBias, handled = basic;
        while (handled < codePoints.Length)
        {
            int m = int.MaxValue;
            foreach (int c in codePoints)
            {
                if (c >= n && c < m)
                {
                    m = c;
                }
            }

            delta += (m - n) * (handled + 1);
            n = m;
            foreach (int c in codePoints)
            {
                if (c < n)
                {
                    delta++;
                }
                else if (c == n)
                {
                    int q = delta;
                    for (int k = Base; ; k += Base)
                    {
                        int t = Threshold(k, bias);
                        if (q < t)
                        {
                            break;
                        }

                        output.Append(Digit(t + ((q - t) % (Base - t))));
                        q = (q - t) / (Base - t);
                    }

                    output.Append(Digit(q));
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }
    }

    /// <summary>RFC 3492 §6.2, with its overflow checks; code points below U+0080, surrogates and beyond U+10FFFF fail.</summary>
    private static bool Decode(ReadOnlySpan<char> input, StringBuilder result)
    {
        var output = new List<int>(input.Length);
        int basic = input.LastIndexOf('-');
        for (int j = 0; j < basic; j++)
        {
            if (input[j] >= 0x80)
            {
                return false;
            }

            output.Add(input[j]);
        }

        int n = InitialN, i = 0, bias = InitialBias;
        for (int at = basic > 0 ? basic + 1 : 0; at < input.Length;)
        {
            int oldI = i, w = 1;
            for (int k = Base; ; k += Base)
            {
                if (at >= input.Length)
                {
                    return false;
                }

                int digit = DigitValue(input[at++]);
                if (digit < 0 || digit > (int.MaxValue - i) / w)
                {
                    return false;
                }

                i += digit * w;
                int t = Threshold(k, bias);
                if (digit < t)
                {
                    break;
                }

                if (w > int.MaxValue / (Base - t))
                {
                    return false;
                }

                w *= Base - t;
            }

            bias = Adapt(i - oldI, output.Count + 1, oldI == 0);
            if (i / (output.Count + 1) > int.MaxValue - n)
            {
                return false;
            }

            n += i / (output.Count + 1);
            i %= output.Count + 1;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            output.Insert(i, n);
            i++;
        }

        foreach (int c in output)
        {
            result.Append(char.ConvertFromUtf32(c));
        }

        return true;
    }

    private static int Threshold(int k, int bias) => k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + (d - 26));

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static int Adapt(int delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return k + (((Base - TMin + 1) * delta) / (delta + Skew));
    }
}
