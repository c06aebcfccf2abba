using EduDpa.Domain.Changes;

namespace EduDpa.Web.Features.Changes;

/// <summary>Where a notice stands as the parties read it: the stored state together with the time (silence after six weeks) and newer versions.</summary>
public enum NoticeStatus
{
    AwaitingBoard,
    AppliedBySilence,
    Accepted,
    InConsultation,
    Withdrawn,
    Applied,
    NotApplied,
    Terminated,
    Informed,
    Superseded,
}

public static class NoticeStatuses
{
    public static NoticeStatus Of(ChangeNotice notice, DateTimeOffset now, bool superseded = false) => notice.State switch
    {
        NoticeState.Open when superseded => NoticeStatus.Superseded,
        NoticeState.Open when notice.AppliedBySilence(now) => NoticeStatus.AppliedBySilence,
        NoticeState.Open => NoticeStatus.AwaitingBoard,
        NoticeState.Accepted => NoticeStatus.Accepted,
        NoticeState.InConsultation => NoticeStatus.InConsultation,
        NoticeState.Withdrawn => NoticeStatus.Withdrawn,
        NoticeState.Informed => NoticeStatus.Informed,
        _ => notice.Outcome!.Kind switch
        {
            ConsultationOutcomeKind.Applied => NoticeStatus.Applied,
            ConsultationOutcomeKind.NotApplied => NoticeStatus.NotApplied,
            _ => NoticeStatus.Terminated,
        },
    };
}
