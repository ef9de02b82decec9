using System.Collections.Immutable;
using Distill.Core.Entities;
using Distill.Core.Planning;

namespace Distill.Core.Tests.Planning;

/// <summary>
/// The entities of <see cref="NoteBuilder"/>'s meetings and a few more, a resolver over their names and aliases, and
/// hand-written meeting notes: the vault an entity note is projected from.
/// </summary>
internal static class EntityVault
{
    public static readonly Entity Jason = Person("Jason Vallery");
    public static readonly Entity Jai = Person("Jai Menon");
    public static readonly Entity Maneesh = Person("Maneesh Sah");
    public static readonly Entity Pete = Person("Pete Emig");
    public static readonly Entity Apollo = new("Apollo", EntityKind.Project, "Projects/Apollo/Apollo.md");
    public static readonly Entity MicrosoftCustomer = new("Microsoft", EntityKind.Customer, "Customers/Microsoft/Microsoft.md");

    public const string JaiMeetingPath = "People/Jai Menon/2025-09-30 - 1-1 with Jai Menon.md";

    private static readonly Dictionary<string, Entity> ByName = new(StringComparer.Ordinal)
    {
        ["Jason Vallery"] = Jason,
        ["Jason"] = Jason,
        ["Jai Menon"] = Jai,
        ["Jai"] = Jai,
        ["Maneesh Sah"] = Maneesh,
        ["Manish"] = Maneesh,
        ["Pete Emig"] = Pete,
        ["Pete"] = Pete,
        ["Apollo"] = Apollo,
        ["Microsoft"] = MicrosoftCustomer,
    };

    public static IEnumerable<Entity> All => [Jason, Jai, Maneesh, Pete, Apollo, MicrosoftCustomer];

    /// <summary>By what the text shows, as a resolver must: a later run may meet as plain text a name an earlier one linked.</summary>
    public static Entity? Resolve(MeetingDigest meeting, NameRef name) =>
        ByName.GetValueOrDefault(name.Shown) ?? (name.Target is { } target ? ByName.GetValueOrDefault(target) : null);

    public static ImmutableDictionary<string, EntityRecord> Project(params MeetingDigest[] meetings) =>
        EntityProjection.Of(meetings, Resolve, Jason);

    public static MeetingDigest Digest(string path, string content) =>
        MeetingDigest.Parse(path, content) ?? throw new InvalidOperationException($"{path} is not a meeting note");

    /// <summary><see cref="NoteBuilder"/>'s 1:1 with Jai, written as Distill writes it.</summary>
    public static MeetingDigest JaiMeeting() => Digest(JaiMeetingPath, NoteBuilder.Note());

    /// <summary>A meeting note written by hand: front matter, then regions from (name, body).</summary>
    public static string Note(string date, string title, string[] participants, string[] mentions, params (string Name, string Body)[] regions)
    {
        var frontMatter = new FrontMatterWriter()
            .Text("type", "meeting")
            .Text("title", title)
            .Text("date", date)
            .List("participants", participants)
            .List("mentions", mentions)
            .Write();
        return frontMatter + $"# {title}\n" + string.Concat(regions.Select(region => "\n" + Region.Render(region.Name, region.Body)));
    }

    /// <summary>
    /// Jason's 1:1 with Pete: Jason says something about himself, Pete about "we", Jai is talked about; one task each way.
    /// </summary>
    public static string PeteMeeting(string date = "2025-10-01", bool linked = true) => Note(
        date,
        "1:1 with Pete Emig",
        linked ? ["[[Jason Vallery]]", "[[Pete Emig]]"] : ["Jason Vallery", "Pete"],
        linked ? ["[[Jai Menon]]", "[[Microsoft]]"] : ["Jai", "Microsoft"],
        ("summary", "## Summary\nPete and Jason caught up on the offers. They talked about Jai.\n"),
        ("tasks", "## Action items\n"
            + (linked
                ? "- [ ] Send [[Pete Emig|Pete]] the offer summary [[#^t10|0:10]] @[[Jason Vallery]] 📅 2025-10-08 ⏫ 🆔 aa1111 #task ^aa1111\n"
                  + "- [ ] Ask [[Jai Menon|Jai]] about Apollo [[#^t30|0:30]] @[[Pete Emig]] 🆔 bb2222 #task ^bb2222\n"
                : "- [ ] Send Pete the offer summary [[#^t10|0:10]] @Jason Vallery 📅 2025-10-08 ⏫ 🆔 aa1111 #task ^aa1111\n"
                  + "- [ ] Ask Jai about Apollo [[#^t30|0:30]] @Pete 🆔 bb2222 #task ^bb2222\n")
            + "- [x] Book the room [[#^t30|0:30]] @[[Pete Emig]] 🆔 cc3333 #task ✅ 2025-10-02 ^cc3333\n"),
        ("decisions", "## Decisions\n- Meet every other week. [[#^t30|0:30]]\n"),
        ("facts", "## Key facts\n"
            + "- I've been at Microsoft for 13 years and Maneesh Sah knows it. [[#^t10|0:10]]\n"
            + "- We agreed to meet every other week. [[#^t30|0:30]]\n"
            + (linked ? "- [[Jai Menon|Jai]] believes Apollo needs a clean-sheet design. [[#^t30|0:30]]\n" : "- Jai believes Apollo needs a clean-sheet design. [[#^t30|0:30]]\n")),
        ("transcript", "## Transcript\n**0:10** **Jason Vallery**: I've been at Microsoft for 13 years. ^t10\n\n**0:30** **Pete Emig**: Jai believes Apollo needs a clean sheet. ^t30\n"));

    private static Entity Person(string name) => new(name, EntityKind.Person, $"People/{name}/{name}.md");
}
