using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Export;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Registers;

/// <summary>/api/registers: the registers of processing activities (AVG art. 30) of the acting organisation, and a board's questions across its suppliers.</summary>
public static class RegistersApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/registers").WithTags("Registers");
        api.MapGet("/processing-activities", BoardAsync)
            .RequireAuthorization(Policies.BoardMember)
            .Produces<byte[]>(StatusCodes.Status200OK, Spreadsheet.CsvType, Spreadsheet.XlsxType)
            .WithSummary("The board's record of processing activities (AVG art. 30.1) as CSV (format=csv, the default) or XLSX (format=xlsx): one row per product it uses under a signed "
                + "agreement that has not ended (and, later, under a recorded decision on the vendor's terms), from the annexes in force; the columns are listed in the README.");
        api.MapGet("/processor", SupplierAsync)
            .RequireAuthorization(Policies.ProcessorMember)
            .Produces<byte[]>(StatusCodes.Status200OK, Spreadsheet.CsvType, Spreadsheet.XlsxType)
            .WithSummary("The supplier's record of the processing it carries out for each board (AVG art. 30.2, model art. 3.4) as CSV or XLSX: one row per board and product under a "
                + "signed agreement that has not ended, with the categories of processing, transfers and security measures.");
        api.MapGet("/overview", async (RegisterReader reader, CancellationToken ct) => TypedResults.Ok(await reader.OverviewAsync(ct)))
            .RequireAuthorization(Policies.BoardMember)
            .WithSummary("The board's questions across its suppliers: which products process special categories, which send pupil data outside the EEA, which sub-processors occur most, "
                + "which agreements are on an older model.");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> BoardAsync(
        string? format, RegisterReader reader, ProcessingRegister register, IStringLocalizer<SharedResource> t, TimeProvider clock, CancellationToken ct)
    {
        if (!Spreadsheet.TryFormat(format, out var csv))
        {
            return Spreadsheet.FormatProblem(t);
        }
        var (products, schools) = await reader.BoardAsync(ct);
        return Spreadsheet.File(csv, $"register-verwerkingsactiviteiten-{AmsterdamTime.Today(clock):yyyy-MM-dd}", t["Register.Sheet.Board"],
            register.Headers(ProcessingRegister.BoardColumns), register.BoardRows(products, schools));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> SupplierAsync(
        string? format, RegisterReader reader, ProcessingRegister register, IStringLocalizer<SharedResource> t, TimeProvider clock, CancellationToken ct)
    {
        if (!Spreadsheet.TryFormat(format, out var csv))
        {
            return Spreadsheet.FormatProblem(t);
        }
        var (products, boards) = await reader.SupplierAsync(ct);
        return Spreadsheet.File(csv, $"register-verwerker-{AmsterdamTime.Today(clock):yyyy-MM-dd}", t["Register.Sheet.Supplier"],
            register.Headers(ProcessingRegister.SupplierColumns), register.SupplierRows(products, boards));
    }
}
