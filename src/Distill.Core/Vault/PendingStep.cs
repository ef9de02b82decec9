using Distill.Core.Planning;

namespace Distill.Core.Vault;

/// <summary>
/// A step with what the journal does not hold: the bytes to write (<paramref name="Content"/>), the bytes it replaces or
/// removes (<paramref name="Backup"/>, read just before the journal is written) and the change it carries out
/// (<paramref name="Origin"/>; none for a folder).
/// </summary>
internal sealed record PendingStep(Step Step, byte[]? Content, byte[]? Backup, FileChange? Origin);
