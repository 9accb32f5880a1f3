namespace PoznanAsk.Bench.Chain;

/// <summary>
/// One candidate index chain: the analyzer of the stored <c>text</c> field and the analyzers of its
/// index-only sub-fields (each copies <c>text</c>). Queries search all of them, OR-ed, with a boost per field.
/// </summary>
internal sealed record ChainOption(string Key, string Primary, IReadOnlyList<(string Field, string Analyzer)> SubFields, bool Extra = false)
{
    public const string TextField = "text";
    public const string IdField = "id";

    /// <summary>The options the issue asks to compare, plus one extra (g) to separate the lemma and folding effects.</summary>
    public static IReadOnlyList<ChainOption> All { get; } =
    [
        new("a", "lucene-polish", []),
        new("b", "polish", []),
        new("c", "polish", [("text.folded", "polish-folded")]),
        new("d", "polish-lemma", []),
        new("e", "polish-lemma", [("text.folded", "polish-folded")]),
        new("f", "polish", [("text.lemma", "polish-lemma"), ("text.folded", "polish-folded")]),
        new("g", "polish", [("text.lemma", "polish-lemma")], Extra: true),
    ];

    /// <summary>Query fields in order: the primary first.</summary>
    public IReadOnlyList<string> Fields => [TextField, .. SubFields.Select(s => s.Field)];

    /// <summary>Every analyzer name the schema uses.</summary>
    public IEnumerable<string> Analyzers => SubFields.Select(s => s.Analyzer).Prepend(Primary).Distinct(StringComparer.Ordinal);

    public string Label => string.Join(" + ", SubFields.Select(s => s.Analyzer).Prepend(Primary));

    /// <summary>
    /// The boost grid, the same for every option: the primary field 1.0, each secondary field one of
    /// <paramref name="grid"/> independently.
    /// </summary>
    public IEnumerable<IReadOnlyDictionary<string, float>> BoostGrid(IReadOnlyList<float> grid)
    {
        IEnumerable<Dictionary<string, float>> configs = [new(StringComparer.Ordinal) { [TextField] = 1f }];
        foreach (var (field, _) in SubFields)
        {
            configs = configs.SelectMany(c => grid.Select(b => new Dictionary<string, float>(c, StringComparer.Ordinal) { [field] = b })).ToList();
        }

        return configs;
    }
}
