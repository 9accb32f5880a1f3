namespace PoznanAsk.Web.Options;

/// <summary>Where the web page and the Web Chat bundle are (configuration section <c>Web</c>).</summary>
public sealed class WebOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Web";

    /// <summary>Folder with <c>index.html</c> and <c>webchat/webchat.js</c>. Default: <c>wwwroot</c>
    /// beside the application's binaries (the build copies it there).</summary>
    public string WebRootPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Secret (at least 32 bytes, base64) signing Direct Line tokens; set it when replicas share
    /// conversations. Default: generated once and kept in the data folder (<c>directline.key</c>, mode 600).</summary>
    public string? DirectLineSigningKey { get; set; }
}
