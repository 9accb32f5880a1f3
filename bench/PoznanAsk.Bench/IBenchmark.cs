namespace PoznanAsk.Bench;

/// <summary>One benchmark command: <c>PoznanAsk.Bench NAME [options]</c>. Prints figures, returns an exit code.</summary>
internal interface IBenchmark
{
    /// <summary>The command name (e.g. <c>analysis</c>, <c>morfologik</c>, <c>index</c>, <c>answer</c>).</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark with its own options.</summary>
    int Run(string[] args);
}
