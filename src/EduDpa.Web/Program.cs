using EduDpa.Web.Features.AccessTokens;
using EduDpa.Web.Features.Agreements;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Features.Audit;
using EduDpa.Web.Features.Breaches;
using EduDpa.Web.Features.Health;
using EduDpa.Web.Features.Members;
using EduDpa.Web.Features.Models;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Features.Offers;
using EduDpa.Web.Features.Organisations;
using EduDpa.Web.Features.Products;
using EduDpa.Web.Features.Shell;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddFeature<ShellFeature>();
builder.AddFeature<AccountFeature>();
builder.AddFeature<AccessTokensFeature>();
builder.AddFeature<OrganisationsFeature>();
builder.AddFeature<MembersFeature>();
builder.AddFeature<ProductsFeature>();
builder.AddFeature<AnnexesFeature>();
builder.AddFeature<ModelsFeature>();
builder.AddFeature<AgreementsFeature>();
builder.AddFeature<OffersFeature>();
builder.AddFeature<ObligationsFeature>();
builder.AddFeature<BreachesFeature>();
builder.AddFeature<EduDpa.Web.Features.Requests.RequestsFeature>();
builder.AddFeature<EduDpa.Web.Features.Changes.ChangesFeature>();
builder.AddFeature<EduDpa.Web.Features.Notifications.NotificationsFeature>();
builder.AddFeature<EduDpa.Web.Features.Certificates.CertificatesFeature>();
builder.AddFeature<EduDpa.Web.Features.Audits.AuditsFeature>();
builder.AddFeature<EduDpa.Web.Features.Analyses.AnalysesFeature>();
builder.AddFeature<EduDpa.Web.Features.Transparency.TransparencyFeature>();
builder.AddFeature<EduDpa.Web.Features.Registers.RegistersFeature>();
builder.AddFeature<AuditFeature>();
builder.AddFeature<HealthFeature>();

var app = builder.Build();
if (args.Contains("migrate"))
{
    await app.MigrateAsync();
    return;
}
app.UsePlatform();
app.MapFeatures();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point; public so that tests can host the application.</summary>
public partial class Program;
