-- telex event database, schema version 1 (DuckDB).
-- Every child row is keyed by (article_id, idx): the article's content hash and the record's position
-- in its Analysis list, so re-ingesting an article writes the same keys and inserts nothing new.
-- The articles row is written last in its batch's transaction: an article present means all of it is.

CREATE TABLE IF NOT EXISTS articles (
    id              VARCHAR PRIMARY KEY,   -- telex.records.article_id: hash of the normalised text
    title           VARCHAR,
    text            VARCHAR NOT NULL,
    published       DATE,
    source          VARCHAR,
    url             VARCHAR,
    language        VARCHAR,
    input_id        VARCHAR,
    origin          VARCHAR,
    format          VARCHAR,
    title_span      INTEGER[],
    published_from  VARCHAR,
    warnings        VARCHAR[],
    excluded        VARCHAR,               -- JSON list of Excluded records
    sentences       VARCHAR,               -- JSON list of [start, end]
    schema_version  VARCHAR,
    minhash         UBIGINT[]              -- MinHash signature of the story text (store/dedup.py)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    kind        VARCHAR,
    country     VARCHAR,
    code        VARCHAR,
    sectors     VARCHAR[],
    role        VARCHAR,
    anonymous   BOOLEAN,
    kb_id       VARCHAR,
    mentions    VARCHAR,                   -- JSON list of [start, end]
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id     VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    span_start     INTEGER,
    span_end       INTEGER,
    kind           VARCHAR,
    speaker        VARCHAR,
    speaker_name   VARCHAR,                -- denormalised from actors for queries
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    cue            VARCHAR,
    sentence       INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    source            VARCHAR,
    target            VARCHAR,
    source_code       VARCHAR,
    target_code       VARCHAR,
    source_name       VARCHAR,             -- denormalised from actors for queries
    target_name       VARCHAR,
    source_country    VARCHAR,
    target_country    VARCHAR,
    cameo             VARCHAR NOT NULL,
    cameo_root        VARCHAR,
    plover_type       VARCHAR,
    plover_mode       VARCHAR,
    goldstein         DOUBLE,
    quad_class        INTEGER,
    date_value        VARCHAR,
    date_precision    VARCHAR,
    date_text         VARCHAR,
    event_date        DATE,                -- day-precision date, else the publication date (store/merge.py)
    place_name        VARCHAR,
    place_country     VARCHAR,
    place_lat         DOUBLE,
    place_lon         DOUBLE,
    amounts           VARCHAR,             -- JSON list of Amount records
    negated           BOOLEAN,
    modality          VARCHAR,
    reported_by       VARCHAR,
    evidence_start    INTEGER,
    evidence_end      INTEGER,
    evidence_sentence INTEGER,
    evidence_text     VARCHAR,             -- the evidence span's text
    confidence        DOUBLE,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS dates (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    text        VARCHAR,
    span_start  INTEGER,
    span_end    INTEGER,
    value       VARCHAR,
    precision   VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS places (
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    text          VARCHAR,
    span_start    INTEGER,
    span_end      INTEGER,
    name          VARCHAR,
    country       VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    feature       VARCHAR,
    gazetteer_id  VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS amounts (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    text        VARCHAR,
    span_start  INTEGER,
    span_end    INTEGER,
    value       DOUBLE,
    unit        VARCHAR,
    counts      VARCHAR,
    PRIMARY KEY (article_id, idx)
);

-- Inputs that gave no analysis. key: hash of origin, code and message, so a rerun adds nothing.
CREATE TABLE IF NOT EXISTS errors (
    key       VARCHAR PRIMARY KEY,
    origin    VARCHAR,
    input_id  VARCHAR,
    code      VARCHAR,
    error     VARCHAR,
    skipped   BOOLEAN
);

-- Derived tables: recomputed from the tables above at the end of every ingest (telex.store.merge).
CREATE TABLE IF NOT EXISTS article_duplicates (
    article_id    VARCHAR PRIMARY KEY,
    duplicate_of  VARCHAR NOT NULL,
    similarity    DOUBLE
);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id     VARCHAR PRIMARY KEY,
    cameo          VARCHAR,
    cameo_root     VARCHAR,
    plover_type    VARCHAR,
    goldstein      DOUBLE,
    quad_class     INTEGER,
    actor_a        VARCHAR,             -- the pair key's two sides, sorted
    actor_b        VARCHAR,
    source_code    VARCHAR,             -- from the cluster's first event
    target_code    VARCHAR,
    source_name    VARCHAR,
    target_name    VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    first_date     DATE,
    last_date      DATE,
    n_events       INTEGER,
    n_articles     INTEGER,
    n_sources      INTEGER,
    urls           VARCHAR[],
    sources        VARCHAR[],
    evidence       VARCHAR,             -- the first event's evidence text
    place_name     VARCHAR,
    place_country  VARCHAR,
    place_lat      DOUBLE,
    place_lon      DOUBLE
);

CREATE TABLE IF NOT EXISTS cluster_events (
    cluster_id  VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
