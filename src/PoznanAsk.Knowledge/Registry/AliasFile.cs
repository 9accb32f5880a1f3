namespace PoznanAsk.Knowledge.Registry;

/// <summary>
/// Reads the curated alias file (<c>aliases.tsv</c> in the reports folder): UTF-8, one alias per line,
/// <c>alias&lt;TAB&gt;canonical&lt;TAB&gt;reason</c>; lines starting with <c>#</c> and blank lines are
/// ignored; the header line <c>alias	canonical	reason</c> is optional. A malformed line is an error
/// (the file is curated by hand, a silent skip would hide a typo).
/// </summary>
public static class AliasFile
{
    /// <summary>The optional header line.</summary>
    public const string Header = "alias\tcanonical\treason";

    /// <summary>Parses the file's text.</summary>
    /// <exception cref="KnowledgeException">A line does not have 2 or 3 tab-separated non-empty fields.</exception>
    public static IReadOnlyList<CuratedAlias> Parse(string text, string fileName = "aliases.tsv")
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<CuratedAlias>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || line.Trim() == Header)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3 || fields.Take(2).Any(f => f.Trim().Length == 0))
            {
                throw new KnowledgeException(
                    $"{fileName}, linia {i + 1}: oczekiwano „alias<TAB>nazwa kanoniczna<TAB>powód” (expected alias, canonical, reason separated by tabs), jest: „{line}”.");
            }

            var reason = fields.Length == 3 && fields[2].Trim().Length > 0 ? fields[2].Trim() : "wpis w pliku aliasów";
            result.Add(new CuratedAlias(NameText.Clean(fields[0]), NameText.Clean(fields[1]), reason, i + 1));
        }

        return result;
    }

    /// <summary>Reads the file at <paramref name="path"/>; an absent file means no aliases.</summary>
    /// <exception cref="KnowledgeException">The file is malformed.</exception>
    public static IReadOnlyList<CuratedAlias> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : [];
    }
}
