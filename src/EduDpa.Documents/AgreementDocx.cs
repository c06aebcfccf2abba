using EduDpa.Documents.Content;
using EduDpa.Documents.Docx;

namespace EduDpa.Documents;

/// <summary>The agreement as a Word document for negotiation: the same content as the PDF, with real heading styles.</summary>
public static class AgreementDocx
{
    public static byte[] Render(AgreementDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DocxWriter.Write(AgreementContent.Compose(input), input.Title, $"{input.ControllerName} en {input.ProcessorName}", input.GeneratedAt);
    }
}
