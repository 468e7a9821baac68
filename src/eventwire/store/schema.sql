-- eventwire store schema. Applied on open; every statement is idempotent.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    url VARCHAR, outlet VARCHAR, title VARCHAR, date DATE, language VARCHAR,
    status VARCHAR NOT NULL, skip_reason VARCHAR,
    text VARCHAR, clean_text VARCHAR, removed JSON, dateline VARCHAR, origin VARCHAR,
    story_id VARCHAR, tone DOUBLE, minhash BLOB, shingles INTEGER, numbers VARCHAR,
    coder_version VARCHAR, knowledge_version VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER, sentence VARCHAR,
    date DATE, date_source VARCHAR, date_precision VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source JSON,
    target_code VARCHAR, target_country VARCHAR, target JSON,
    cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,
    action JSON, location JSON, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    quantities JSON, tone DOUBLE, confidence DOUBLE, rule VARCHAR, modality VARCHAR, reported_by JSON,
    source_url VARCHAR, story_id VARCHAR, aggregate_id VARCHAR, is_root_event BOOLEAN,
    coder_version VARCHAR, knowledge_version VARCHAR
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id);
CREATE TABLE IF NOT EXISTS errors (
    origin VARCHAR, reason VARCHAR, doc_id VARCHAR, reported_at TIMESTAMP DEFAULT current_timestamp
);
