using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ChsiValidation.Rosters;

/// <summary>
/// The rows' ID and mobile numbers seen so far, to flag the later row of a duplicate. The one structure of a roster check
/// that grows with the file: an 18-character ID number and an 11-digit mobile number are kept as 64-bit keys in
/// open-addressing tables of 16-byte slots (at most three quarters full, so 21 to 43 bytes a distinct number), other
/// numbers and the names of rows without a number as strings.
/// </summary>
/// <param name="culture">The language of the findings.</param>
/// <param name="expectedIds">About how many ID numbers the file has (0: unknown), and <paramref name="expectedMobiles"/>
/// mobile numbers: the tables start at that size, so that they are not rebuilt at each doubling while the file is read.</param>
/// <param name="expectedMobiles">About how many mobile numbers the file has (0: unknown).</param>
internal sealed class DuplicateIndex(CultureInfo culture, long expectedIds = 0, long expectedMobiles = 0) : IDuplicateCheck
{
    private readonly FirstRows _packedIds = new(expectedIds);
    private readonly Dictionary<string, int> _otherIds = new(StringComparer.Ordinal);
    private readonly FirstRows _mobiles = new(expectedMobiles);
    private readonly Dictionary<string, int> _namedPeople = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a batch of rows in order, replacing each row that repeats an earlier number by the row with its finding. The
    /// slots of the whole batch's keys (<see cref="Keys"/>, found when the batch was checked) are prefetched first, so that
    /// the batch's cache misses (a table of millions of numbers is far larger than the caches) overlap instead of
    /// following one another.
    /// </summary>
    public void AddAll(RowBatch batch)
    {
        int count = batch.Count;
        long[] idKeys = batch.IdKeys;
        long[] mobileKeys = batch.MobileKeys;
        for (int i = 0; i < count; i++)
        {
            _packedIds.Prefetch(idKeys[i]);
            _mobiles.Prefetch(mobileKeys[i]);
        }

        RosterRow[] rows = batch.Rows;
        RawRecord[] records = batch.Records;
        for (int i = 0; i < count; i++)
        {
            long packedId = idKeys[i];
            if (packedId < 0)
            {
                rows[i] = AddUnpacked(rows[i], mobileKeys[i]);
                continue;
            }

            // The common row: a packed ID number, whose first row is also who the row is. The row itself is read only
            // when it gets a finding.
            int rowNumber = records[i].RowNumber;
            ref FirstRows.Slot slot = ref _packedIds.GetOrAdd(packedId, out bool seen);
            if (!seen)
            {
                slot.Row = rowNumber;
            }

            int firstOfId = slot.Row;
            int firstOfMobile = AddMobile(mobileKeys[i], rowNumber, person: firstOfId);
            if (seen || firstOfMobile != 0)
            {
                rows[i] = WithDuplicates(rows[i], seen ? firstOfId : 0, firstOfMobile, culture);
            }
        }
    }

    /// <summary>
    /// The keys of a row whose canonical ID number and mobile number are <paramref name="idNumber"/> and
    /// <paramref name="mobileNumber"/> (empty: none): the ID number packed as a 64-bit number (<see cref="Pack"/>) and
    /// the mobile number as one; -1 for none.
    /// </summary>
    public static (long IdKey, long MobileKey) Keys(ReadOnlySpan<char> idNumber, ReadOnlySpan<char> mobileNumber) =>
        (Pack(idNumber) ?? -1, MobileKey(mobileNumber));

    /// <summary>Adds a row without a packed ID number (another kind of number, or none), whose mobile number's key is <paramref name="mobileKey"/> (-1: none).</summary>
    private RosterRow AddUnpacked(RosterRow row, long mobileKey)
    {
        int firstOfId = 0;

        // Who the row is, for "one mobile number, two people": the first row of its ID number, else its name, else the
        // row alone.
        int person = int.MinValue + (row.RowNumber & 0x3FFF_FFFF);
        if (row.IdNumber is { } idNumber)
        {
            // One probe a number: the slot holds the first row's number, or is new (row 0).
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_otherIds, idNumber, out bool seen);
            if (!seen)
            {
                slot = row.RowNumber;
            }
            else
            {
                firstOfId = slot;
            }

            person = slot;
        }
        else if (row.Name is { } name && row.MobileNumber is not null)
        {
            // Negative, so never a row number; a name is kept only when it is needed, beside a mobile number.
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_namedPeople, name, out bool seen);
            if (!seen)
            {
                slot = -1 - _namedPeople.Count;
            }

