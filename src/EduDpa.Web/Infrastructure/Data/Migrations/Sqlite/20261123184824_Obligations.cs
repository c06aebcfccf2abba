using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DiscoveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BecameAwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Nature = table.Column<int>(type: "INTEGER", nullable: false),
                    Cause = table.Column<string>(type: "text", nullable: true),
                    HowDiscovered = table.Column<string>(type: "text", nullable: true),
                    MeasuresTaken = table.Column<string>(type: "text", nullable: true),
                    Encrypted = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Pupils = table.Column<int>(type: "INTEGER", nullable: true),
                    Parents = table.Column<int>(type: "INTEGER", nullable: true),
                    Staff = table.Column<int>(type: "INTEGER", nullable: true),
                    Consequences = table.Column<string>(type: "text", nullable: true),
                    PersonalData = table.Column<string>(type: "text", nullable: true),
                    SpecialCategories = table.Column<bool>(type: "INTEGER", nullable: false),
                    HighRisk = table.Column<bool>(type: "INTEGER", nullable: true),
                    Authority = table.Column<string>(type: "text", nullable: true),
                    DataSubjects = table.Column<string>(type: "text", nullable: true),
                    Updates = table.Column<string>(type: "text", nullable: false),
                    Closure = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
