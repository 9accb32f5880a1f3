using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PoznanAsk.Web.State;

/// <summary>
/// The read connections of <see cref="SqliteConversationStateStore"/>, each kept open with its prepared statements
/// (<see cref="SqliteStatements"/>): every turn reads its follow-up context, and opening a pooled connection and
/// preparing the query again for each read cost more than the read (issue 14). A reader is rented for one read and
/// returned; at most <see cref="MaxIdle"/> wait idle, more are opened under load and closed when returned.
/// WAL mode: readers never block the writer, and a reader between reads holds no snapshot, so checkpoints proceed.
/// </summary>
internal sealed class SqliteReaderPool(Func<SqliteConnection> open) : IDisposable
{
    /// <summary>The most idle readers kept open: twice the processors (a read never waits for I/O long).</summary>
    public static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<SqliteStatements> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    /// <summary>A reader for one thread's use until it is returned (<see cref="Lease.Dispose"/>).</summary>
    public Lease Rent()
    {
        if (_idle.TryTake(out var statements))
        {
            Interlocked.Decrement(ref _idleCount);
            return new Lease(this, statements);
        }

        return new Lease(this, new SqliteStatements(open()));
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var statements))
        {
            statements.Dispose();
        }
    }

    private void Return(SqliteStatements statements)
    {
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(statements);
            if (!_disposed)
            {
                return;
            }

            // Disposed meanwhile: close whatever Dispose may have missed.
            while (_idle.TryTake(out var late))
            {
                late.Dispose();
            }

            return;
        }

        Interlocked.Decrement(ref _idleCount);
        statements.Dispose();
    }

    /// <summary>A rented reader; disposing it returns it to the pool.</summary>
    public readonly struct Lease(SqliteReaderPool pool, SqliteStatements statements) : IDisposable
    {
        public SqliteStatements Statements => statements;

        public void Dispose() => pool.Return(statements);
    }
}
