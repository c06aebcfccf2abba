namespace EduDpa.Domain.Auditing;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
}