            person = slot;
        }

        return WithDuplicates(row, firstOfId, AddMobile(mobileKey, row.RowNumber, person), culture);
    }

    /// <summary>
    /// Adds the mobile number <paramref name="mobileKey"/> (-1: none) of row <paramref name="rowNumber"/>, who is
    /// <paramref name="person"/>: the first row that had the number with another person, else 0.
    /// </summary>
    private int AddMobile(long mobileKey, int rowNumber, int person)
    {
        if (mobileKey < 0)
        {
            return 0;
        }

        ref FirstRows.Slot first = ref _mobiles.GetOrAdd(mobileKey, out bool seen);
        if (!seen)
        {
            first.Row = rowNumber;
            first.Person = person;
            return 0;
        }

        return first.Person != person ? first.Row : 0;
    }

    /// <summary>
    /// <paramref name="row"/> with its duplicate findings after its own: the ID number first seen on row
    /// <paramref name="firstOfId"/>, then the mobile number first seen on row <paramref name="firstOfMobile"/> with another
    /// person (0: none).
    /// </summary>
    internal static RosterRow WithDuplicates(RosterRow row, int firstOfId, int firstOfMobile, CultureInfo culture)
    {
        if (firstOfId == 0 && firstOfMobile == 0)
        {
            return row;
        }

        List<RosterFinding> added = new(2);
        if (firstOfId != 0)
        {
            added.Add(RosterFinding.Create(RosterColumn.IdNumber, RosterErrorCodes.DuplicateIdNumber, culture, RosterSeverity.Error, ("FirstRow", firstOfId)));
        }

        if (firstOfMobile != 0)
        {
            added.Add(RosterFinding.Create(RosterColumn.MobileNumber, RosterErrorCodes.DuplicateMobileNumber, culture, RosterSeverity.Error, ("FirstRow", firstOfMobile)));
        }

        return row with { Findings = [.. row.Findings, .. added] };
    }

    /// <summary>
    /// The fewest bytes a CSV row takes: a name, an 18-character ID number, an 11-digit mobile number, a short email
    /// address and the separators. Fewer bytes a row would mean more rows than estimated.
    /// </summary>
    internal const int MinCsvRowBytes = 40;

    /// <summary>
    /// The bytes a workbook row is counted at: a workbook is compressed (one of distinct people written by MiniExcel took
    /// 33 bytes a row with only a name and an ID number, 42 with five columns), so half the smaller figure, to err towards
    /// more rows.
    /// </summary>
    internal const int MinXlsxRowBytes = 16;

    /// <summary>
    /// The index's bytes a row with an ID number and a mobile number: its two tables held 536 MB for 10,000,000 such rows
    /// (a table of 16-byte slots is between three eighths and three quarters full).
    /// </summary>
    internal const int BytesPerRow = 54;

    /// <summary>
    /// How many rows the bytes left in <paramref name="input"/> (from its position) hold at most, read as
    /// <paramref name="format"/>; 0 for a stream that cannot seek (its length is unknown).
    /// </summary>
    internal static long MaxRows(Stream input, RosterFormat format)
    {
        if (!input.CanSeek)
        {
            return 0;
        }

        try
        {
            long left = input.Length - input.Position;
            return Math.Max(0, left) / (format == RosterFormat.Xlsx ? MinXlsxRowBytes : MinCsvRowBytes);
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>A canonical mobile number (11 digits) as a number, or -1 (none, or not 11 digits: not checked for duplicates).</summary>
    private static long MobileKey(ReadOnlySpan<char> mobile) => mobile.Length == 11 ? Digits(mobile) : -1;

    /// <summary>17 digits and a digit or X as one number (×11 + check), or null for any other string.</summary>
    internal static long? Pack(ReadOnlySpan<char> id)
    {
        long digits = id.Length == 18 ? Digits(id[..17]) : -1;
        if (digits < 0)
        {
            return null;
        }

        char check = id[17];
        return check == 'X' ? (digits * 11) + 10 : char.IsAsciiDigit(check) ? (digits * 11) + (check - '0') : null;
    }

    /// <summary>ASCII digits (at most 18) as a number, or -1 when a character is not one.</summary>
    private static long Digits(ReadOnlySpan<char> text)
    {
        if (text.Length <= 9)
        {
            return ShortDigits(text);
        }

        // Two halves apart: two short chains of multiply-adds, which the processor runs side by side, not one long one.
        long high = ShortDigits(text[..^9]);
        long low = ShortDigits(text[^9..]);
        return (high | low) < 0 ? -1 : (high * 1_000_000_000) + low;
    }

    /// <summary>At most 9 ASCII digits as a number, or -1 when a character is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long ShortDigits(ReadOnlySpan<char> text)
    {
        long number = 0;
        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return -1;
            }

            number = (number * 10) + digit;
        }

        return number;
    }

    /// <summary>
    /// A table from a 64-bit key to the first row that had it (and who that was): open addressing with linear probing in
    /// one array of 16-byte slots, so a lookup in a table of millions costs one cache miss where a
    /// <see cref="Dictionary{TKey, TValue}"/> costs two (its buckets, then its entries). A slot whose row is 0 is free:
    /// a data row is row 2 or later.
    /// </summary>
    private sealed class FirstRows
    {
        private const int MinBits = 10;

        // 2^24 slots of 16 bytes (256 MB) hold 12.5 million numbers; a larger table is reached by doubling, not guessed.
        private const int MaxInitialBits = 24;

        private Slot[] _slots;
        private int _shift;
        private int _count;

        /// <summary>A table for about <paramref name="expected"/> numbers at most three quarters full (0: the smallest).</summary>
        public FirstRows(long expected)
        {
            int bits = MinBits;
            while (bits < MaxInitialBits && (1L << bits) - (1L << (bits - 2)) < expected)
            {
                bits++;
            }

            (_slots, _shift) = (NewSlots(1 << bits), 64 - bits);
        }

        /// <summary>
        /// A table of <paramref name="length"/> free slots, each page of it written once now: a page the operating system
        /// has not mapped yet, read first by a lookup, is mapped to the shared zero page and then copied when written, which
        /// costs a second fault and a flush of every processor's address translations (an interrupt to each, slow in a
        /// virtual machine). Written in order here, each page costs one fault.
        /// </summary>
        private static Slot[] NewSlots(int length)
        {
            var slots = new Slot[length];
            const int SlotsPerPage = 4096 / 16;
            for (int i = 0; i < slots.Length; i += SlotsPerPage)
            {
                slots[i].Row = 0;
            }

            return slots;
        }

        /// <summary>The slot of <paramref name="key"/>; when it is new (<paramref name="found"/> false), the caller sets its row.</summary>
        public ref Slot GetOrAdd(long key, out bool found)
        {
            // At most three quarters full: linear probing stays short.
            if (_count >= _slots.Length - (_slots.Length >> 2))
            {
                Grow();
            }

            ref Slot slot = ref Find(_slots, _shift, key);
            found = slot.Row != 0;
            if (!found)
            {
                slot.Key = key;
                _count++;
            }

            return ref slot;
        }

        /// <summary>Asks the processor to fetch the slot where <paramref name="key"/> would be (a hint: nothing happens without SSE, or for -1).</summary>
        public unsafe void Prefetch(long key)
        {
            if (Sse.IsSupported && key >= 0)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _slots[Home(key, _shift)]));
            }
        }

        // Fibonacci hashing: the key's high product bits spread consecutive numbers over the table.
        private static int Home(long key, int shift) => (int)(((ulong)key * 0x9E37_79B9_7F4A_7C15UL) >> shift);

        private static ref Slot Find(Slot[] slots, int shift, long key)
        {
            int mask = slots.Length - 1;
            int i = Home(key, shift);
            while (true)
            {
                ref Slot slot = ref slots[i];
                if (slot.Row == 0 || slot.Key == key)
                {
                    return ref slot;
                }

                i = (i + 1) & mask;
            }
        }

        private void Grow()
        {
            Slot[] old = _slots;
            Slot[] slots = NewSlots(old.Length * 2);
            int shift = _shift - 1;
            foreach (Slot slot in old)
            {
                if (slot.Row != 0)
                {
                    Find(slots, shift, slot.Key) = slot;
                }
            }

            (_slots, _shift) = (slots, shift);
        }

        /// <summary>One number: the key, the first row that had it, and who that row is (mobile numbers only).</summary>
        public struct Slot
        {
            public long Key;
            public int Row;
            public int Person;
        }
    }
}
