namespace Distill.Core.Planning;

/// <summary>The vault's owner as configured (DESIGN "Configuration").</summary>
/// <param name="Name">Their full name, as their entity is called.</param>
/// <param name="Handle">How their tasks are written instead of <c>@[[Name]]</c>, e.g. <c>@Myself</c>; null for the link.</param>
internal sealed record VaultOwner(string Name, string? Handle);
