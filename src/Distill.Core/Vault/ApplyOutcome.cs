namespace Distill.Core.Vault;

public enum ApplyOutcome
{
    /// <summary>Something was written; conflicts and problems may still be listed.</summary>
    Applied,

    /// <summary>Nothing needed writing (every change already on disk or in conflict, nothing to undo or recover).</summary>
    NothingToDo,

    /// <summary>A failure or cancellation: everything the run had written was undone. From recovery: an interrupted run was undone.</summary>
    RolledBack,

    /// <summary>Another run holds the vault's lock; nothing was written.</summary>
    Locked,

    /// <summary>Undoing an interrupted or failed run failed too; its journal is kept and the next start tries again.</summary>
    RollbackFailed,
}
