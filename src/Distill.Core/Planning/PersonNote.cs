namespace Distill.Core.Planning;

/// <summary>A person's folder note, <c>People/&lt;Name&gt;/&lt;Name&gt;.md</c>, as first created: front matter and a heading.</summary>
internal static class PersonNote
{
    public static string Render(string name)
    {
        var title = MarkdownText.Flatten(name);
        var frontMatter = new FrontMatterWriter()
            .Text("type", "person")
            .Text("title", title)
            .List("aliases", [])
            .List("tags", ["person"])
            .Write();
        return $"{frontMatter}# {MarkdownText.Escape(title, lineStart: true)}\n";
    }
}
