using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ChsiValidation.Rosters;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace ChsiValidation.Benchmarks;

/// <summary>
/// The roster check against its readers alone, in one run: a generated 1,000,000-row CSV checked by
/// <see cref="Roster.Check"/> against Sylvan.Data.Csv reading the same bytes (the five fields of each record as strings),
/// and a generated 100,000-row XLSX checked against MiniExcel reading it. Each category's ratio to its baseline is the
/// figure: the check's cost over the reader's.
/// </summary>
/// <remarks>Run once: <c>dotnet run -c Release --project benchmarks/ChsiValidation.Benchmarks -- --filter '*RosterBenchmarks*' --job short</c>.</remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RosterBenchmarks
{
    private const int CsvRows = 1_000_000;
    private const int XlsxRows = 100_000;
    private static readonly RosterOptions Options = new() { Culture = CultureInfo.GetCultureInfo("en-US") };
    private byte[] _csv = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        _csv = Encoding.UTF8.GetBytes(GenerateCsv(CsvRows));
        var xlsx = new MemoryStream();
        MiniExcel.SaveAs(xlsx, GenerateRows(XlsxRows), printHeader: true, excelType: ExcelType.XLSX);
        _xlsx = xlsx.ToArray();
    }

    [Benchmark(Baseline = true, Description = "Sylvan reads the CSV")]
    [BenchmarkCategory("CSV, 1,000,000 rows")]
    public long SylvanReadCsv()
    {
        using var text = new StreamReader(new MemoryStream(_csv), Encoding.UTF8);
        using CsvDataReader reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        long chars = 0;
        while (reader.Read())
        {
            for (int i = 0; i < reader.RowFieldCount; i++)
            {
                chars += reader.GetString(i).Length;
            }
        }

        return chars;
    }

    [Benchmark(Description = "Roster.Check of the CSV")]
    [BenchmarkCategory("CSV, 1,000,000 rows")]
    public int RosterCheckCsv() => Roster.Check(new MemoryStream(_csv), RosterFormat.Csv, Options).Count(r => r.IsValid);

    [Benchmark(Baseline = true, Description = "MiniExcel reads the XLSX")]
    [BenchmarkCategory("XLSX, 100,000 rows")]
    public long MiniExcelReadXlsx()
    {
        long cells = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(new MemoryStream(_xlsx), useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>())
        {
            foreach (object? value in row.Values)
            {
                cells += value is null ? 0 : 1;
            }
        }

        return cells;
    }

    [Benchmark(Description = "Roster.Check of the XLSX")]
    [BenchmarkCategory("XLSX, 100,000 rows")]
    public int RosterCheckXlsx() => Roster.Check(new MemoryStream(_xlsx), RosterFormat.Xlsx, Options).Count(r => r.IsValid);

    /// <summary>
    /// A roster: valid resident ID numbers (varied region, birth date and sequence), names, mobile numbers (allocated
    /// prefixes), emails; every 20th row has a mistyped check character, so 5% of the rows carry a finding.
    /// </summary>
    internal static string GenerateCsv(int rows)
    {
        var text = new StringBuilder(rows * 72);
        text.Append("姓名,证件类型,证件号码,手机号,邮箱\n");
        foreach (Dictionary<string, object?> row in GenerateRows(rows))
        {
            text.Append(row["姓名"]).Append(',').Append(row["证件类型"]).Append(',').Append(row["证件号码"]).Append(',')
                .Append(row["手机号"]).Append(',').Append(row["邮箱"]).Append('\n');
        }

        return text.ToString();
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳", "司马"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"];
    private static readonly string[] MobilePrefixes = ["134", "135", "136", "137", "138", "139", "150", "151", "158", "159", "186", "187", "188", "189", "177", "199"];
    private static readonly string[] Regions = ["110105", "310104", "440305", "510107", "320106", "330106", "420106", "610113"];

    internal static IEnumerable<Dictionary<string, object?>> GenerateRows(int rows)
    {
        var random = new Random(20261206);
        for (int i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1970, 1, 1).AddDays(random.Next(0, 365 * 35));
            string seventeen = Regions[random.Next(Regions.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                + random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
            string id = seventeen + (IdNumber.TryComputeCheckCharacter(seventeen, out char check) ? check : '0');
            if (i % 20 == 19)
            {
                id = seventeen + (id[17] == '1' ? '2' : '1');
            }

            yield return new Dictionary<string, object?>
            {
                ["姓名"] = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                ["证件类型"] = "居民身份证",
                ["证件号码"] = id,
                ["手机号"] = MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
                ["邮箱"] = "u" + i.ToString(CultureInfo.InvariantCulture) + "@example.com",
            };
        }
    }
}
