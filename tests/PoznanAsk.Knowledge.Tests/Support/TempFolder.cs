using System.Text;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "poznanask-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Copies every file of <paramref name="folder"/> (e.g. the seeds) into this folder.</summary>
    public void CopyFilesFrom(string folder)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            WriteBytes(System.IO.Path.GetFileName(file), File.ReadAllBytes(file));
        }
    }

    public void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold a file on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
