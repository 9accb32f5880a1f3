namespace PoznanAsk.Testing;

/// <summary>Finds the repository's folders from a test binary, wherever the build put it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder that holds <c>PoznanAsk.sln</c>.</summary>
    public static string RepoRoot => RootLazy.Value;

    /// <summary>Downloaded analysis resources (Stempel table, stop words, Morfologik dictionary), filled by <c>scripts/setup</c>.</summary>
    public static string Resources =>
        Environment.GetEnvironmentVariable("POZNANASK_RESOURCES") is { Length: > 0 } r ? r : Path.Combine(RepoRoot, "resources");

    /// <summary>Committed test data (golden files, Polish passages and questions).</summary>
    public static string TestData => Path.Combine(RepoRoot, "tests", "TestData");

    /// <summary>The seed reports.</summary>
    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PoznanAsk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PoznanAsk.sln not found above " + AppContext.BaseDirectory);
    }
}
