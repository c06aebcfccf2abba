using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Obligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Breaches");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");
        }
    }
}
