namespace ChsiValidation;

// Typed input to the canonical number: full-width digits, lower-case x, spaces around the number and between GB 11643's
// fields.
public static partial class IdNumber
{
    // Where typed spaces may stand inside a number, as bit n = "after n characters": between GB 11643's fields, address
    // code (6) | year | month | day | sequence code (3) | check character, so 6-8-4 and 6-4-4-4 groupings both pass.
    private const int FieldBoundaries18 = (1 << 6) | (1 << 10) | (1 << 12) | (1 << 14) | (1 << 17);

    // First generation (GB 11643-1989): address code (6) | yy | mm | dd | sequence code (3).
    private const int FieldBoundaries15 = (1 << 6) | (1 << 8) | (1 << 10) | (1 << 12);

    /// <summary>
    /// Folds typed input into <paramref name="buffer"/> (ASCII digits, X last), stopping at the first character that
    /// cannot be part of a number. Reports Empty, InvalidCharacter, InvalidLength, MisplacedSpace or NotCanonical; on
    /// success <paramref name="length"/> is 18 or 15 and the result carries the changes made.
    /// </summary>
    private static IdNumberResult Fold(ReadOnlySpan<char> input, Span<char> buffer, bool strict, out int length)
    {
        length = 0;
        if (input.Length > MaxInputLength)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidLength);
        }

        if (TypedText.IsBlank(input))
        {
            return IdNumberResult.Fail(IdNumberError.Empty);
        }

        var changes = IdNumberChanges.None;
        int firstChange = -1;
        int xAt = -1;
        int spaceRun = -1; // index of the first space of the run just read, while no character has followed it
        int misplaced18 = -1, misplaced15 = -1; // the first space inside a field, if the number turns out 18 / 15 long
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            IdNumberChanges change = IdNumberChanges.None;
            char folded = default;
            if (char.IsAsciiDigit(c) || c == 'X')
            {
                folded = c;
            }
            else if (TypedText.IsSpace(c))
            {
                firstChange = firstChange < 0 ? i : firstChange;
                spaceRun = spaceRun < 0 ? i : spaceRun;
                continue;
            }
            else if (TypedText.IsFullWidthDigit(c))
            {
                folded = TypedText.FoldDigit(c);
                change = IdNumberChanges.FullWidthFolded;
            }
            else if (c == 'x')
            {
                folded = 'X';
                change = IdNumberChanges.LowerCaseX;
            }
            else if (TypedText.FoldFullWidth(c) is 'X' or 'x')
            {
                // Ｘ U+FF38 or ｘ U+FF58: the ASCII X and x were read above.
                folded = 'X';
                change = IdNumberChanges.FullWidthFolded;
            }
            else
            {
                return IdNumberResult.Fail(IdNumberError.InvalidCharacter, i);
            }

            if (length == Length)
            {
                return IdNumberResult.Fail(IdNumberError.InvalidLength);
            }

            if (xAt >= 0)
            {
                // Only the check character, the last one, may be X.
                return IdNumberResult.Fail(IdNumberError.InvalidCharacter, xAt);
            }

            if (folded == 'X')
            {
                xAt = i;
            }

            if (change != IdNumberChanges.None)
            {
                changes |= change;
                firstChange = firstChange < 0 ? i : firstChange;
            }

            if (spaceRun >= 0 && length == 0)
            {
                // Spaces before the number.
                changes |= IdNumberChanges.WhitespaceTrimmed;
            }
            else if (spaceRun >= 0)
            {
                // Spaces between characters: fine only between fields; which fields depends on the final length.
                changes |= IdNumberChanges.SeparatorsRemoved;
                misplaced18 = misplaced18 < 0 && (FieldBoundaries18 & (1 << length)) == 0 ? spaceRun : misplaced18;
                misplaced15 = misplaced15 < 0 && (FieldBoundaries15 & (1 << length)) == 0 ? spaceRun : misplaced15;
            }

            spaceRun = -1;
            buffer[length++] = folded;
        }

        if (spaceRun >= 0)
        {
            // Spaces after the number.
            changes |= IdNumberChanges.WhitespaceTrimmed;
        }

        if (length != Length && length != FirstGenerationLength)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidLength);
        }

        if (xAt >= 0 && length != Length)
        {
            return IdNumberResult.Fail(IdNumberError.InvalidCharacter, xAt);
        }

        int misplaced = length == Length ? misplaced18 : misplaced15;
        if (misplaced >= 0)
        {
            return IdNumberResult.Fail(IdNumberError.MisplacedSpace, misplaced);
        }

        if (strict && changes != IdNumberChanges.None)
        {
            return IdNumberResult.Fail(IdNumberError.NotCanonical, firstChange);
        }

        return new IdNumberResult { Changes = changes, ErrorPosition = -1 };
    }
}
