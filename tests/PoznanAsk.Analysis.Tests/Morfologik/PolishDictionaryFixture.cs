using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests.Morfologik;

/// <summary>Loads the real Polish dictionary (from scripts/setup) once for all tests of a class.</summary>
public sealed class PolishDictionaryFixture
{
    public PolishDictionaryFixture()
    {
        Options = new MorfologikOptions { ResourcesPath = TestPaths.Resources };
        Dictionary = MorfologikDictionary.Load(Options);
    }

    internal MorfologikOptions Options { get; }

    internal MorfologikDictionary Dictionary { get; }

    internal static string DictPath => Path.Combine(TestPaths.Resources, "morfologik", "polish.dict");

    internal static string InfoPath => Path.Combine(TestPaths.Resources, "morfologik", "polish.info");
}
