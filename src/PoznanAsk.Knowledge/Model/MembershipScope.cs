namespace PoznanAsk.Knowledge.Model;

/// <summary>Whether a membership is in an international or a national (Polish) organisation.</summary>
public enum MembershipScope
{
    /// <summary>The report does not say (neither heading nor intro sentence names a scope).</summary>
    Unknown,

    /// <summary>Organizacje międzynarodowe / zagraniczne.</summary>
    International,

    /// <summary>Organizacje krajowe / polskie / samorządowe.</summary>
    National,
}
