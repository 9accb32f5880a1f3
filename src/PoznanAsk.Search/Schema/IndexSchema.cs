using PoznanAsk.Search.Storage;

namespace PoznanAsk.Search.Schema;

/// <summary>The named fields of an index, persisted with every commit and compared when a writer opens.</summary>
public sealed class IndexSchema : IEquatable<IndexSchema>
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates and validates a schema.</summary>
    /// <exception cref="SchemaMismatchException">A name is repeated or invalid, a Text field lacks an analyzer, or a CopyFrom source is unknown.</exception>
    public IndexSchema(IEnumerable<FieldDefinition> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = new List<FieldDefinition>();
        foreach (var f in fields)
        {
            ArgumentNullException.ThrowIfNull(f);
            if (string.IsNullOrEmpty(f.Name) || !f.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                throw new SchemaMismatchException($"Invalid field name '{f.Name}'.");
            }

            if (!_byName.TryAdd(f.Name, list.Count))
            {
                throw new SchemaMismatchException($"Field '{f.Name}' is defined twice.");
            }

            if (f.Kind == FieldKind.Text && string.IsNullOrEmpty(f.Analyzer))
            {
                throw new SchemaMismatchException($"Text field '{f.Name}' needs an analyzer name.");
            }

            if (f.Kind != FieldKind.Text && f.Analyzer is not null)
            {
                throw new SchemaMismatchException($"Field '{f.Name}' is not Text and cannot have an analyzer.");
            }

            list.Add(f);
        }

        foreach (var f in list)
        {
            if (f.CopyFrom is null)
            {
                continue;
            }

            if (!_byName.TryGetValue(f.CopyFrom, out var src) || list[src].CopyFrom is not null || f.Stored)
            {
                throw new SchemaMismatchException($"Field '{f.Name}' copies from '{f.CopyFrom}', which must be a plain field of the schema (and the copy cannot be stored).");
            }
        }

        Fields = list;
    }

    /// <summary>The fields in definition order (their index is the field number in the files).</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The field called <paramref name="name"/>, or null.</summary>
    public FieldDefinition? Find(string name) => _byName.TryGetValue(name, out var i) ? Fields[i] : null;

    /// <summary>Field number of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var i) ? i : -1;

    /// <inheritdoc/>
    public bool Equals(IndexSchema? other) => other is not null && Fields.SequenceEqual(other.Fields);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndexSchema);

    /// <inheritdoc/>
    public override int GetHashCode() => Fields.Count;

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Fields.Select(f => $"{f.Name}:{f.Kind}{(f.Analyzer is null ? "" : "/" + f.Analyzer)}{(f.CopyFrom is null ? "" : "<-" + f.CopyFrom)}{(f.Stored ? "+stored" : "")}{(f.Indexed ? "+indexed" : "")}"));

    internal void Write(ByteWriter w)
    {
        w.WriteVInt(Fields.Count);
        foreach (var f in Fields)
        {
            w.WriteString(f.Name);
            w.WriteByte((byte)f.Kind);
            w.WriteByte((byte)((f.Stored ? 1 : 0) | (f.Indexed ? 2 : 0)));
            w.WriteString(f.Analyzer ?? string.Empty);
            w.WriteString(f.CopyFrom ?? string.Empty);
        }
    }

    internal static IndexSchema Read(ref ByteReader r)
    {
        var n = r.ReadCount(10_000);
        var fields = new List<FieldDefinition>(n);
        for (var i = 0; i < n; i++)
        {
            var name = r.ReadString();
            var kind = r.ReadByte();
            if (kind > (byte)FieldKind.Int)
            {
                throw r.Corrupt("unknown field kind");
            }

            var flags = r.ReadByte();
            var analyzer = r.ReadString();
            var copy = r.ReadString();
            fields.Add(new FieldDefinition(name, (FieldKind)kind, (flags & 1) != 0, (flags & 2) != 0, analyzer.Length == 0 ? null : analyzer, copy.Length == 0 ? null : copy));
        }

        try
        {
            return new IndexSchema(fields);
        }
        catch (SchemaMismatchException e)
        {
            throw new IndexCorruptException(r.FileName, "invalid schema: " + e.Message, e);
        }
    }
}
