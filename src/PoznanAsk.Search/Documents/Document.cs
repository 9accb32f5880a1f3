namespace PoznanAsk.Search.Documents;

/// <summary>
/// A document to index, or the stored fields of a hit: field name → one or more values, in the
/// order they were added.
/// </summary>
public sealed class Document
{
    private readonly List<DocumentField> _fields = [];

    /// <summary>All values in insertion order.</summary>
    public IReadOnlyList<DocumentField> Fields => _fields;

    /// <summary>Adds a string value (Text or Keyword field). Returns this document for chaining.</summary>
    public Document Add(string field, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(value);
        _fields.Add(new DocumentField(field, value, 0));
        return this;
    }

    /// <summary>Adds an integer value (Int field). Returns this document for chaining.</summary>
    public Document Add(string field, int value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        _fields.Add(new DocumentField(field, null, value));
        return this;
    }

    internal void AddField(DocumentField f) => _fields.Add(f);

    /// <summary>The first value of <paramref name="field"/> as text, or null.</summary>
    public string? Get(string field)
    {
        foreach (var f in _fields)
        {
            if (f.Name == field)
            {
                return f.ToString();
            }
        }

        return null;
    }

    /// <summary>The first integer value of <paramref name="field"/>, or null.</summary>
    public int? GetInt(string field)
    {
        foreach (var f in _fields)
        {
            if (f.Name == field && f.Text is null)
            {
                return f.Number;
            }
        }

        return null;
    }

    /// <summary>All values of <paramref name="field"/> as text.</summary>
    public IReadOnlyList<string> GetAll(string field)
    {
        var list = new List<string>();
        foreach (var f in _fields)
        {
            if (f.Name == field)
            {
                list.Add(f.ToString());
            }
        }

        return list;
    }
}
