namespace Distill.Core.Sources.Email;

/// <summary>A person as an email names them.</summary>
/// <param name="Name">The display name, or the address when the email gives no name.</param>
/// <param name="Address">The email address, when the email gives one.</param>
public sealed record Mailbox(string Name, string? Address)
{
    /// <summary>What two mentions of one person share: the address in lower case, else the name.</summary>
    internal string Key => Address?.ToLowerInvariant() ?? Name;

    /// <summary>A name that is only the address again, or one word such as "lior.genzel", says less than a full name.</summary>
    internal bool HasFullName => !Name.Contains('@', StringComparison.Ordinal) && Name.Contains(' ', StringComparison.Ordinal);
}
