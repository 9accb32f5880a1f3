using Microsoft.Data.Sqlite;

namespace PoznanAsk.Web.State;

/// <summary>
/// A connection of <see cref="SqliteConversationStateStore"/> with its commands, one per statement text, prepared on
/// first use and reused: preparing the same few statements for every read and write was most of their cost (issue 14).
/// Used by one thread at a time (the writer's loop, or the reader that rented it from <see cref="SqliteReaderPool"/>);
/// owns and disposes the connection.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The connection the commands run on.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <summary>The command for <paramref name="sql"/>, its parameters cleared and its transaction set; not to be disposed by the caller.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction = null)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }
}
