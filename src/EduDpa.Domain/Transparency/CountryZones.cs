using EduDpa.Domain.Annexes;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Transparency;

/// <summary>Where a country stands for personal data, as a parent would ask it: inside the EEA, or outside it on which basis.</summary>
public enum CountryZone
{
    /// <summary>A member of the European Economic Area: the AVG applies; no transfer.</summary>
    Eea = 1,

    /// <summary>Outside the EEA, with an adequacy decision of the European Commission that covers the transfers (AVG art. 45).</summary>
    Adequacy = 2,

    /// <summary>Outside the EEA, on other safeguards (standard contractual clauses, binding corporate rules, another art. 46 safeguard), or none stated.</summary>
    Safeguards = 3,
}

public static class CountryZones
{
    /// <summary>
    /// The zone of a country given the transfers to it. A full adequacy decision covers the country; a partial one
    /// (the United States: only recipients certified under the Data Privacy Framework) only when every transfer to it
    /// relies on the adequacy decision.
    /// </summary>
    public static CountryZone Of(string countryCode, IEnumerable<Transfer> transfersToCountry)
    {
        if (Countries.IsEea(countryCode))
        {
            return CountryZone.Eea;
        }
        var adequacy = Countries.AdequacyFor(countryCode);
        if (adequacy is null)
        {
            return CountryZone.Safeguards;
        }
        if (!adequacy.IsPartial)
        {
            return CountryZone.Adequacy;
        }
        var transfers = transfersToCountry.ToList();
        return transfers.Count > 0 && transfers.All(t => t.Safeguard == Safeguard.AdequacyDecision) ? CountryZone.Adequacy : CountryZone.Safeguards;
    }
}
