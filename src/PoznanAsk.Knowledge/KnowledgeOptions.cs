using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Knowledge;

/// <summary>Options of the knowledge stage (reading a reports folder). Defaults are set in code.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Name of the optional manifest in the reports folder (per file: title, year, section, URL). Default <c>manifest.json</c>.</summary>
    [Required]
    public string ManifestFileName { get; set; } = "manifest.json";

    /// <summary>Name of the optional curated alias file in the reports folder. Default <c>aliases.tsv</c>.</summary>
    [Required]
    public string AliasFileName { get; set; } = "aliases.tsv";

    /// <summary>Largest report file read, in bytes; bigger files are an error. Default 200 MB (a year's PDF with pictures).</summary>
    [Range(1, 1024 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>File extensions read as reports (case-insensitive). Other files are ignored.</summary>
    public IReadOnlyList<string> Extensions { get; set; } = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"];

    /// <summary>Throws <see cref="ValidationException"/> when an option is out of range.</summary>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (Extensions.Count == 0)
        {
            throw new ValidationException("KnowledgeOptions.Extensions must name at least one extension.");
        }
    }
}
