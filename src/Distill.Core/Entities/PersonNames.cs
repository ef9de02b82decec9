using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Distill.Core.Cleaning;

namespace Distill.Core.Entities;

/// <summary>
/// Which words make a name a person's full name, and which labels are never entities. Recording channels, devices
/// and placeholders ("Speaker 2", "Remote", "MacBook Pro Microphone") are <see cref="SpeakerNamer"/>'s knowledge and
/// asked of it; what is added here is the vendor strings devices and mail systems put where a name should be.
/// </summary>
internal static class PersonNames
{
    /// <summary>Lower-case words inside a full name that are not names by themselves: "Ludwig van Beethoven", "Maria de la Cruz".</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.Ordinal,
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", "zu");

    /// <summary>Audio hardware makers and company forms ("Realtek High Definition Audio", "Apple Inc.") that no person's name contains.</summary>
    private static readonly FrozenSet<string> VendorWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "apple", "audio", "behringer", "bose", "cisco", "conexant", "corp", "corporation", "focusrite", "gmbh", "google", "hyperx", "inc",
        "intel", "llc", "ltd", "microsoft", "nvidia", "razer", "realtek", "samsung", "sony", "steelseries");

    /// <summary>What mail senders' names are made of when the sender is a team or an organisation ("VAST Data", "AI Interest Group").</summary>
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "academy", "alerts", "association", "club", "committee", "community", "company", "council", "data", "events", "foundation",
        "group", "institute", "labs", "network", "news", "newsletter", "notifications", "partners", "services", "solutions", "support",
        "systems", "team", "university");

    /// <summary>More capitalised words than this is a title or an organisation, not a person's name.</summary>
    private const int MaxNameWords = 4;

    private static readonly char[] WordBreaks = [' ', '.', ',', '-', '_', '(', ')', '/'];

    /// <summary>
    /// Two to four capitalised words (particles between them allowed), no digits, no word of an organisation's name,
    /// and a name that can be an entity at all.
    /// </summary>
    public static bool IsFullName(string name)
    {
        if (!CanBeEntity(name))
        {
            return false;
        }

        var words = Words(name);
        var capitalised = words.Count(IsCapitalised);
        return words.All(word => IsParticle(word) || IsCapitalised(word))
            && capitalised is >= 2 and <= MaxNameWords
            && !words.Any(OrganisationWords.Contains)
            && !MixesAcronyms(words);
    }

    /// <summary>"VAST Data", "AI Interest Group": some words in capitals and some not is a brand; "JOHN SMITH" is a name typed in capitals.</summary>
    private static bool MixesAcronyms(string[] words)
    {
        var acronyms = words.Count(word => word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper));
        return acronyms > 0 && acronyms < words.Length;
    }

    /// <summary>False for placeholders, channels, devices, vendor strings, addresses and single letters.</summary>
    public static bool CanBeEntity(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return trimmed.Count(char.IsLetter) >= 2
            && !trimmed.Contains('@', StringComparison.Ordinal)
            && SpeakerNamer.IsPerson(trimmed)
            && !trimmed.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Any(VendorWords.Contains);
    }

    /// <summary>The first word of a person's name; null for a name that cannot be an entity.</summary>
    public static string? FirstName(string name) => CanBeEntity(name) ? Words(name)[0] : null;

    /// <summary>A name of one word, which can only be a first name (or a surname) said alone.</summary>
    public static bool IsOneWord(string name) => Words(name).Length == 1;

    private static string[] Words(string name) =>
        name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>
    /// Starts with a capital (or a letter of a script without case), after an elided particle ("d'Angelo"); made of
    /// letters, combining marks, apostrophes and hyphens, with a final dot for an initial ("T.").
    /// </summary>
    private static bool IsCapitalised(string word)
    {
        var body = word.EndsWith('.') ? word[..^1] : word;
        var apostrophe = body.IndexOfAny(['\'', '’']);
        var start = apostrophe is 1 or 2 && body[..apostrophe].All(char.IsLower) ? apostrophe + 1 : 0;
        return body.Length > start
            && char.IsLetter(body[start]) && !char.IsLower(body[start])
            && body.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
    }
}
