using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Tests.State;

/// <summary>The Direct Line signing key: generated once, kept private, the same after a restart.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("poznanask-data-");

    [Fact]
    public void SigningKey_ReadTwice_IsTheSameKeyInAnOwnerOnlyFile()
    {
        var folder = Path.Combine(_dir.FullName, "data");

        var first = DataFolder.SigningKey(folder);
        var second = DataFolder.SigningKey(folder);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, DataFolder.SigningKeyFile)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public void SigningKey_FileTooShort_ErrorNamesTheFile()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, DataFolder.SigningKeyFile), Convert.ToBase64String(new byte[8]));

        var error = Assert.Throws<InvalidDataException>(() => DataFolder.SigningKey(_dir.FullName));

        Assert.Contains(DataFolder.SigningKeyFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SigningKey_ExistingFileReadableByOthers_IsNarrowedTo600()
    {
        var path = Path.Combine(_dir.FullName, DataFolder.SigningKeyFile);
        File.WriteAllText(path, Convert.ToBase64String(new byte[32]));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        DataFolder.SigningKey(_dir.FullName);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
