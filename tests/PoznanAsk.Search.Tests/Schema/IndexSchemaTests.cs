using System.ComponentModel.DataAnnotations;
using PoznanAsk.Search.Schema;

namespace PoznanAsk.Search.Tests.Schema;

public class IndexSchemaTests
{
    public static TheoryData<FieldDefinition[]> Invalid => new()
    {
        new[] { FieldDefinition.Keyword("id"), FieldDefinition.Keyword("id") },
        new[] { new FieldDefinition("tekst", FieldKind.Text) },
        new[] { new FieldDefinition("rok", FieldKind.Int, Analyzer: "polish") },
        new[] { FieldDefinition.Keyword("zła nazwa") },
        new[] { FieldDefinition.SubField("text.folded", "text", "polish-folded") },
        new[] { FieldDefinition.Text("text", "polish"), new FieldDefinition("t2", FieldKind.Text, Stored: true, Analyzer: "polish", CopyFrom: "text") },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Ctor_InvalidDefinitions_ThrowsSchemaMismatch(FieldDefinition[] fields) =>
        Assert.Throws<SchemaMismatchException>(() => new IndexSchema(fields));

    [Fact]
    public void Equals_SameFields_True() =>
        Assert.Equal(new IndexSchema([FieldDefinition.Int("year")]), new IndexSchema([FieldDefinition.Int("year")]));

    [Theory]
    [InlineData(0, 8)]
    [InlineData(10, 1)]
    [InlineData(10, 101)]
    public void SearchOptions_OutOfRange_ValidationFails(int maxBuffered, int mergeFactor)
    {
        var sut = new SearchOptions { MaxBufferedDocuments = maxBuffered, MergeFactor = mergeFactor };
        Assert.Throws<ValidationException>(sut.Validate);
    }

    [Fact]
    public void SearchOptions_Defaults_Valid()
    {
        var sut = new SearchOptions();
        sut.Validate();
        Assert.Equal("index", sut.IndexPath);
        Assert.Equal(SearchOptions.DefaultMergeFactor, sut.MergeFactor);
    }
}
