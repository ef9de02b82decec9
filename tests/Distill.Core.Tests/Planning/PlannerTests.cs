using AwesomeAssertions;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class PlannerTests
{
    private static readonly VaultLayout Layout = new("Inbox", "Sources", "Inbox/_failed", "People", "Projects", "Customers", "Meetings");

    private static readonly PlanningOptions Options = new(Layout, NoteBuilder.Owner, OwnerAsMyself: false, "rules 1.0", new DateOnly(2026, 11, 24), []);

    [Fact]
    public void A_new_source_becomes_its_note_its_people_its_archive_and_a_ledger_entry_notes_before_the_move()
    {
        var plan = Planner.Plan(VaultSnapshot.Empty, [new PlanInput.Dropped("/inbox/2025-09-30 - Jai Menon.md", NoteBuilder.Extraction())], Options).Plan;

        plan.Changes.OfType<CreateFile>().Select(change => change.Path).Should().Contain(Ledger.RelativePath)
            .And.Contain(path => path.StartsWith("People/Jai Menon/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal));
        plan.Changes.Last().Should().BeEquivalentTo(new ArchiveSource("/inbox/2025-09-30 - Jai Menon.md", "Sources/Transcripts/2025/2025-09-30 - Jai Menon.md"));
    }

    [Fact]
    public void The_same_vault_and_sources_give_the_same_plan()
    {
        PlanInput[] inputs = [new PlanInput.Dropped("/inbox/b.md", NoteBuilder.Extraction()), new PlanInput.Rejected("/inbox/a.md", new("/inbox/a.md", "empty"))];

        var first = Planner.Plan(VaultSnapshot.Empty, inputs, Options);
        var second = Planner.Plan(VaultSnapshot.Empty, [.. inputs.Reverse()], Options);

        second.Should().BeEquivalentTo(first);
    }

    [Fact]
    public void A_rejected_file_goes_to_the_failed_folder_of_the_run_date_with_its_reason()
    {
        var plan = Planner.Plan(VaultSnapshot.Empty, [new PlanInput.Rejected("/inbox/x.txt", new("/inbox/x.txt", "the file is empty"))], Options).Plan;

        plan.Changes.Should().ContainEquivalentOf(new RejectSource("/inbox/x.txt", "Inbox/_failed/2026-11-24/x.txt", "the file is empty"));
    }
}
