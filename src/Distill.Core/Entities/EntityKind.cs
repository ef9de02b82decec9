namespace Distill.Core.Entities;

public enum EntityKind
{
    Person,
    Project,
    Customer,
}
