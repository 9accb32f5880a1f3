using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Analysis.Morfologik;

/// <summary>Options of the Morfologik dictionary and the <c>polish-lemma</c> chain; defaults in code, checked by <see cref="Validate"/>.</summary>
public sealed class MorfologikOptions
{
    /// <summary>Resource folder filled by <c>scripts/setup</c> (holds <c>morfologik/</c> and <c>stempel/</c>). Required.</summary>
    [Required]
    public string ResourcesPath { get; set; } = "";

    /// <summary>The dictionary relative to <see cref="ResourcesPath"/> (default <c>morfologik/polish.dict</c>; the <c>.info</c> lies beside it).</summary>
    [Required]
    public string DictionaryFile { get; set; } = "morfologik/polish.dict";

    /// <summary>Lucene's Polish stop list relative to <see cref="ResourcesPath"/> (default <c>stempel/stopwords.txt</c>); empty = no stop words.</summary>
    public string StopWordsFile { get; set; } = "stempel/stopwords.txt";

    /// <summary>
    /// Hex sha256 the <c>.dict</c> must have, or null to rely on the structural check alone (default null,
    /// so a newer dictionary also loads; <see cref="MorfologikDictionary.PolishDictionarySha256"/> pins 2.1.6).
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string? ExpectedSha256 { get; set; }

    /// <summary>When to try Polish diacritics on words typed without them (default <see cref="DiacriticRestoration.UnknownWords"/>).</summary>
    public DiacriticRestoration DiacriticRestoration { get; set; } = DiacriticRestoration.UnknownWords;

    /// <summary>At most this many restored spellings of one word are used (default 4).</summary>
    [Range(1, 64)]
    public int MaxRestoredForms { get; set; } = 4;

    /// <summary>Words longer than this (UTF-16 chars) are not looked up but kept lower-cased (default 64).</summary>
    [Range(1, 1024)]
    public int MaxWordLength { get; set; } = 64;

    /// <summary>Full path of the <c>.dict</c> file.</summary>
    public string DictionaryFilePath => Path.Combine(ResourcesPath, DictionaryFile);

    /// <summary>Full path of the stop list, or null when <see cref="StopWordsFile"/> is empty.</summary>
    public string? StopWordsFilePath => string.IsNullOrEmpty(StopWordsFile) ? null : Path.Combine(ResourcesPath, StopWordsFile);

    /// <summary>Throws <see cref="AnalysisException"/> listing every invalid option.</summary>
    public void Validate()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new AnalysisException("Invalid Morfologik options: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        }
    }
}
