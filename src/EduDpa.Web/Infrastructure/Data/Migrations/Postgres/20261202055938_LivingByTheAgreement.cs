using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LivingByTheAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IncidentId",
                table: "Breaches",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                table: "Breaches",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnexChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnnexKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromNumber = table.Column<int>(type: "integer", nullable: true),
                    ToNumber = table.Column<int>(type: "integer", nullable: false),
                    Edit = table.Column<string>(type: "text", nullable: true),
                    Difference = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    IntendedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnnouncedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnnouncedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RespondBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnexChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnexChanges_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DigestEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    ExcludedKinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeNotices",
                columns: table => new
                {
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnexKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ToNumber = table.Column<int>(type: "integer", nullable: false),
                    NoticeGivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reaction = table.Column<string>(type: "text", nullable: true),
                    Withdrawal = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    MailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNotices", x => new { x.ChangeId, x.AgreementId });
                    table.ForeignKey(
                        name: "FK_ChangeNotices_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChangeNotices_AnnexChanges_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "AnnexChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnexChanges_ProductId",
                table: "AnnexChanges",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnexChanges_SupplierId_AnnouncedAt",
                table: "AnnexChanges",
                columns: new[] { "SupplierId", "AnnouncedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_AgreementId",
                table: "ChangeNotices",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_BoardId_State",
                table: "ChangeNotices",
                columns: new[] { "BoardId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_MailedAt",
                table: "ChangeNotices",
                column: "MailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotices_ProcessorId_State",
                table: "ChangeNotices",
                columns: new[] { "ProcessorId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeNotices");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "AnnexChanges");

            migrationBuilder.DropColumn(
                name: "IncidentId",
                table: "Breaches");

            migrationBuilder.DropColumn(
                name: "ProductId",
                table: "Breaches");
        }
    }
}
