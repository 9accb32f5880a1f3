using System.ComponentModel.DataAnnotations;

namespace PoznanAsk.Search;

/// <summary>Options of the search stage. Defaults are in code; call <see cref="Validate"/> at start.</summary>
public sealed class SearchOptions
{
    /// <summary>Default of <see cref="MaxBufferedDocuments"/>.</summary>
    public const int DefaultMaxBufferedDocuments = 200_000;

    /// <summary>Default of <see cref="MergeFactor"/>.</summary>
    public const int DefaultMergeFactor = 8;

    /// <summary>Folder of the index (created by the writer). Default <c>index</c>.</summary>
    [Required]
    [MinLength(1)]
    public string IndexPath { get; set; } = "index";

    /// <summary>
    /// Documents buffered in memory before they are written as a new segment (besides every commit).
    /// Default 200,000; 1 to 10,000,000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxBufferedDocuments { get; set; } = DefaultMaxBufferedDocuments;

    /// <summary>
    /// When a commit leaves more than this many segments, the adjacent run of this many segments with
    /// the fewest documents is merged into one (repeated). Default 8; 2 to 100.
    /// </summary>
    [Range(2, 100)]
    public int MergeFactor { get; set; } = DefaultMergeFactor;

    /// <summary>Documents per compressed stored-fields block, at most. Default 64; 1 to 4096.</summary>
    [Range(1, 4096)]
    public int StoredBlockDocuments { get; set; } = 64;

    /// <summary>Whether commits fsync files and the directory (turn off only in throwaway tests). Default true.</summary>
    public bool Durable { get; set; } = true;

    /// <summary>Throws <see cref="ValidationException"/> when a value is out of range.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
