using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Tenancy;

namespace EduDpa.Web.Tests;

/// <summary>
/// Who may use which endpoint. The table below is the intended policy of every page handler and API
/// endpoint; a new endpoint fails the first test until it is added here with a decision, and the second
/// test signs in as each kind of person and checks that the application enforces the table.
/// </summary>
public sealed class AuthorizationTests(SharedApps apps)
{
    private const string Anonymous = nameof(Anonymous);

    /// <summary>Declared policy per endpoint; pages without an attribute fall back to SignedIn.</summary>
    private static readonly Dictionary<string, string> Intended = new()
    {
        ["GET /"] = Policies.SignedIn,
        ["GET /account/access-denied"] = Anonymous,
        ["GET /account/forgot-password"] = Anonymous,
        ["POST /account/forgot-password"] = Anonymous,
        ["GET /account/lockout"] = Anonymous,
        ["GET /account/login"] = Anonymous,
        ["POST /account/login"] = Anonymous,
        ["POST /account/login?handler=PasskeyOptions"] = Anonymous,
        ["POST /account/login?handler=Passkey"] = Anonymous,
        ["GET /account/login-2fa"] = Anonymous,
        ["POST /account/login-2fa"] = Anonymous,
        ["GET /account/login-recovery"] = Anonymous,
        ["POST /account/login-recovery"] = Anonymous,
        ["GET /account/logout"] = Anonymous,
        ["POST /account/logout"] = Anonymous,
        ["GET /account/manage"] = Policies.SignedIn,
        ["POST /account/manage"] = Policies.SignedIn,
        ["GET /account/manage/authenticator"] = Policies.SignedIn,
        ["POST /account/manage/authenticator"] = Policies.SignedIn,
        ["GET /account/manage/passkeys"] = Policies.SignedIn,
        ["POST /account/manage/passkeys?handler=Options"] = Policies.SignedIn,
        ["POST /account/manage/passkeys?handler=Add"] = Policies.SignedIn,
        ["POST /account/manage/passkeys?handler=Remove"] = Policies.SignedIn,
        ["GET /account/manage/password"] = Policies.SignedIn,
        ["POST /account/manage/password"] = Policies.SignedIn,
        ["GET /account/manage/two-factor"] = Policies.SignedIn,
        ["POST /account/manage/two-factor?handler=Disable"] = Policies.SignedIn,
        ["POST /account/manage/two-factor?handler=RecoveryCodes"] = Policies.SignedIn,
        ["GET /account/reset-password"] = Anonymous,
        ["POST /account/reset-password"] = Anonymous,
        ["GET /account/tokens"] = Policies.SignedIn,
        ["POST /account/tokens"] = Policies.SignedIn,
        ["POST /account/tokens?handler=Revoke"] = Policies.SignedIn,
        ["GET /agreements"] = Policies.Member,
        ["GET /agreements/new"] = Policies.Editor,
        ["POST /agreements/new"] = Policies.Editor,
        ["POST /agreements/new?handler=Choose"] = Policies.Editor,
        ["GET /agreements/{agreementId:guid}"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Offer"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Review"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Approve"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Return"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Decline"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Withdraw"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Sign"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=End"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Destruction"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Acknowledge"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}?handler=Successor"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/offer"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/review"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/approve"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/return-to-draft"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/decline"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/withdraw"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/sign"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/end"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/destruction"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/acknowledge"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/successor"] = Policies.Member,
        ["GET /api/agreements/{agreementId:guid}/verify"] = Policies.Member,
        ["GET /api/agreements/{agreementId:guid}/document"] = Policies.Member,
        ["GET /due"] = Policies.Member,
        ["POST /due?handler=Subscribe"] = Policies.Member,
        ["POST /due?handler=Revoke"] = Policies.Member,
        ["GET /api/due"] = Policies.Member,
        ["GET /api/calendar-feeds"] = Policies.Member,
        ["POST /api/calendar-feeds"] = Policies.Member,
        ["DELETE /api/calendar-feeds/{feedId:guid}"] = Policies.Member,
        ["GET /calendar/{secret}.ics"] = Anonymous,
        ["GET /agreements/{agreementId:guid}/edit"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/edit"] = Policies.Editor,
        ["GET /agreements/{agreementId:guid}/amendments/new"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/new"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/new?handler=Clause"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/new?handler=EckId"] = Policies.Editor,
        ["GET /agreements/{agreementId:guid}/amendments/{amendmentId:guid}"] = Policies.Member,
        // Reading an amendment is for every member; the steps are checked for the editor role in the handler.
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Accept"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Reject"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Revise"] = Policies.Member,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Withdraw"] = Policies.Member,
        ["GET /api/agreements"] = Policies.Member,
        ["POST /api/agreements"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}"] = Policies.Member,
        ["PUT /api/agreements/{agreementId:guid}"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}/text"] = Policies.Member,
        ["GET /api/agreements/{agreementId:guid}/amendments"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/amendments"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}/amendments/{amendmentId:guid}"] = Policies.Member,
        ["PUT /api/agreements/{agreementId:guid}/amendments/{amendmentId:guid}"] = Policies.Editor,
        ["POST /api/agreements/{agreementId:guid}/amendments/{amendmentId:guid}/accept"] = Policies.Editor,
        ["POST /api/agreements/{agreementId:guid}/amendments/{amendmentId:guid}/reject"] = Policies.Editor,
        ["POST /api/agreements/{agreementId:guid}/amendments/{amendmentId:guid}/withdraw"] = Policies.Editor,
        ["GET /breaches"] = Policies.Member,
        ["GET /breaches/new"] = Policies.Member,
        ["POST /breaches/new"] = Policies.Member,
        ["GET /breaches/{breachId:guid}"] = Policies.Member,
        ["POST /breaches/{breachId:guid}?handler=Update"] = Policies.Member,
        ["POST /breaches/{breachId:guid}?handler=Authority"] = Policies.Member,
        ["POST /breaches/{breachId:guid}?handler=DataSubjects"] = Policies.Member,
        ["POST /breaches/{breachId:guid}?handler=Close"] = Policies.Member,
        ["GET /api/breaches"] = Policies.Member,
        ["POST /api/breaches"] = Policies.Member,
        ["GET /api/breaches/register"] = Policies.Member,
        ["GET /api/breaches/{breachId:guid}"] = Policies.Member,
        ["POST /api/breaches/{breachId:guid}/updates"] = Policies.Member,
        ["POST /api/breaches/{breachId:guid}/authority-decision"] = Policies.Member,
        ["POST /api/breaches/{breachId:guid}/data-subjects-decision"] = Policies.Member,
        ["POST /api/breaches/{breachId:guid}/close"] = Policies.Member,
        ["GET /api/agreements/{agreementId:guid}/breaches"] = Policies.Member,
        // Annex changes after signing: the supplier announces and follows its changes; both parties read a notice, the handler checks who takes which step.
        ["GET /changes"] = Policies.Member,
        ["GET /changes/{changeId:guid}"] = Policies.ProcessorMember,
        ["GET /changes/{changeId:guid}/agreements/{agreementId:guid}"] = Policies.Member,
        ["POST /changes/{changeId:guid}/agreements/{agreementId:guid}?handler=Accept"] = Policies.Member,
        ["POST /changes/{changeId:guid}/agreements/{agreementId:guid}?handler=Object"] = Policies.Member,
        ["POST /changes/{changeId:guid}/agreements/{agreementId:guid}?handler=Withdraw"] = Policies.Member,
        ["POST /changes/{changeId:guid}/agreements/{agreementId:guid}?handler=Outcome"] = Policies.Member,
        ["GET /products/{productId:guid}/sub-processors/change"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/sub-processors/change"] = Policies.ProcessorEditor,
        ["POST /api/products/{productId:guid}/sub-processor-changes"] = Policies.ProcessorEditor,
        ["GET /api/changes"] = Policies.ProcessorMember,
        ["GET /api/changes/{changeId:guid}"] = Policies.ProcessorMember,
        ["GET /api/changes/{changeId:guid}/agreements/{agreementId:guid}"] = Policies.Member,
        ["POST /api/changes/{changeId:guid}/agreements/{agreementId:guid}/reaction"] = Policies.Member,
        ["POST /api/changes/{changeId:guid}/agreements/{agreementId:guid}/withdraw"] = Policies.Member,
        ["POST /api/changes/{changeId:guid}/agreements/{agreementId:guid}/outcome"] = Policies.Member,
        ["GET /api/notices"] = Policies.Member,
        ["GET /api/agreements/{agreementId:guid}/annex-changes"] = Policies.Member,
        ["GET /api/directory/organisations"] = Policies.Member,
        ["GET /api/directory/organisations/{organisationId:guid}/products"] = Policies.Member,
        ["GET /api/models"] = Anonymous,
        ["GET /api/models/{modelId}"] = Anonymous,
        ["GET /api/audit"] = Policies.PlatformAdmin,
        ["GET /api/audit/verify"] = Policies.PlatformAdmin,
        ["GET /api/docs/favicon.svg"] = Anonymous,
        ["GET /api/docs/scalar.aspnetcore.js"] = Anonymous,
        ["GET /api/docs/scalar.js"] = Anonymous,
        ["GET /api/docs/{documentName?}"] = Anonymous,
        ["GET /api/invitations"] = Policies.OrganisationAdmin,
        ["POST /api/invitations"] = Policies.OrganisationAdmin,
        ["DELETE /api/invitations/{invitationId:guid}"] = Policies.OrganisationAdmin,
        ["GET /api/me"] = Policies.SignedIn,
        ["GET /api/members"] = Policies.Member,
        ["PUT /api/members/{membershipId:guid}"] = Policies.OrganisationAdmin,
        ["DELETE /api/members/{membershipId:guid}"] = Policies.OrganisationAdmin,
        ["GET /api/organisations"] = Policies.SignedIn,
        ["POST /api/organisations"] = Policies.PlatformAdmin,
        ["GET /api/organisations/{organisationId:guid}"] = Policies.SignedIn,
        ["PUT /api/organisations/{organisationId:guid}"] = Policies.PlatformAdmin,
        ["GET /api/products"] = Policies.ProcessorMember,
        ["POST /api/products"] = Policies.ProcessorEditor,
        ["GET /api/products/{productId:guid}"] = Policies.ProcessorMember,
        ["PUT /api/products/{productId:guid}"] = Policies.ProcessorEditor,
        ["GET /api/tokens"] = Policies.SignedIn,
        ["POST /api/tokens"] = Policies.SignedIn,
        ["DELETE /api/tokens/{tokenId:guid}"] = Policies.SignedIn,
        ["GET /audit"] = Policies.PlatformAdmin,
        ["GET /audit?handler=Verify"] = Policies.PlatformAdmin,
        ["GET /dev/mail"] = Policies.PlatformAdmin,
        ["GET /dev/mail/{file}"] = Policies.PlatformAdmin,
        ["GET /error/{code:int?}"] = Anonymous,
        ["GET /health/live"] = Anonymous,
        ["GET /health/ready"] = Anonymous,
        ["GET /invitation"] = Anonymous,
        ["POST /invitation?handler=Accept"] = Anonymous,
        ["POST /invitation?handler=Register"] = Anonymous,
        ["POST /language"] = Anonymous,
        ["GET /members"] = Policies.Member,
        // Viewing members is for every member; revoking an invitation is checked for the admin role in the handler.
        ["POST /members?handler=Revoke"] = Policies.Member,
        ["GET /members/invite"] = Policies.OrganisationAdmin,
        ["POST /members/invite"] = Policies.OrganisationAdmin,
        ["GET /members/{membershipId:guid}/edit"] = Policies.OrganisationAdmin,
        ["POST /members/{membershipId:guid}/edit"] = Policies.OrganisationAdmin,
        ["POST /members/{membershipId:guid}/edit?handler=Remove"] = Policies.OrganisationAdmin,
        ["GET /openapi/{documentName}.json"] = Anonymous,
        ["POST /organisation/switch"] = Policies.SignedIn,
        ["GET /organisations"] = Policies.PlatformAdmin,
        ["GET /organisations/new"] = Policies.PlatformAdmin,
        ["POST /organisations/new"] = Policies.PlatformAdmin,
        ["POST /organisations/new?handler=AddSchool"] = Policies.PlatformAdmin,
        ["POST /organisations/new?handler=RemoveSchool"] = Policies.PlatformAdmin,
        ["GET /organisations/{organisationId:guid}"] = Policies.PlatformAdmin,
        ["GET /organisations/{organisationId:guid}/edit"] = Policies.PlatformAdmin,
        ["POST /organisations/{organisationId:guid}/edit"] = Policies.PlatformAdmin,
        ["POST /organisations/{organisationId:guid}/edit?handler=AddSchool"] = Policies.PlatformAdmin,
        ["POST /organisations/{organisationId:guid}/edit?handler=RemoveSchool"] = Policies.PlatformAdmin,
        ["GET /agreements/{agreementId:guid}/annexes"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/annexes"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}/annexes"] = Policies.Member,
        ["PUT /api/agreements/{agreementId:guid}/annexes"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}/findings"] = Policies.Member,
        ["GET /api/conformity/rules"] = Anonymous,
        ["POST /api/conformity/check"] = Policies.SignedIn,
        ["GET /conformity/rules"] = Anonymous,
        ["GET /api/schemas/privacy-annex.json"] = Anonymous,
        ["GET /api/schemas/security-annex.json"] = Anonymous,
        ["GET /api/products/{productId:guid}/annexes"] = Policies.ProcessorMember,
        ["GET /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/draft"] = Policies.ProcessorMember,
        ["PUT /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/draft"] = Policies.ProcessorEditor,
        ["DELETE /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/draft"] = Policies.ProcessorEditor,
        ["GET /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/draft/findings"] = Policies.ProcessorMember,
        ["POST /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/draft/publish"] = Policies.ProcessorEditor,
        // Published versions are read by their supplier and by boards with an agreement covering the product.
        ["GET /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/versions"] = Policies.Member,
        ["GET /api/products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/versions/{number:int}"] = Policies.Member,
        ["GET /products/{productId:guid}/annexes/{kind:regex(^(privacy|security)$)}/{version}"] = Policies.Member,
        ["GET /products/{productId:guid}/annexes/privacy"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/annexes/privacy?handler=Export"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=Save"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=Publish"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=Discard"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=Import"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=AddRow"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/privacy?handler=RemoveRow"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/annexes/security"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/annexes/security?handler=Export"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/security?handler=Save"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/security?handler=Publish"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/security?handler=Discard"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/annexes/security?handler=Import"] = Policies.ProcessorEditor,
        ["GET /products"] = Policies.ProcessorMember,
        ["GET /products/new"] = Policies.ProcessorEditor,
        ["POST /products/new"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/edit"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/edit"] = Policies.ProcessorEditor,
        // Offers: the supplier offers its products and follows them; boards find open offers in the catalogue and adopt one.
        ["POST /api/products/{productId:guid}/offers"] = Policies.ProcessorEditor,
        ["GET /api/products/{productId:guid}/offers"] = Policies.ProcessorMember,
        ["POST /api/products/{productId:guid}/open-offer"] = Policies.ProcessorEditor,
        ["DELETE /api/products/{productId:guid}/open-offer"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/offers"] = Policies.ProcessorMember,
        ["GET /products/{productId:guid}/offers/new"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/offers/new"] = Policies.ProcessorEditor,
        ["GET /products/{productId:guid}/open-offer"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/open-offer"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/open-offer?handler=Close"] = Policies.ProcessorEditor,
        ["GET /api/catalogue"] = Policies.Member,
        ["GET /catalogue"] = Policies.Member,
        ["POST /api/catalogue/{openOfferId:guid}/adopt"] = Policies.BoardEditor,
        ["GET /catalogue/{openOfferId:guid}/adopt"] = Policies.BoardEditor,
        ["POST /catalogue/{openOfferId:guid}/adopt"] = Policies.BoardEditor,
        // Data subject requests: every member reads its organisation's; editors and admins take the steps (the domain decides which party's step it is).
        ["GET /requests"] = Policies.Member,
        ["GET /requests/new"] = Policies.ProcessorEditorOrAdmin,
        ["POST /requests/new"] = Policies.ProcessorEditorOrAdmin,
        ["GET /requests/{requestId:guid}"] = Policies.Member,
        ["POST /requests/{requestId:guid}?handler=Extend"] = Policies.Member,
        ["POST /requests/{requestId:guid}?handler=Outcome"] = Policies.Member,
        ["POST /requests/{requestId:guid}?handler=Assistance"] = Policies.Member,
        ["POST /requests/{requestId:guid}?handler=Answer"] = Policies.Member,
        ["GET /api/requests"] = Policies.Member,
        ["GET /api/requests/{requestId:guid}"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/requests"] = Policies.EditorOrAdmin,
        ["POST /api/requests/{requestId:guid}/extend"] = Policies.EditorOrAdmin,
        ["POST /api/requests/{requestId:guid}/outcome"] = Policies.EditorOrAdmin,
        ["POST /api/requests/{requestId:guid}/assistance"] = Policies.EditorOrAdmin,
        ["POST /api/requests/{requestId:guid}/assistance-answer"] = Policies.EditorOrAdmin,
        // Notifications: each person's own digest preferences; a supplier's breach for a product (the handler roles are checked in the writer, as for POST /api/breaches).
        ["GET /account/manage/notifications"] = Policies.SignedIn,
        ["POST /account/manage/notifications"] = Policies.SignedIn,
        ["GET /api/me/notification-preferences"] = Policies.SignedIn,
        ["PUT /api/me/notification-preferences"] = Policies.SignedIn,
        ["POST /api/products/{productId:guid}/breaches"] = Policies.ProcessorMember,
        // Certificates: the supplier's page per product (editors add and withdraw, checked in the handler); the API reads for every
        // member, and the reader decides (the supplier, boards with a live agreement covering the product; 404 for anyone else).
        ["GET /products/{productId:guid}/certificates"] = Policies.ProcessorMember,
        ["POST /products/{productId:guid}/certificates"] = Policies.ProcessorMember,
        ["POST /products/{productId:guid}/certificates?handler=Withdraw"] = Policies.ProcessorMember,
        ["GET /api/products/{productId:guid}/certificates"] = Policies.Member,
        ["POST /api/products/{productId:guid}/certificates"] = Policies.ProcessorEditor,
        ["GET /api/certificates/{certificateId:guid}"] = Policies.Member,
        ["GET /api/certificates/{certificateId:guid}/document"] = Policies.Member,
        ["POST /api/certificates/{certificateId:guid}/withdraw"] = Policies.ProcessorEditor,
        // Audits (art. 7.7): every member reads its organisation's; the board's editors request and revise, the supplier's approve or
        // reject, either party's editors agree costs, upload the report and close (the domain decides which party's step it is).
        ["GET /audits"] = Policies.Member,
        ["GET /audits/new"] = Policies.BoardEditor,
        ["POST /audits/new"] = Policies.BoardEditor,
        ["GET /audits/{auditId:guid}"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Approve"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Reject"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Revise"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Costs"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=AgreeCosts"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Report"] = Policies.Member,
        ["POST /audits/{auditId:guid}?handler=Close"] = Policies.Member,
        ["GET /api/audits"] = Policies.Member,
        ["GET /api/audits/{auditId:guid}"] = Policies.Member,
        ["GET /api/audits/{auditId:guid}/report"] = Policies.Member,
        ["POST /api/audits/{auditId:guid}/revise"] = Policies.BoardEditor,
        ["POST /api/audits/{auditId:guid}/approve"] = Policies.ProcessorEditor,
        ["POST /api/audits/{auditId:guid}/reject"] = Policies.ProcessorEditor,
        ["POST /api/audits/{auditId:guid}/costs"] = Policies.Editor,
        ["POST /api/audits/{auditId:guid}/costs/agree"] = Policies.Editor,
        ["POST /api/audits/{auditId:guid}/report"] = Policies.Editor,
        ["POST /api/audits/{auditId:guid}/close"] = Policies.Editor,
        ["GET /api/agreements/{agreementId:guid}/audits"] = Policies.Member,
        ["POST /api/agreements/{agreementId:guid}/audits"] = Policies.BoardEditor,
        // Analyses of vendors' terms: analysts write every version; boards (and analysts) read the published ones; a board's members read its own
        // decision and its editors and admins record it. The analysis page's workflow steps are checked for the analyst role in the handler, the decision for the board's editors and admins.
        ["GET /analyses"] = Policies.AnalysisReader,
        ["GET /analyses/new"] = Policies.Analyst,
        ["POST /analyses/new"] = Policies.Analyst,
        ["POST /analyses/new?handler=AddRow"] = Policies.Analyst,
        ["POST /analyses/new?handler=RemoveRow"] = Policies.Analyst,
        ["POST /analyses/new?handler=Prefill"] = Policies.Analyst,
        ["POST /analyses/new?handler=Import"] = Policies.Analyst,
        ["GET /analyses/{analysisId:guid}/edit"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}/edit"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}/edit?handler=AddRow"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}/edit?handler=RemoveRow"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}/edit?handler=Prefill"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}/edit?handler=Import"] = Policies.Analyst,
        ["GET /analyses/{analysisId:guid}"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Submit"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Review"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Return"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Publish"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Withdraw"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=NewVersion"] = Policies.AnalysisReader,
        ["POST /analyses/{analysisId:guid}?handler=Decide"] = Policies.AnalysisReader,
        ["GET /api/analyses"] = Policies.AnalysisReader,
        ["POST /api/analyses"] = Policies.Analyst,
        ["GET /api/analyses/{analysisId:guid}"] = Policies.AnalysisReader,
        ["PUT /api/analyses/{analysisId:guid}"] = Policies.Analyst,
        ["GET /api/analyses/{analysisId:guid}/export"] = Policies.AnalysisReader,
        ["POST /api/analyses/{analysisId:guid}/submit"] = Policies.Analyst,
        ["POST /api/analyses/{analysisId:guid}/review"] = Policies.Analyst,
        ["POST /api/analyses/{analysisId:guid}/return"] = Policies.Analyst,
        ["POST /api/analyses/{analysisId:guid}/publish"] = Policies.Analyst,
        ["POST /api/analyses/{analysisId:guid}/withdraw"] = Policies.Analyst,
        ["POST /api/analyses/{analysisId:guid}/new-version"] = Policies.Analyst,
        ["GET /api/analyses/{analysisId:guid}/decision"] = Policies.BoardMember,
        ["PUT /api/analyses/{analysisId:guid}/decision"] = Policies.BoardEditorOrAdmin,
        ["GET /api/analyses/{analysisId:guid}/report"] = Policies.AnalysisReader,
        ["GET /api/analysis-decisions"] = Policies.BoardMember,
        ["GET /api/schemas/analysis.json"] = Anonymous,
        // Transparency: the public pages and open JSON are for anyone; the board's editors and admins publish its page; the registers are the organisation's own.
        ["GET /openbaar"] = Anonymous,
        ["GET /openbaar/besturen/{kvk}"] = Anonymous,
        ["GET /openbaar/scholen/{brin}"] = Anonymous,
        ["GET /api/public/boards/{kvk}"] = Anonymous,
        ["GET /api/public/schools/{brin}"] = Anonymous,
        ["GET /transparency"] = Policies.BoardEditorOrAdmin,
        ["POST /transparency"] = Policies.BoardEditorOrAdmin,
        ["GET /api/transparency"] = Policies.BoardMember,
        ["PUT /api/transparency"] = Policies.BoardEditorOrAdmin,
        ["GET /registers"] = Policies.Member,
        ["GET /api/registers/processing-activities"] = Policies.BoardMember,
        ["GET /api/registers/processor"] = Policies.ProcessorMember,
        ["GET /api/registers/overview"] = Policies.BoardMember,
    };

    /// <summary>Handler-level checks that are stricter than the declared policy.</summary>
    private static readonly Dictionary<string, string> EnforcedInHandler = new()
    {
        ["POST /members?handler=Revoke"] = Policies.OrganisationAdmin,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Accept"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Reject"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Revise"] = Policies.Editor,
        ["POST /agreements/{agreementId:guid}/amendments/{amendmentId:guid}?handler=Withdraw"] = Policies.Editor,
        ["POST /requests/{requestId:guid}?handler=Extend"] = Policies.EditorOrAdmin,
        ["POST /requests/{requestId:guid}?handler=Outcome"] = Policies.EditorOrAdmin,
        ["POST /requests/{requestId:guid}?handler=Assistance"] = Policies.EditorOrAdmin,
        ["POST /requests/{requestId:guid}?handler=Answer"] = Policies.EditorOrAdmin,
        ["POST /products/{productId:guid}/certificates"] = Policies.ProcessorEditor,
        ["POST /products/{productId:guid}/certificates?handler=Withdraw"] = Policies.ProcessorEditor,
        ["POST /audits/{auditId:guid}?handler=Approve"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=Reject"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=Revise"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=Costs"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=AgreeCosts"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=Report"] = Policies.Editor,
        ["POST /audits/{auditId:guid}?handler=Close"] = Policies.Editor,
        ["POST /analyses/{analysisId:guid}?handler=Submit"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=Review"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=Return"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=Publish"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=Withdraw"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=NewVersion"] = Policies.Analyst,
        ["POST /analyses/{analysisId:guid}?handler=Decide"] = Policies.BoardEditorOrAdmin,
    };

    private enum Persona { Anonymous, NoOrganisation, BoardViewer, BoardEditor, BoardAdmin, SupplierViewer, SupplierEditor, SupplierAdmin, PlatformAdmin, Analyst }

    /// <summary>Who each policy lets in, written out rather than derived, so that a change to a policy shows here.</summary>
    private static readonly Dictionary<string, Persona[]> AllowedBy = new()
    {
        [Anonymous] = Enum.GetValues<Persona>(),
        [Policies.SignedIn] = [.. Enum.GetValues<Persona>().Where(p => p != Persona.Anonymous)],
        [Policies.Member] = [Persona.BoardViewer, Persona.BoardEditor, Persona.BoardAdmin, Persona.SupplierViewer, Persona.SupplierEditor, Persona.SupplierAdmin],
        [Policies.OrganisationAdmin] = [Persona.BoardAdmin, Persona.SupplierAdmin],
        [Policies.Editor] = [Persona.BoardEditor, Persona.SupplierEditor],
        [Policies.ProcessorMember] = [Persona.SupplierViewer, Persona.SupplierEditor, Persona.SupplierAdmin],
        [Policies.ProcessorEditor] = [Persona.SupplierEditor],
        [Policies.PlatformAdmin] = [Persona.PlatformAdmin],
        [Policies.BoardMember] = [Persona.BoardViewer, Persona.BoardEditor, Persona.BoardAdmin],
        [Policies.BoardEditor] = [Persona.BoardEditor],
        [Policies.EditorOrAdmin] = [Persona.BoardEditor, Persona.BoardAdmin, Persona.SupplierEditor, Persona.SupplierAdmin],
        [Policies.ProcessorEditorOrAdmin] = [Persona.SupplierEditor, Persona.SupplierAdmin],
        [Policies.Analyst] = [Persona.Analyst],
        [Policies.AnalysisReader] = [Persona.BoardViewer, Persona.BoardEditor, Persona.BoardAdmin, Persona.Analyst],
        [Policies.BoardEditorOrAdmin] = [Persona.BoardEditor, Persona.BoardAdmin],
    };

    /// <summary>Requests that would end the persona's session or depend on a form the test does not fill; their policy is still checked above.</summary>
    private static readonly HashSet<string> NotReplayed = ["POST /account/logout", "POST /organisation/switch"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_endpoint_declares_who_may_use_it_as_intended(TestDatabase database)
    {
        var app = await apps.Get(database);
        var catalog = await EndpointCatalog.ReadAsync(app.Services);

        var declared = catalog.ToDictionary(e => e.Key, e => e.Anonymous ? Anonymous : e.Policies.Count == 0 ? Policies.SignedIn : string.Join("+", e.Policies));

        var missing = declared.Keys.Except(Intended.Keys).Select(k => $"{k} ({declared[k]}) is not in the table: decide who may use it.");
        var stale = Intended.Keys.Except(declared.Keys).Select(k => $"{k} is in the table but the application has no such endpoint.");
        var wrong = declared.Where(d => Intended.TryGetValue(d.Key, out var intended) && intended != d.Value).Select(d => $"{d.Key}: declares {d.Value}, intended {Intended[d.Key]}.");
        var problems = missing.Concat(stale).Concat(wrong).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_kind_of_person_gets_exactly_the_endpoints_the_table_allows(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        var supplier = await app.SupplierAsync();
        var sessions = new Dictionary<Persona, WebSession>
        {
            [Persona.Anonymous] = WebSession.Anonymous(app),
            [Persona.NoOrganisation] = await WebSession.SignInAsync(app, (await app.UserAsync()).Email!),
            [Persona.BoardViewer] = await app.SignInMemberAsync(board, OrganisationRoles.Viewer | OrganisationRoles.IncidentContact),
            [Persona.BoardEditor] = await app.SignInMemberAsync(board, OrganisationRoles.Editor | OrganisationRoles.Reviewer | OrganisationRoles.Signatory),
            [Persona.BoardAdmin] = await app.SignInMemberAsync(board, OrganisationRoles.Admin),
            [Persona.SupplierViewer] = await app.SignInMemberAsync(supplier, OrganisationRoles.Viewer),
            [Persona.SupplierEditor] = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor),
            [Persona.SupplierAdmin] = await app.SignInMemberAsync(supplier, OrganisationRoles.Admin),
            [Persona.PlatformAdmin] = await app.SignInPlatformAdminAsync(),
            [Persona.Analyst] = await WebSession.SignInAsync(app, (await app.UserAsync(Unique.Email("analist"), PlatformRoles.Analyst)).Email!),
        };
        var problems = new List<string>();

        foreach (var entry in (await EndpointCatalog.ReadAsync(app.Services)).Where(e => !NotReplayed.Contains(e.Key)))
        {
            var policy = EnforcedInHandler.GetValueOrDefault(entry.Key) ?? Intended[entry.Key];
            var safe = entry.Method == "GET";
            foreach (var (persona, session) in sessions)
            {
                var allowed = AllowedBy[policy].Contains(persona);
                if (allowed && !safe)
                {
                    continue; // Running a change as an allowed person proves nothing about authorization; the refusals below do.
                }
                var url = System.Text.RegularExpressions.Regex.Replace(entry.Route, @"\{(\w+)(:[^}]*)?\}", m => m.Value.EndsWith("?}", StringComparison.Ordinal) ? string.Empty : RouteValue(m.Groups[1].Value))
                    + (entry.Handler is null ? string.Empty : $"?handler={entry.Handler}");
                using var request = new HttpRequestMessage(new HttpMethod(entry.Method), new Uri(url.Replace("/.json", "/v1.json", StringComparison.Ordinal), UriKind.Relative));
                if (!safe)
                {
                    // A valid anti-forgery token, so that a refusal comes from authorization, not from a missing token.
                    request.Content = entry.IsApi
                        ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent([new("__RequestVerificationToken", await session.AntiforgeryTokenAsync())]);
                }
                var response = await session.Client.SendAsync(request);
                var refused = IsRefused(response) && !(entry.Key == "GET /account/access-denied" && response.StatusCode == HttpStatusCode.Forbidden);
                if (allowed == refused)
                {
                    problems.Add($"{entry.Key} as {persona}: {(allowed ? "refused" : "let in")} ({(int)response.StatusCode} {response.Headers.Location}), but {policy} {(allowed ? "allows" : "does not allow")} it.");
                }
            }
        }
        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>A value that matches the parameter's constraint and names nothing that exists, so that only authorization decides.</summary>
    private static string RouteValue(string parameter) => parameter switch
    {
        "kind" => "privacy",
        "number" or "version" => "1",
        _ => Guid.NewGuid().ToString(),
    };

    /// <summary>Refused: 401 or 403 (except from the access-denied page itself, which says so with its 403), or sent to the login page (a challenge carries the return address) or the access-denied page.</summary>
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery() is var location
            && (location.StartsWith("/account/access-denied", StringComparison.Ordinal)
                || (location.StartsWith("/account/login", StringComparison.Ordinal) && location.Contains("ReturnUrl=", StringComparison.Ordinal))));
}
