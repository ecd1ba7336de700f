using FsCheck;
using FsCheck.Fluent;

namespace ChsiValidation.Testing.FsCheck;

/// <summary>
/// FsCheck 3 generators of the values <see cref="ChsiFaker"/> makes: each draws a seed and asks a new
/// <see cref="ChsiFaker"/>, so a failing case replays from FsCheck's own seed. The values do not shrink (a smaller ID
/// number is no ID number); FsCheck reports the value as generated.
/// </summary>
public static class ChsiGen
{
    /// <summary>Seeds for <see cref="ChsiFaker"/>, spread over the whole <see cref="long"/> range.</summary>
    public static Gen<long> Seeds { get; } =
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select ((long)high << 32) | (uint)low;

    /// <summary>Values made by <paramref name="make"/> from a seeded <see cref="ChsiFaker"/>.</summary>
    /// <param name="make">What to generate, e.g. <c>f =&gt; f.IdNumber(spec)</c>.</param>
    public static Gen<T> From<T>(Func<ChsiFaker, T> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        return Seeds.Select(seed => make(new ChsiFaker(seed)));
    }

    /// <summary>Valid resident ID numbers (<see cref="IdNumberSpec.Default"/>).</summary>
    public static Gen<string> IdNumber() => IdNumber(IdNumberSpec.Default);

    /// <summary>Valid ID numbers as <paramref name="spec"/> asks (<see cref="ChsiFaker.IdNumber(IdNumberSpec)"/>).</summary>
    /// <exception cref="ArgumentException">The spec cannot be met; thrown here, not while the property runs.</exception>
    public static Gen<string> IdNumber(IdNumberSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _ = new ChsiFaker(0).IdNumber(spec);
        return From(f => f.IdNumber(spec));
    }

    /// <summary>Valid ID numbers of every kind, the 15-digit first generation excluded, each kind equally often.</summary>
    public static Gen<string> IdNumberOfAnyKind() =>
        from kind in Gen.Elements(
            IdNumberKind.ResidentIdCard,
            IdNumberKind.HongKongResidencePermit,
            IdNumberKind.MacaoResidencePermit,
            IdNumberKind.TaiwanResidencePermit,
            IdNumberKind.ForeignPermanentResidentId)
        from number in IdNumber(IdNumberSpec.Default with { Kind = kind })
        select number;

    /// <summary>Valid mobile numbers (<see cref="ChsiFaker.MobileNumber()"/>).</summary>
    public static Gen<string> MobileNumber() => From(f => f.MobileNumber());

    /// <summary>Valid mobile numbers of <paramref name="carrier"/>'s ranges (<see cref="ChsiFaker.MobileNumber(MobileCarrier)"/>).</summary>
    /// <exception cref="ArgumentException">No accepted range belongs to <paramref name="carrier"/>.</exception>
    public static Gen<string> MobileNumber(MobileCarrier carrier)
    {
        _ = new ChsiFaker(0).MobileNumber(carrier);
        return From(f => f.MobileNumber(carrier));
    }

    /// <summary>Common Chinese names (<see cref="ChsiFaker.PersonName()"/>).</summary>
    public static Gen<string> PersonName() => From(f => f.PersonName());

    /// <summary>Minority names with the separator dot (<see cref="ChsiFaker.MinorityName()"/>).</summary>
    public static Gen<string> MinorityName() => From(f => f.MinorityName());

    /// <summary>Names with a character of <paramref name="tier"/> (<see cref="ChsiFaker.NameWithRareCharacter(HanziTier)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is <see cref="HanziTier.NotHanzi"/> or has no accepted character.</exception>
    public static Gen<string> NameWithRareCharacter(HanziTier tier)
    {
        _ = new ChsiFaker(0).NameWithRareCharacter(tier);
        return From(f => f.NameWithRareCharacter(tier));
    }

    /// <summary>Email addresses at the reserved example domains (<see cref="ChsiFaker.Email()"/>).</summary>
    public static Gen<string> Email() => From(f => f.Email());

    /// <summary>Inputs the ID rule rejects with <paramref name="reason"/> (<see cref="InvalidInputs.IdNumber(IdNumberError)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="IdNumberError.None"/> or not defined.</exception>
    public static Gen<string> InvalidIdNumber(IdNumberError reason)
    {
        _ = new ChsiFaker(0).Invalid.IdNumber(reason);
        return From(f => f.Invalid.IdNumber(reason));
    }

    /// <summary>Inputs the mobile rule rejects with <paramref name="reason"/> (<see cref="InvalidInputs.MobileNumber(MobileNumberError)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="MobileNumberError.None"/> or not defined.</exception>
    public static Gen<string> InvalidMobileNumber(MobileNumberError reason)
    {
        _ = new ChsiFaker(0).Invalid.MobileNumber(reason);
        return From(f => f.Invalid.MobileNumber(reason));
    }

    /// <summary>Inputs the name rule rejects with <paramref name="reason"/> (<see cref="InvalidInputs.PersonName(PersonNameError)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="PersonNameError.None"/> or not defined.</exception>
    public static Gen<string> InvalidPersonName(PersonNameError reason)
    {
        _ = new ChsiFaker(0).Invalid.PersonName(reason);
        return From(f => f.Invalid.PersonName(reason));
    }

    /// <summary>Inputs the email rule rejects with <paramref name="reason"/> (<see cref="InvalidInputs.Email(EmailError)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="EmailError.None"/> or not defined.</exception>
    public static Gen<string> InvalidEmail(EmailError reason)
    {
        _ = new ChsiFaker(0).Invalid.Email(reason);
        return From(f => f.Invalid.Email(reason));
    }
}
