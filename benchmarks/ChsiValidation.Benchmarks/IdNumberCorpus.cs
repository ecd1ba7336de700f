namespace ChsiValidation.Benchmarks;

/// <summary>
/// 100,000 canonical 18-character numbers from a fixed seed: 90% valid, 10% with a wrong check character (the typo
/// that survives every other check). Regions from every province, births 1930–2015, any sequence code.
/// </summary>
internal static class IdNumberCorpus
{
    internal const int Size = 100_000;

    private static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    internal static string[] Create(int seed = 20260515)
    {
        var random = new Random(seed);
        var numbers = new string[Size];
        var first17 = new char[17];
        for (int i = 0; i < numbers.Length; i++)
        {
            var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(365 * 85));
            string digits = $"{Provinces[random.Next(Provinces.Length)]:D2}{random.Next(1, 10000):D4}{birth:yyyyMMdd}{random.Next(1000):D3}";
            char check = IdNumber.ComputeCheckCharacter(digits);
            if (random.Next(10) == 0)
            {
                // Any of the ten other check characters.
                const string all = "0123456789X";
                check = all[(all.IndexOf(check, StringComparison.Ordinal) + random.Next(1, 11)) % 11];
            }

            numbers[i] = digits + check;
        }

        return numbers;
    }
}
