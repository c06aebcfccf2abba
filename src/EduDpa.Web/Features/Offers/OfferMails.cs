using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>
/// The notifications of offers, stored in the outbox with the change they announce (saved by the caller's
/// SaveChanges), each in the recipient's language with a link into EduDpa.
/// </summary>
public sealed class OfferMails(PublicUrl publicUrl, IStringLocalizer<SharedResource> t)
{
    /// <summary>An offer to a board, for the board's reviewers (its admins when it has none); key <c>offer:{agreementId}:{userId}</c>.</summary>
    public sealed record NewOffer(Guid AgreementId, Guid BoardId, string BoardName);

    public async Task EnqueueOffersAsync(EduDpaDbContext db, IReadOnlyList<NewOffer> offers, string supplierName, string productName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (offers.Count == 0)
        {
            return;
        }
        var byBoard = offers.ToDictionary(o => o.BoardId);
        var recipients = await Recipients.WithRolesAsync(db, byBoard.Keys, OrganisationRoles.Reviewer, cancellationToken);
        var mails = new List<(string, MailMessage)>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var offer = byBoard[recipient.OrganisationId];
            using var language = new CultureScope(recipient.Culture);
            mails.Add(($"offer:{offer.AgreementId}:{recipient.UserId}", new MailMessage(
                recipient.Email,
                t["Mail.Offer.Subject", productName, supplierName],
                t["Mail.Offer.Body", supplierName, offer.BoardName, productName, publicUrl.For($"/agreements/{offer.AgreementId}")])));
        }
        await MailOutbox.EnqueueAsync(db, mails, now, cancellationToken);
    }

    /// <summary>A board adopted an open offer: the supplier's editors (its admins when it has none) hear of it; key <c>adopted:{agreementId}:{userId}</c>.</summary>
    public async Task EnqueueAdoptionAsync(EduDpaDbContext db, Guid agreementId, Guid supplierId, Guid productId, string boardName, string productName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = await Recipients.WithRolesAsync(db, [supplierId], OrganisationRoles.Editor, cancellationToken);
        var mails = new List<(string, MailMessage)>(recipients.Count);
        foreach (var recipient in recipients)
        {
            using var language = new CultureScope(recipient.Culture);
            mails.Add(($"adopted:{agreementId}:{recipient.UserId}", new MailMessage(
                recipient.Email,
                t["Mail.Adopted.Subject", boardName, productName],
                t["Mail.Adopted.Body", boardName, productName, publicUrl.For($"/agreements/{agreementId}"), publicUrl.For($"/products/{productId}/offers")])));
        }
        await MailOutbox.EnqueueAsync(db, mails, now, cancellationToken);
    }
}
