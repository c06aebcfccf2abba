using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Organisations;

/// <summary>
/// Where an organisation is established, as the model agreement's parties block asks for it:
/// "gevestigd en kantoorhoudende aan &lt;adres&gt;, te (&lt;postcode&gt;) &lt;plaats&gt;".
/// </summary>
public sealed record Address(string Street, Postcode Postcode, string City);
