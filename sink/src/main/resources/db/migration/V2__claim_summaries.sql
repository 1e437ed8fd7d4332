-- One row per figure topic, the latest summary from news.claim-summaries; figures as a JSON array (text, so the
-- same migration runs on PostgreSQL and H2).
CREATE TABLE claim_summaries (
  topic_key     VARCHAR(500) PRIMARY KEY,
  subject       TEXT,
  measure       TEXT,
  location      TEXT,
  status        VARCHAR(20)  NOT NULL,
  note          TEXT,
  tolerance     DOUBLE PRECISION NOT NULL,
  figure_count  INTEGER      NOT NULL,
  figures       TEXT         NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX claim_summaries_status ON claim_summaries (status);
