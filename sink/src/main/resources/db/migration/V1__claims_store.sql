-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded default).
CREATE TABLE verdicts (
  record_id       VARCHAR(200) PRIMARY KEY,
  article_id      VARCHAR(100) NOT NULL,
  article_version INTEGER      NOT NULL,
  verdict         VARCHAR(20)  NOT NULL,
  duplicate_of    VARCHAR(200),
  similarity      DOUBLE PRECISION NOT NULL,
  method          VARCHAR(20)  NOT NULL,
  url             TEXT,
  outlet          TEXT,
  title           TEXT,
  decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX verdicts_article ON verdicts (article_id);

CREATE TABLE claim_sets (
  article_id      VARCHAR(100) PRIMARY KEY,
  article_version INTEGER      NOT NULL,
  extractor       VARCHAR(100) NOT NULL,
  record_id       VARCHAR(200) NOT NULL,
  claim_count     INTEGER      NOT NULL,
  extracted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE claims (
  claim_id        VARCHAR(64)  NOT NULL,
  article_id      VARCHAR(100) NOT NULL,
  article_version INTEGER      NOT NULL,
  ordinal         INTEGER      NOT NULL,
  outlet          TEXT,
  url             TEXT,
  published_at    TIMESTAMP WITH TIME ZONE,
  figure          DOUBLE PRECISION NOT NULL,
  low             DOUBLE PRECISION,
  high            DOUBLE PRECISION,
  qualifier       VARCHAR(20)  NOT NULL,
  vague           BOOLEAN      NOT NULL,
  unit            VARCHAR(40),
  measure         TEXT,
  subject         TEXT,
  location        TEXT,
  period          TEXT,
  source_name     TEXT,
  source_role     TEXT,
  source_kind     VARCHAR(20)  NOT NULL,
  source_via      TEXT,
  sentence        TEXT         NOT NULL,
  sentence_start  INTEGER      NOT NULL,
  sentence_end    INTEGER      NOT NULL,
  extractor       VARCHAR(100) NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);

-- The sink's consumed positions, written in the same transaction as the rows they produced.
CREATE TABLE consumer_positions (
  consumer_group  VARCHAR(200) NOT NULL,
  topic           VARCHAR(249) NOT NULL,
  partition_no    INTEGER      NOT NULL,
  next_offset     BIGINT       NOT NULL,
  PRIMARY KEY (consumer_group, topic, partition_no)
);
