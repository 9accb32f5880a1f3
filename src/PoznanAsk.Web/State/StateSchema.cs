namespace PoznanAsk.Web.State;

/// <summary>
/// The tables of <see cref="SqliteConversationStateStore"/> (schema version 1). <c>row_counts</c> holds the row
/// count of each capped table, kept by triggers (an upsert's update path fires no insert trigger), so a cap is
/// checked without counting; <see cref="Count"/> recounts at every open (cheap, once) so a file written before
/// the triggers existed starts right. Older builds open the file unchanged: the additions are tables and triggers only.
/// </summary>
internal static class StateSchema
{
    public static readonly string Create = """
        CREATE TABLE IF NOT EXISTS dl_conversations(
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL, next_seq INTEGER NOT NULL, last_active INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS dl_conversations_active ON dl_conversations(last_active);
        CREATE TABLE IF NOT EXISTS dl_activities(
            conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(conversation_id, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS bot_conversations(
            channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, reference TEXT, welcomed INTEGER NOT NULL, last_active INTEGER NOT NULL,
            PRIMARY KEY(channel_id, conversation_id));
        CREATE INDEX IF NOT EXISTS bot_conversations_active ON bot_conversations(last_active);
        CREATE TABLE IF NOT EXISTS feedback(id INTEGER PRIMARY KEY AUTOINCREMENT, created INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS follow_ups(key TEXT PRIMARY KEY, json TEXT NOT NULL, updated INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS follow_ups_updated ON follow_ups(updated);
        CREATE TABLE IF NOT EXISTS row_counts(name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        """ + Counted("dl_conversations") + Counted("bot_conversations") + Counted("follow_ups");

    /// <summary>Recounts the capped tables.</summary>
    public const string Count = """
        INSERT OR REPLACE INTO row_counts(name, n) VALUES
            ('dl_conversations', (SELECT COUNT(*) FROM dl_conversations)),
            ('bot_conversations', (SELECT COUNT(*) FROM bot_conversations)),
            ('follow_ups', (SELECT COUNT(*) FROM follow_ups));
        """;

    private static string Counted(string table) => $"""
        CREATE TRIGGER IF NOT EXISTS {table}_counted_insert AFTER INSERT ON {table} BEGIN UPDATE row_counts SET n = n + 1 WHERE name = '{table}'; END;
        CREATE TRIGGER IF NOT EXISTS {table}_counted_delete AFTER DELETE ON {table} BEGIN UPDATE row_counts SET n = n - 1 WHERE name = '{table}'; END;

        """;
}
