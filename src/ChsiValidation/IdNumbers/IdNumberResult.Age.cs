namespace ChsiValidation;

/// <summary>How a birthday turns into a year of age.</summary>
/// <remarks>
/// The two readings differ by one day. Both make a person born on 29 February a year older on 1 March in a common year:
/// the year of age that began on 29 February ends on the last day of February (民法典 art. 202: a period without its
/// corresponding day in the final month ends on that month's last day), so the next one begins on 1 March.
/// </remarks>
public enum AgeReckoning
{
    /// <summary>
    /// A year older on the birthday itself (everyday 周岁, and what most forms ask): born 2008-03-05, 18 on 2026-03-05.
    /// Born on 29 February: a year older on 29 February in a leap year, on 1 March in a common year.
    /// </summary>
    Birthday = 0,

    /// <summary>
    /// A year older on the day after the birthday: a year of age is a period counted by years, whose first day (the day of
    /// birth) is not counted (民法典 arts. 201–202), as courts count 周岁 (最高人民法院 法释〔2006〕1号 art. 2: "从周岁生日的第二天起算").
    /// Born 2008-03-05, 18 on 2026-03-06. Born on 29 February: a year older on 1 March in every year.
    /// </summary>
    DayAfterBirthday = 1,
}

public readonly partial record struct IdNumberResult
{
    /// <summary>
    /// For a <see cref="IdNumberKind.ForeignPermanentResidentId"/>: the country of <see cref="NationalityCode"/> (ISO 3166-1
    /// numeric, the codes of GB/T 2659) with its alpha-2 and alpha-3 codes and its English and Chinese names, from
    /// <see cref="IsoCountries"/>. <see langword="null"/> for every other kind, and for a code the table does not know:
    /// then <see cref="NationalityCode"/> still holds the three digits.
    /// </summary>
    public IsoCountry? Nationality =>
        Kind == IdNumberKind.ForeignPermanentResidentId && IsoCountries.TryGetByNumericCode(NationalityCode, out IsoCountry country)
            ? country
            : null;

    /// <summary>
    /// The holder's age in completed years on <paramref name="date"/> (a date in China), from <see cref="BirthDate"/>, a
    /// year older on each birthday (<see cref="AgeReckoning.Birthday"/>); born on 29 February, a year older on 1 March in a
    /// common year.
    /// </summary>
    /// <param name="date">The day to compute the age on, as China's calendar reads it.</param>
    /// <returns>
    /// The age; <see langword="null"/> when <see cref="BirthDate"/> is unknown (the number was rejected before its date was
    /// read) or <paramref name="date"/> is before it. Computed whenever the birth date was read, also for a number rejected
    /// later (a wrong check character): test <see cref="IsValid"/> first.
    /// </returns>
    public int? AgeOn(DateOnly date) => AgeOn(date, AgeReckoning.Birthday);

    /// <summary>The holder's age in completed years on <paramref name="date"/> (a date in China), counted by <paramref name="reckoning"/>.</summary>
    /// <param name="date">The day to compute the age on, as China's calendar reads it.</param>
    /// <param name="reckoning">When a year of age is complete. A person born on 29 February is a year older on 1 March in
    /// a common year under both readings.</param>
    /// <returns>As <see cref="AgeOn(DateOnly)"/>.</returns>
    public int? AgeOn(DateOnly date, AgeReckoning reckoning)
    {
        if (BirthDate is not DateOnly birth || date < birth)
        {
            return null;
        }

        int age = date.Year - birth.Year;
        int lastDay = Math.Min(birth.Day, DateTime.DaysInMonth(date.Year, birth.Month));

        // The birthday in date's year, or 28 February for a leap-day birth in a common year: the last day of the old year
        // of age when there is no corresponding day (民法典 art. 202).
        var birthday = new DateOnly(date.Year, birth.Month, lastDay);
        bool notYet = reckoning == AgeReckoning.DayAfterBirthday || lastDay != birth.Day
            ? date <= birthday
            : date < birthday;
        return notYet ? Math.Max(age - 1, 0) : age;
    }

    /// <summary>The holder's age in completed years today in China (UTC+8) by <paramref name="clock"/>, a year older on each birthday.</summary>
    /// <param name="clock">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <returns>As <see cref="AgeOn(DateOnly)"/>.</returns>
    public int? AgeOn(TimeProvider? clock) => AgeOn(clock, AgeReckoning.Birthday);

    /// <summary>The holder's age in completed years today in China (UTC+8) by <paramref name="clock"/>, counted by <paramref name="reckoning"/>.</summary>
    /// <param name="clock">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <param name="reckoning">When a year of age is complete.</param>
    /// <returns>As <see cref="AgeOn(DateOnly)"/>.</returns>
    public int? AgeOn(TimeProvider? clock, AgeReckoning reckoning) =>
        AgeOn(ChinaClock.Today(clock ?? TimeProvider.System), reckoning);

    /// <summary>
    /// Whether the holder is of full age (<see cref="IdNumber.AgeOfMajority"/>, 18: 民法典 art. 17) on <paramref name="date"/>,
    /// a year older on each birthday; <see langword="null"/> when <see cref="AgeOn(DateOnly)"/> is.
    /// </summary>
    /// <param name="date">The day, as China's calendar reads it.</param>
    public bool? IsAdultOn(DateOnly date) => IsAdultOn(date, AgeReckoning.Birthday);

    /// <summary>Whether the holder is of full age (18) on <paramref name="date"/>, counted by <paramref name="reckoning"/>.</summary>
    /// <param name="date">The day, as China's calendar reads it.</param>
    /// <param name="reckoning">When a year of age is complete.</param>
    public bool? IsAdultOn(DateOnly date, AgeReckoning reckoning) =>
        AgeOn(date, reckoning) is int age ? age >= IdNumber.AgeOfMajority : null;

    /// <summary>Whether the holder is of full age (18) today in China (UTC+8) by <paramref name="clock"/>, a year older on each birthday.</summary>
    /// <param name="clock">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    public bool? IsAdultOn(TimeProvider? clock) => IsAdultOn(clock, AgeReckoning.Birthday);

    /// <summary>Whether the holder is of full age (18) today in China (UTC+8) by <paramref name="clock"/>, counted by <paramref name="reckoning"/>.</summary>
    /// <param name="clock">The clock; <see langword="null"/> means <see cref="TimeProvider.System"/>.</param>
    /// <param name="reckoning">When a year of age is complete.</param>
    public bool? IsAdultOn(TimeProvider? clock, AgeReckoning reckoning) =>
        IsAdultOn(ChinaClock.Today(clock ?? TimeProvider.System), reckoning);
}
