using PoznanAsk.Analysis.Stempel;

namespace PoznanAsk.Analysis.Tests.Stempel;

public class PatchApplierTests
{
    /// <summary>Spec §3.3 examples, including patches that stop early and keep their edits.</summary>
    [Theory]
    [InlineData("związek", "Ia-aDa", "związka")]
    [InlineData("aldze", "DgRć", "aldze")]
    [InlineData("abbozzu", "DfRcRą", "c")]
    [InlineData("wątlejszy", "-aDdRłDb-eIe", "wły")]
    [InlineData("ampulę", "DfRć", "")]
    [InlineData("organizacjach", "Db", "organizacja")]
    [InlineData("kota", "", "kota")]
    [InlineData("kota", "Da?", "kot")]
    [InlineData("", "Da", "")]
    [InlineData("abc", "Xa", "abc")]
    public void Apply_Patch_EditsLikeEgothorDiff(string word, string patch, string expected)
    {
        var buffer = new char[word.Length + patch.Length];
        word.CopyTo(buffer);
        int length = PatchApplier.Apply(buffer, word.Length, patch);
        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
