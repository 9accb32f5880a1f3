using System.Security.Cryptography;

namespace PoznanAsk.Web.State;

/// <summary>
/// The host's data folder (<c>PoznanAsk:DataPath</c>, default <c>data/</c> under the content root): the
/// conversation-state database and the Direct Line signing key, both readable by the owner only.
/// </summary>
internal static class DataFolder
{
    public const string SigningKeyFile = "directline.key";
    public const string StateFile = "conversations.db";
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (mode 700) when missing.</summary>
    public static string Ensure(string path)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(full);
            }
            else
            {
                Directory.CreateDirectory(full, PrivateFolder);
            }
        }

        return full;
    }

    /// <summary>Creates an empty file readable by the owner only, or narrows an existing file's mode to 600.</summary>
    public static void EnsurePrivateFile(string path)
    {
        Ensure(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = Private });
        }

        if ((File.GetUnixFileMode(path) & ~Private) != 0)
        {
            File.SetUnixFileMode(path, Private);
        }
    }

    /// <summary>
    /// The Direct Line signing key kept in <paramref name="folder"/>: read when present, otherwise 32 random bytes
    /// written once (mode 600, atomically, so two processes starting together agree on one key).
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a base64 key of at least 32 bytes.</exception>
    public static byte[] SigningKey(string folder)
    {
        var path = Path.Combine(Ensure(folder), SigningKeyFile);
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = Private;
            }

            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp); // Another process wrote it first: use theirs.
            }
        }

        EnsurePrivateFile(path);
        var text = File.ReadAllText(path).Trim();
        try
        {
            var key = Convert.FromBase64String(text);
            return key.Length >= 32 ? key : throw new InvalidDataException($"{path} holds a key of {key.Length} bytes; at least 32 are needed (delete the file to get a new one).");
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{path} is not a base64 signing key (delete the file to get a new one).");
        }
    }
}
