using Microsoft.Extensions.Options;
using PoznanAsk.Knowledge.Index;
using PoznanAsk.Web.Hosting;

namespace PoznanAsk.Web.Options;

/// <summary>At start: a read-only host needs an index already built (it would never build one).</summary>
internal sealed class IndexAccessOptionsValidator(HostPaths paths) : IValidateOptions<IndexAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, IndexAccessOptions options) =>
        options.IndexReadOnly && !KnowledgeIndex.Exists(paths.IndexPath)
            ? ValidateOptionsResult.Fail($"PoznanAsk:IndexReadOnly is true but {paths.IndexPath} holds no index: build it first with `poznanask index --index {paths.IndexPath}`.")
            : ValidateOptionsResult.Success;
}
