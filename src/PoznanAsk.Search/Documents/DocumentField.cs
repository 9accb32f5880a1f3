namespace PoznanAsk.Search.Documents;

/// <summary>One value of a document: a string (Text/Keyword fields) or an integer (Int fields).</summary>
/// <param name="Name">Field name.</param>
/// <param name="Text">The string value, or null for an integer value.</param>
/// <param name="Number">The integer value when <paramref name="Text"/> is null.</param>
public readonly record struct DocumentField(string Name, string? Text, int Number)
{
    /// <summary>The value as text (integers formatted invariantly).</summary>
    public override string ToString() => Text ?? Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
