using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduDpa.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExecutedPdf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "ExecutedPdf",
                table: "SignedSnapshots",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExecutedPdfHash",
                table: "SignedSnapshots",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExecutedPdf",
                table: "SignedSnapshots");

            migrationBuilder.DropColumn(
                name: "ExecutedPdfHash",
                table: "SignedSnapshots");
        }
    }
}
