using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;

namespace EduDpa.Web.Features.Changes;

/// <summary>An intended change to a product's sub-processors (art. 11.2), for the page and the API alike.</summary>
public sealed record AnnounceSubProcessorChangeRequest(
    SubProcessorAction? Action,
    string? Existing,
    string? Name,
    string? Processing,
    IReadOnlyList<string>? DataCategories,
    string? ProcessingCountryCode,
    string? EstablishmentCountryCode,
    string? TransferServiceId,
    string? TransferDescription,
    Safeguard? TransferSafeguard,
    string? TransferSafeguardDetails,
    string? TransferSupplementaryMeasures,
    string? TransferRecipientQualification,
    string? Reason,
    DateOnly? IntendedDate)
{
    public SubProcessorEditInput Edit => new(Action, Existing, Name, Processing, DataCategories, ProcessingCountryCode, EstablishmentCountryCode,
        TransferServiceId, TransferDescription, TransferSafeguard, TransferSafeguardDetails, TransferSupplementaryMeasures, TransferRecipientQualification);
}

/// <summary>The board's answer to a notice; <c>accepted: false</c> is an objection and needs the reason.</summary>
public sealed record NoticeReactionRequest(int? Version, bool? Accepted, string? Reason);

/// <summary>The supplier withdraws the change for this board.</summary>
public sealed record NoticeWithdrawalRequest(int? Version, string? Reason);

/// <summary>How the consultation after an objection ended; <c>Terminated</c> also records the end of the agreement on <c>endDate</c>.</summary>
public sealed record ConsultationOutcomeRequest(int? Version, ConsultationOutcomeKind? Outcome, string? Note, DateOnly? EndDate);
