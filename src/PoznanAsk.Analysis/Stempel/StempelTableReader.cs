namespace PoznanAsk.Analysis.Stempel;

/// <summary>
/// Parses a Stempel table file (spec §2.2): big-endian Java primitives, modified UTF-8 strings;
/// the parse must end exactly at the end of the file. References and command indices are
/// checked up front, so a corrupt table fails at load time with the file name instead of
/// misbehaving while stemming.
/// </summary>
internal static class StempelTableReader
{
    // Dense rows × alphabet entries above which the table is rejected (the shipped one uses ~0.3 M).
    private const long MaxDenseEntries = 64L * 1024 * 1024;

    public static StempelTable Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new AnalysisException($"Stempel table '{path}' not found; run scripts/setup to download it.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnalysisException($"Stempel table '{path}' cannot be read: {ex.Message}", ex);
        }

        return Parse(bytes, path);
    }

    public static StempelTable Parse(byte[] bytes, string path)
    {
        var reader = new BigEndianReader(bytes, path);
        string method = reader.ReadUtf();
        bool isMulti = method.ToUpperInvariant().Contains('M', StringComparison.Ordinal);
        var raw = new List<RawTrie>();
        bool forward;
        if (isMulti)
        {
            forward = reader.ReadBoolean();
            _ = reader.ReadInt32(); // "BY": not used by MultiTrie2 lookups
            for (int count = reader.ReadInt32(); count > 0; count--)
            {
                raw.Add(ReadTrie(reader));
            }
        }
        else
        {
            raw.Add(ReadTrie(reader));
            forward = raw[0].Forward;
        }

        if (reader.Remaining != 0)
        {
            throw reader.Corrupt($"{reader.Remaining} unexpected byte(s) after the last trie at byte {reader.Position}");
        }

        return Build(method, forward, isMulti, raw, reader);
    }

    private static RawTrie ReadTrie(BigEndianReader reader)
    {
        bool forward = reader.ReadBoolean();
        int root = reader.ReadInt32();
        var commands = new List<string>();
        for (int count = reader.ReadInt32(); count > 0; count--)
        {
            commands.Add(reader.ReadUtf());
        }

        var rows = new List<(char Key, int Cmd, int Ref)[]>();
        for (int rowCount = reader.ReadInt32(); rowCount > 0; rowCount--)
        {
            var cells = new List<(char, int, int)>();
            for (int cellCount = reader.ReadInt32(); cellCount > 0; cellCount--)
            {
                char key = reader.ReadChar();
                int cmd = reader.ReadInt32();
                _ = reader.ReadInt32(); // cnt: construction bookkeeping
                int @ref = reader.ReadInt32();
                _ = reader.ReadInt32(); // skip: construction bookkeeping
                cells.Add((key, cmd, @ref));
            }

            rows.Add([.. cells]);
        }

        return new RawTrie(forward, root, [.. commands], rows);
    }

    private static StempelTable Build(string method, bool forward, bool isMulti, List<RawTrie> raw, BigEndianReader reader)
    {
        var charIndex = new ushort[0x10000];
        int alphabet = 0;
        long totalRows = 0;
        foreach (var trie in raw)
        {
            totalRows += trie.Rows.Count;
            foreach (var row in trie.Rows)
            {
                foreach (var (key, _, _) in row)
                {
                    if (charIndex[key] == 0)
                    {
                        if (alphabet == ushort.MaxValue)
                        {
                            throw reader.Corrupt("more than 65,534 distinct keys");
                        }

                        charIndex[key] = (ushort)++alphabet;
                    }
                }
            }
        }

        int stride = alphabet + 1;
        if (totalRows * stride > MaxDenseEntries)
        {
            throw reader.Corrupt($"{totalRows} rows × {stride} keys is too large for the dense layout");
        }

        var tries = new StempelTrie[raw.Count];
        for (int t = 0; t < raw.Count; t++)
        {
            var (trieForward, root, commands, rows) = raw[t];
            if (rows.Count == 0 || root < 0 || root >= rows.Count)
            {
                throw reader.Corrupt($"trie {t} has root {root} but {rows.Count} rows");
            }

            var cmd = new int[rows.Count * stride];
            var @ref = new int[rows.Count * stride];
            Array.Fill(cmd, -1);
            Array.Fill(@ref, -1);
            for (int r = 0; r < rows.Count; r++)
            {
                foreach (var (key, c, next) in rows[r])
                {
                    if (c >= commands.Length || next >= rows.Count)
                    {
                        throw reader.Corrupt($"trie {t} row {r} key '{key}' points to command {c} of {commands.Length} / row {next} of {rows.Count}");
                    }

                    // A repeated key: the later cell wins, as in Lucene's sorted map.
                    int at = (r * stride) + charIndex[key];
                    cmd[at] = c < 0 ? -1 : c;
                    @ref[at] = next < 0 ? -1 : next;
                }
            }

            tries[t] = new StempelTrie(trieForward, root, commands, cmd, @ref, stride);
        }

        return new StempelTable(method, forward, isMulti, tries, charIndex);
    }

    private sealed record RawTrie(bool Forward, int Root, string[] Commands, List<(char Key, int Cmd, int Ref)[]> Rows);
}
