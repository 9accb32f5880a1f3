namespace PoznanAsk.Analysis.Morfologik;

/// <summary>How a dictionary stores a lemma relative to its word form (<c>fsa.dict.encoder</c>).</summary>
public enum LemmaEncoding
{
    /// <summary><c>K rest</c>: drop K bytes at the end of the form, append rest.</summary>
    Suffix,

    /// <summary><c>P K rest</c>: drop P bytes at the start and K at the end, append rest (the Polish dictionary).</summary>
    Prefix,

    /// <summary><c>X L K rest</c>: keep X bytes, skip L, drop K at the end, append rest.</summary>
    Infix,

    /// <summary>The code is the lemma itself.</summary>
    None,
}
