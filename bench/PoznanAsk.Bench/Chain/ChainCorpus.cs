using PoznanAsk.Knowledge.Ingest;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Bench.Chain;

/// <summary>
/// The retrieval corpus: the Paragraph and List passages of every reports folder, read with the real
/// ingest (KnowledgeLoader). List items are left out: each repeats part of its list, and the answering
/// layer cites lists and paragraphs. Judgments name passages by text keys resolved here.
/// </summary>
internal sealed class ChainCorpus
{
    private ChainCorpus(IReadOnlyList<Passage> passages, IReadOnlyList<KnowledgeBase> bases)
    {
        Passages = passages;
        Bases = bases;
    }

    public IReadOnlyList<Passage> Passages { get; }

    public IReadOnlyList<KnowledgeBase> Bases { get; }

    public static ChainCorpus Load(IEnumerable<string> folders)
    {
        var bases = folders.Select(f => KnowledgeLoader.LoadFolder(f).Knowledge).ToList();
        var passages = bases.SelectMany(b => b.Passages).Where(p => p.Kind is PassageKind.Paragraph or PassageKind.List).ToList();
        var duplicate = passages.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"passage id {duplicate.Key} occurs twice (two folders hold the same file name?)");
        }

        return new ChainCorpus(passages, bases);
    }

    /// <summary>The passages a key names: <c>text</c> or <c>source#text</c>, matched as an ordinal substring.</summary>
    public IReadOnlyList<Passage> Resolve(string key)
    {
        var hash = key.IndexOf('#', StringComparison.Ordinal);
        var source = hash > 0 && key[..hash].Contains('.', StringComparison.Ordinal) ? key[..hash] : null;
        var text = source is null ? key : key[(hash + 1)..];
        return Passages.Where(p => (source is null || p.Source == source) && p.Text.Contains(text, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The shortest run of whole words (≥ 3) that occurs in <paramref name="passage"/> and no other passage.</summary>
    public string UniqueKey(Passage passage)
    {
        var words = passage.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length); n <= words.Length; n++)
        {
            for (var i = 0; i + n <= words.Length; i++)
            {
                var candidate = string.Join(' ', words[i..(i + n)]);
                if (passage.Text.Contains(candidate, StringComparison.Ordinal) && Resolve(candidate) is [var only] && only.Id == passage.Id)
                {
                    return candidate;
                }
            }
        }

        return passage.Source + "#" + passage.Text;
    }
}
