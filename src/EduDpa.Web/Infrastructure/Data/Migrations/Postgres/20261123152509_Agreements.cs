using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Agreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    InitiatedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CoversAllSchools = table.Column<bool>(type: "boolean", nullable: false),
                    SchoolIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    ProductIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    BoardRepresentativeFunction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BoardRepresentativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessorRepresentativeFunction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProcessorRepresentativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Organisations_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Organisations_ProcessorId",
                        column: x => x.ProcessorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClauseId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentText = table.Column<string>(type: "text", nullable: false),
                    NewText = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amendments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmendmentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NewText = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    AmendmentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmendmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AmendmentEvents_Amendments_AmendmentId",
                        column: x => x.AmendmentId,
                        principalTable: "Amendments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_BoardId",
                table: "Agreements",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ProcessorId",
                table: "Agreements",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AmendmentEvents_AmendmentId_Sequence",
                table: "AmendmentEvents",
                columns: new[] { "AmendmentId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_AgreementId",
                table: "Amendments",
                column: "AgreementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmendmentEvents");

            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "Agreements");
        }
    }
}
