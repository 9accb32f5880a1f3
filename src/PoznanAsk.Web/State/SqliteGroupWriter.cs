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

    private readonly SqliteStatements _statements;
    private readonly Action<SqliteStatements>? _beforeCommit;
    private readonly Channel<IPendingWrite> _queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>
    /// Starts the writer on <paramref name="connection"/> (it owns it from now on). <paramref name="beforeCommit"/>, when
    /// given, runs once per transaction after its writes and before the commit (the store trims its capped tables there,
    /// once per batch rather than once per write); if it throws, nothing of the batch is written.
    /// </summary>
    public SqliteGroupWriter(SqliteConnection connection, Action<SqliteStatements>? beforeCommit = null)
    {
        _statements = new SqliteStatements(connection);
        _beforeCommit = beforeCommit;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="write"/> (it runs on the writer's connection, with the writer's prepared commands,
    /// inside a transaction: it must not open one) and completes when it is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteStatements, T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(write, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteConversationStateStore));
        }

        return pending.Task;
    }

    /// <summary>Lets the queued writes commit, then closes the connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        _statements.Dispose();
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
                if (write.Run(_statements))
                {
                    Execute("RELEASE w;");
                    done.Add(write);
                }
                else
                {
                    Execute("ROLLBACK TO w; RELEASE w;");
                }
            }

            if (done.Count > 0)
            {
                _beforeCommit?.Invoke(_statements);
            }

            Execute("COMMIT;");
        }
        catch (Exception ex)
        {
            // BEGIN, the before-commit step or COMMIT failed (disk full, another process holds the file past the busy timeout): nothing of the batch is written.
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

    private void Execute(string sql) => _statements.Get(sql).ExecuteNonQuery();

    private interface IPendingWrite
    {
        bool Cancelled { get; }

        /// <summary>Runs the write; false when it threw (the task already carries the exception).</summary>
        bool Run(SqliteStatements statements);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteStatements, T> write, CancellationToken cancellationToken) : IPendingWrite
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

        public bool Run(SqliteStatements statements)
        {
            try
            {
                _result = write(statements);
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
