using EduDpa.Domain.Accounts;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Testing;

/// <summary>Puts organisations, people and memberships straight into an app's database, for tests to start from.</summary>
public static class TestData
{
    public const string Password = "Test-wachtwoord-2026";

    public static OrganisationInput SchoolBoardInput(string? name = null, int schools = 1) => new()
    {
        Kind = OrganisationKind.SchoolBoard,
        Name = name ?? Unique.Name("Testbestuur"),
        KvkNumber = Unique.Kvk(),
        BevoegdGezagNumber = Unique.BevoegdGezag(),
        Street = "Teststraat 1",
        Postcode = "1234 AB",
        City = "Teststad",
        Schools = [.. Enumerable.Range(1, schools).Select(i => new SchoolInput { Name = Unique.Name("Testschool"), Brin = Unique.Brin(), Sector = Sector.Po })],
    };

    public static OrganisationInput SupplierInput(string? name = null, OrganisationKind kind = OrganisationKind.Supplier) => new()
    {
        Kind = kind,
        Name = name ?? Unique.Name("Testleverancier"),
        KvkNumber = Unique.Kvk(),
        Street = "Leverancierslaan 2",
        Postcode = "2345 BC",
        City = "Leverstad",
        Website = "https://leverancier.example",
    };

    public static Task<Organisation> OrganisationAsync(this TestApp app, OrganisationInput input) => app.InScopeAsync(async services =>
    {
        if (!OrganisationDetails.TryCreate(input, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), out var details, out var errors))
        {
            throw new InvalidOperationException("Invalid test organisation: " + string.Join(", ", errors.ByField.Keys));
        }
        var organisation = Organisation.Create(details);
        var db = services.GetRequiredService<EduDpaDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    });

    public static Task<Organisation> SchoolBoardAsync(this TestApp app, string? name = null) => app.OrganisationAsync(SchoolBoardInput(name));

    public static Task<Organisation> SupplierAsync(this TestApp app, string? name = null, OrganisationKind kind = OrganisationKind.Supplier) =>
        app.OrganisationAsync(SupplierInput(name, kind));

    public static Task<User> UserAsync(this TestApp app, string? email = null, PlatformRoles platform = PlatformRoles.None, string? displayName = null) => app.InScopeAsync(async services =>
    {
        var address = email ?? Unique.Email();
        var user = new User { UserName = address, Email = address, EmailConfirmed = true, DisplayName = displayName ?? Unique.Name("Testpersoon"), PlatformRoles = platform };
        var result = await services.GetRequiredService<UserManager<User>>().CreateAsync(user, Password);
        return result.Succeeded ? user : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    });

    public static Task<Membership> MemberAsync(this TestApp app, User user, Organisation organisation, OrganisationRoles roles) => app.InScopeAsync(async services =>
    {
        var membership = Membership.Create(user.Id, organisation.Id, roles, app.Clock.GetUtcNow());
        var db = services.GetRequiredService<EduDpaDbContext>();
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        return membership;
    });

    /// <summary>A new person who holds <paramref name="roles"/> in <paramref name="organisation"/>.</summary>
    public static async Task<User> PersonInAsync(this TestApp app, Organisation organisation, OrganisationRoles roles, string? email = null)
    {
        var user = await app.UserAsync(email);
        await app.MemberAsync(user, organisation, roles);
        return user;
    }

    public static Task<User> PlatformAdminAsync(this TestApp app) => app.UserAsync(Unique.Email("beheer"), PlatformRoles.Administrator);

    /// <summary>A product with what section C of its privacy annex needs (audience, users).</summary>
    public static Task<Product> ProductAsync(this TestApp app, Organisation supplier, string? name = null) => app.InScopeAsync(async services =>
    {
        var product = Product.Create(supplier.Id, new ProductDetails(name ?? Unique.Name("Testproduct"), "Omschrijving van een testproduct.",
            null, null, [Audience.Po], [ProductUser.Pupils, ProductUser.Staff]));
        var db = services.GetRequiredService<EduDpaDbContext>();
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    });
}
