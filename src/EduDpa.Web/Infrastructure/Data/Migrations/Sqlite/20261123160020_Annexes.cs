using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Annexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "Products",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ProductUrl",
                table: "Products",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupplierUrl",
                table: "Products",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Users",
                table: "Products",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AnnexChoices",
                table: "Agreements",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "BoardContactEmail",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardContactFunction",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardContactName",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardContactPhone",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardContact_Discriminator",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardIncidentContactEmail",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardIncidentContactFunction",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardIncidentContactName",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardIncidentContactPhone",
                table: "Agreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoardIncidentContact_Discriminator",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnexVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnexVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnexVersions_Organisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnexVersions_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnexVersions_OneDraft",
                table: "AnnexVersions",
                columns: new[] { "ProductId", "Kind" },
                unique: true,
                filter: "\"Number\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AnnexVersions_ProductId_Kind_Number",
                table: "AnnexVersions",
                columns: new[] { "ProductId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnexVersions_SupplierId",
                table: "AnnexVersions",
                column: "SupplierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnexVersions");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "ProductUrl",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "SupplierUrl",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "Users",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "AnnexChoices",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardContactEmail",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardContactFunction",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardContactName",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardContactPhone",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardContact_Discriminator",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardIncidentContactEmail",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardIncidentContactFunction",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardIncidentContactName",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardIncidentContactPhone",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "BoardIncidentContact_Discriminator",
                table: "Agreements");
        }
    }
}
