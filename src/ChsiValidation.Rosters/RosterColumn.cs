namespace ChsiValidation.Rosters;

/// <summary>The columns a roster check reads. Other columns are carried along unread.</summary>
public enum RosterColumn
{
    /// <summary>姓名: the person's name, checked with <see cref="PersonName.Validate(string?, PersonNameOptions?)"/>.</summary>
    Name = 0,

    /// <summary>证件类型: the certificate type (居民身份证, 护照, ...); when the roster has no such column, <see cref="RosterOptions.DefaultCertificateType"/>.</summary>
    CertificateType,

    /// <summary>证件号码: the certificate number, checked with <see cref="CertificateNumber.Validate(ChsiValidation.CertificateType, string?, CertificateNumberOptions?)"/>.</summary>
    IdNumber,

    /// <summary>手机号: the mobile number, checked with the rules of <see cref="ChsiValidation.MobileNumber"/>.</summary>
    MobileNumber,

    /// <summary>邮箱: the email address, checked with <see cref="Email.Validate(string?, EmailOptions?)"/>.</summary>
    Email,
}

/// <summary>The file formats a roster can be read from.</summary>
public enum RosterFormat
{
    /// <summary>Comma-separated values (RFC 4180), in UTF-8 (with or without a byte-order mark) or GB18030.</summary>
    Csv = 0,

    /// <summary>An Office Open XML workbook (.xlsx, ISO/IEC 29500); its first sheet is read.</summary>
    Xlsx,
}

/// <summary>How serious a finding is.</summary>
public enum RosterSeverity
{
    /// <summary>The row cannot be registered or matched as it is.</summary>
    Error = 0,

    /// <summary>Worth a look (a rare character that other systems may store differently), but not wrong.</summary>
    Warning,
}
