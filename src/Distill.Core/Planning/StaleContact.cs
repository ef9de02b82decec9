namespace Distill.Core.Planning;

/// <summary>An entity note whose <c>last_contact</c> is not its newest meeting (a meeting was deleted or added by hand since the last run).</summary>
public sealed record StaleContact(string Name, DateOnly? Written, DateOnly? Actual);
