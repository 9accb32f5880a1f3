namespace PoznanAsk.Web.State;

/// <summary>The tables of <see cref="SqliteConversationStateStore"/> (schema version 1).</summary>
internal static class StateSchema
{
    public const string Create = """
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
        """;
}
