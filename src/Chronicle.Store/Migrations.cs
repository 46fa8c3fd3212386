namespace Chronicle.Store;

/// <summary>Versioned schema changes, one list per database. A store applies, in one transaction
/// each, every migration above the version recorded in <c>schema_migrations</c>; released
/// migrations are never edited, only new ones appended. Both lists build the same tables with the
/// same columns; they differ in key generation and full-text search (FTS5 tables kept in step by
/// triggers in SQLite, generated tsvector columns with GIN indexes in PostgreSQL).</summary>
internal static class Migrations
{
    // Tables shared word for word by both databases ({key} is each one's auto-numbered key).
    private const string CommonTables = """
        CREATE TABLE articles (
            row_id {key}, id TEXT NOT NULL UNIQUE, title TEXT, source TEXT, url TEXT, published TEXT,
            language TEXT NOT NULL, text TEXT NOT NULL, analysis TEXT NOT NULL, stored_at TEXT NOT NULL);
        CREATE TABLE entities (
            article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
            code TEXT, country TEXT, mentions INTEGER NOT NULL, PRIMARY KEY (article_id, entity_id));
        CREATE TABLE mentions (
            article_id TEXT NOT NULL, entity_id TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE quotes (
            row_id {key}, article_id TEXT NOT NULL, text TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
            speaker TEXT, speaker_name TEXT, speaker_code TEXT, cue TEXT, addressee_name TEXT);
        CREATE TABLE dates (
            article_id TEXT NOT NULL, text TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
            value TEXT NOT NULL, type TEXT NOT NULL);
        CREATE TABLE quantities (
            article_id TEXT NOT NULL, text TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
            value DOUBLE PRECISION NOT NULL, approx TEXT, unit TEXT, about TEXT);
        CREATE TABLE events (
            row_id {key}, article_id TEXT NOT NULL, event_id TEXT NOT NULL,
            cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL, plover TEXT,
            source_entity TEXT, source_name TEXT, source_code TEXT, source_country TEXT,
            target_entity TEXT, target_name TEXT, target_code TEXT, target_country TEXT,
            event_date TEXT, location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
            sentence INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_text TEXT,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL);
        CREATE TABLE duplicates (
            id TEXT PRIMARY KEY, duplicate_of TEXT NOT NULL, kind TEXT NOT NULL, url TEXT, stored_at TEXT NOT NULL);
        CREATE INDEX entities_code ON entities (code);
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE INDEX quotes_article ON quotes (article_id);
        CREATE INDEX quotes_speaker_code ON quotes (speaker_code);
        CREATE INDEX dates_article ON dates (article_id);
        CREATE INDEX quantities_article ON quantities (article_id);
        CREATE INDEX events_article ON events (article_id);
        CREATE INDEX events_source_code ON events (source_code);
        CREATE INDEX events_target_code ON events (target_code);
        CREATE INDEX events_source_country ON events (source_country);
        CREATE INDEX events_target_country ON events (target_country);
        CREATE INDEX events_cameo ON events (cameo, event_date);
        CREATE INDEX events_root ON events (root);
        CREATE INDEX events_quad ON events (quad_class, event_date, goldstein);
        CREATE INDEX events_date ON events (event_date, quad_class, goldstein);
        CREATE INDEX events_pair ON events (source_code, target_code, goldstein);
        CREATE INDEX events_location_country ON events (location_country);
        """;

    /// <summary>2: the content hash an article was analyzed from, so a re-run ingest skips unchanged articles.</summary>
    private const string ContentHash = "ALTER TABLE articles ADD COLUMN content_hash TEXT;";

    /// <summary>3: what proposed each event (the coder's rule), so a wrong event can be traced from a query.</summary>
    private const string EventRule = "ALTER TABLE events ADD COLUMN rule TEXT;";

    /// <summary>4: stories and global events (docs/stories.md). A story gathers the articles about one developing
    /// happening; a global event gathers the event mentions (per-article events) that report one act. Ids are
    /// handed out from <c>story_counters</c> under the story lock, so workers on one database never collide, and
    /// every change carries a <c>seq</c> so a worker catches up on what others assigned since it last looked.</summary>
    private const string Stories = """
        CREATE TABLE story_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
        INSERT INTO story_counters (name, value) VALUES ('seq', 0);
        INSERT INTO story_counters (name, value) VALUES ('story', 0);
        INSERT INTO story_counters (name, value) VALUES ('global_event', 0);
        CREATE TABLE stories (
            id BIGINT PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT,
            articles INTEGER NOT NULL, sources INTEGER NOT NULL, merged_into BIGINT, seq BIGINT NOT NULL);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY, story_id BIGINT NOT NULL, source TEXT, published TEXT,
            score DOUBLE PRECISION NOT NULL, seq BIGINT NOT NULL, profile TEXT NOT NULL);
        CREATE INDEX story_articles_story ON story_articles (story_id);
        CREATE INDEX story_articles_seq ON story_articles (seq);
        CREATE TABLE story_merges (
            from_story BIGINT NOT NULL, into_story BIGINT NOT NULL, score DOUBLE PRECISION NOT NULL, seq BIGINT NOT NULL, merged_at TEXT NOT NULL);
        CREATE TABLE global_events (
            id BIGINT PRIMARY KEY, story_id BIGINT NOT NULL, cameo TEXT NOT NULL, root TEXT NOT NULL,
            quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
            source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT, event_date TEXT,
            location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
            num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
            first_seen TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, seq BIGINT NOT NULL);
        CREATE INDEX global_events_story ON global_events (story_id);
        CREATE INDEX global_events_seq ON global_events (seq);
        CREATE TABLE event_mentions (
            article_id TEXT NOT NULL, event_id TEXT NOT NULL, global_event_id BIGINT NOT NULL, source TEXT,
            score DOUBLE PRECISION NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (article_id, event_id));
        CREATE INDEX event_mentions_global ON event_mentions (global_event_id);
        """;

    public static readonly IReadOnlyList<string> Sqlite =
    [
        CommonTables.Replace("{key}", "INTEGER PRIMARY KEY") + """

        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='row_id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.row_id, new.title, new.text); END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.row_id, old.title, old.text); END;
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='row_id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.row_id, new.text, new.speaker_name); END;
        CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.row_id, old.text, old.speaker_name); END;
        """,
        ContentHash,
        EventRule,
        Stories,
    ];

    public static readonly IReadOnlyList<string> Postgres =
    [
        CommonTables.Replace("{key}", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY") + """

        ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED;
        CREATE INDEX articles_search ON articles USING gin (search);
        ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (
            to_tsvector('english', text || ' ' || coalesce(speaker_name, ''))) STORED;
        CREATE INDEX quotes_search ON quotes USING gin (search);
        """,
        ContentHash,
        EventRule,
        Stories,
    ];
}
