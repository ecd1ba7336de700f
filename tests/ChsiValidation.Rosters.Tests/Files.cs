using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace ChsiValidation.Rosters.Tests;

/// <summary>Test files made in code: CSV bytes in an encoding, XLSX written with MiniExcel.</summary>
internal static class Files
{
    static Files() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    // Valid resident ID numbers (GB 11643-1999 check characters).
    public const string Id1 = "11010519491231002X";
    public static readonly string Id2 = MakeId("44052419800101001");
    public static readonly string Id3 = MakeId("32010619991231123");

    /// <summary>17 digits and their ISO 7064 MOD 11-2 check character.</summary>
    public static string MakeId(string digits17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            sum += (digits17[i] - '0') * weights[i];
        }

        return digits17 + "10X98765432"[sum % 11];
    }

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static byte[] Csv(string text, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        byte[] body = encoding.GetBytes(text);
        return bom ? [.. encoding.GetPreamble().Length > 0 ? encoding.GetPreamble() : new UTF8Encoding(true).GetPreamble(), .. body] : body;
    }

    public static byte[] Xlsx(IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        IEnumerable<Dictionary<string, object?>> sheet = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>();
            for (int i = 0; i < r.Length; i++)
            {
                d[((char)('A' + i)).ToString()] = r[i];
            }

            return d;
        });
        MiniExcel.SaveAs(stream, sheet, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static (List<RosterRow> Rows, RosterSummary Summary) Check(byte[] file, RosterFormat format = RosterFormat.Csv, RosterOptions? options = null)
    {
        var summary = new RosterSummary();
        options ??= new RosterOptions { Culture = En };
        List<RosterRow> rows = [.. Roster.Check(new MemoryStream(file), format, options, summary)];
        return (rows, summary);
    }

    /// <summary>The number of records a spreadsheet shows after the header, counted independently: lines outside quotes.</summary>
    public static IEnumerable<string> Codes(RosterRow row) => row.Findings.Select(f => f.ErrorCode);

    /// <summary>A stream that can only be read forward.</summary>
    public sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
