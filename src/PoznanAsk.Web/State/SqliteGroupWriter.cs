using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace PoznanAsk.Web.State;

/// <summary>
/// The one writer of <see cref="SqliteConversationStateStore"/>: writes queue up and a single loop runs whatever
/// is waiting — up to <see cref="MaxBatch"/> — in ONE transaction on its own connection (group commit), each
/// write inside a savepoint so a failing one is rolled back alone. A caller's task completes only after the
/// transaction holding its write has committed, so "written" still means "in the database file's journal"
/// (durability: <see cref="SqliteConversationStateStore"/>). Why: every turn writes state, and one transaction
/// per write made the store's lock the ceiling of <c>/api/messages</c> (issue 14); SQLite has one writer per
/// file anyway, so queueing in process is cheaper than SQLite's sleeping busy handler.
/// </summary>
internal sealed class SqliteGroupWriter : IDisposable
{
    /// <summary>The most writes one transaction carries (bounds a transaction's duration and the WAL's growth).</summary>
    public const int MaxBatch = 256;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Channel<IPendingWrite> _queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public SqliteGroupWriter(SqliteConnection connection)
    {
        _connection = connection;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="write"/> (it runs on the writer's connection, inside a transaction: it must not open one) and completes when it is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(write, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteConversationStateStore));
        }

        return pending.Task;
    }

    /// <summary>Whether <paramref name="connection"/> is the writer's (the one a write runs on).</summary>
    public bool Owns(SqliteConnection connection) => ReferenceEquals(connection, _connection);

    /// <summary>
    /// The writer's command for <paramref name="sql"/>, prepared once and reused (only the writer's loop uses it):
    /// preparing the same few statements for every write was most of a write's cost. Not to be disposed by the caller.
    /// </summary>
    public SqliteCommand Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _statements[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Lets the queued writes commit, then closes the connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<IPendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (!next.Cancelled)
                {
                    batch.Add(next);
                }
            }

            if (batch.Count > 0)
            {
                Commit(batch);
                batch.Clear();
            }
        }
    }

    private void Commit(List<IPendingWrite> batch)
    {
        var done = new List<IPendingWrite>(batch.Count);
        try
        {
            // IMMEDIATE: the file's write lock now (or wait for another process, up to the busy timeout), not at the first write.
            Execute("BEGIN IMMEDIATE;");
            foreach (var write in batch)
            {
                Execute("SAVEPOINT w;");
                if (write.Run(_connection))
                {
                    Execute("RELEASE w;");
                    done.Add(write);
                }
                else
                {
                    Execute("ROLLBACK TO w; RELEASE w;");
                }
            }

            Execute("COMMIT;");
        }
        catch (Exception ex)
        {
            // BEGIN or COMMIT failed (disk full, another process holds the file past the busy timeout): nothing of the batch is written.
            Rollback();
            foreach (var write in batch)
            {
                write.Fail(ex);
            }

            return;
        }

        foreach (var write in done)
        {
            write.Complete();
        }
    }

    private void Rollback()
    {
        try
        {
            Execute("ROLLBACK;");
        }
        catch (SqliteException)
        {
            // No transaction was open.
        }
    }

    private void Execute(string sql) => Statement(sql).ExecuteNonQuery();

    private interface IPendingWrite
    {
        bool Cancelled { get; }

        /// <summary>Runs the write; false when it threw (the task already carries the exception).</summary>
        bool Run(SqliteConnection connection);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken) : IPendingWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _done.Task;

        public bool Cancelled
        {
            get
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    return false;
                }

                _done.TrySetCanceled(cancellationToken);
                return true;
            }
        }

        public bool Run(SqliteConnection connection)
        {
            try
            {
                _result = write(connection);
                return true;
            }
            catch (Exception ex)
            {
                _done.TrySetException(ex);
                return false;
            }
        }

        public void Complete() => _done.TrySetResult(_result!);

        public void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
