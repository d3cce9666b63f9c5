//! The cache's schema as the list of migrations that build it: each entry
//! takes a file from version `i` to `i + 1` (`PRAGMA user_version`).

/// Each entry takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    r"
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    tags TEXT NOT NULL DEFAULT '',
    etag TEXT,
    last_modified TEXT,
    fetched_at INTEGER,
    status INTEGER,
    error TEXT,
    retry_after INTEGER,
    added_at INTEGER NOT NULL
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,
    published_at INTEGER,
    language TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    page_hash TEXT,
    extractor TEXT,
    fetched_at INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed, key)
);
CREATE INDEX articles_by_date ON articles (coalesce(published_at, fetched_at));
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'id', detail = 'column'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
",
    r"
-- The reader's position in each article it opened (the last one opened is
-- where it starts next time); read marks are `articles.read`.
CREATE TABLE positions (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    scroll INTEGER NOT NULL,
    opened_at INTEGER NOT NULL
);
",
    r"
-- The read marks on their own, so the reader's list of a window finds them
-- without reading each row to its end (`read` is stored after `text`).
CREATE INDEX articles_read ON articles (id) WHERE read = 1;
",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
