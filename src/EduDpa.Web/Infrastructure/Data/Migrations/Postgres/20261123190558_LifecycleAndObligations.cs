using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LifecycleAndObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Acknowledgement",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Approval",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Destruction",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "Agreements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Agreements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ending",
                table: "Agreements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OfferedAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OpenOfferId",
                table: "Agreements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OpenedAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnTermDays",
                table: "Agreements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signatures",
                table: "Agreements",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StateChangedAt",
                table: "Agreements",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "Agreements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersedesId",
                table: "Agreements",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DiscoveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BecameAwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PeriodFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PeriodTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    Cause = table.Column<string>(type: "text", nullable: true),
                    HowDiscovered = table.Column<string>(type: "text", nullable: true),
                    MeasuresTaken = table.Column<string>(type: "text", nullable: true),
                    Encrypted = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Pupils = table.Column<int>(type: "integer", nullable: true),
                    Parents = table.Column<int>(type: "integer", nullable: true),
                    Staff = table.Column<int>(type: "integer", nullable: true),
                    Consequences = table.Column<string>(type: "text", nullable: true),
                    PersonalData = table.Column<string>(type: "text", nullable: true),
                    SpecialCategories = table.Column<bool>(type: "boolean", nullable: false),
                    HighRisk = table.Column<bool>(type: "boolean", nullable: true),
                    Authority = table.Column<string>(type: "text", nullable: true),
                    DataSubjects = table.Column<string>(type: "text", nullable: true),
                    Updates = table.Column<string>(type: "text", nullable: false),
                    Closure = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Breaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Breaches_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OutcomeExplanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Assistance = table.Column<string>(type: "text", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSubjectRequests_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnTermDays = table.Column<int>(type: "integer", nullable: true),
                    RepresentativeFunction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RepresentativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenOffers_Organisations_ProcessorId",
                        column: x => x.ProcessorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpenOffers_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedSnapshots",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    PdfHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    DocxHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExecutedPdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    ExecutedPdfHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedSnapshots", x => x.AgreementId);
                    table.ForeignKey(
                        name: "FK_SignedSnapshots_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_OpenOfferId",
                table: "Agreements",
                column: "OpenOfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_AgreementId",
                table: "Breaches",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_BoardId",
                table: "Breaches",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_ProcessorId",
                table: "Breaches",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_UserId",
                table: "CalendarFeeds",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_AgreementId",
                table: "DataSubjectRequests",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_BoardId",
                table: "DataSubjectRequests",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_ProcessorId",
                table: "DataSubjectRequests",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenOffers_ProcessorId",
                table: "OpenOffers",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenOffers_ProductId",
                table: "OpenOffers",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMails_IdempotencyKey",
                table: "OutgoingMails",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMails_SentAt",
                table: "OutgoingMails",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Breaches");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "DataSubjectRequests");

            migrationBuilder.DropTable(
                name: "OpenOffers");

            migrationBuilder.DropTable(
                name: "OutgoingMails");

            migrationBuilder.DropTable(
                name: "SignedSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_OpenOfferId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Acknowledgement",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Approval",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Destruction",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Ending",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "OfferedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "OpenOfferId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "OpenedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ReturnTermDays",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Signatures",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "StateChangedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SupersedesId",
                table: "Agreements");
        }
    }
}
