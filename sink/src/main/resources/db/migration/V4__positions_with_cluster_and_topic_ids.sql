-- Positions belong to one Kafka cluster and one incarnation of each topic: a store pointed at a new cluster, or at a
-- topic deleted and created again, must read from the beginning, not skip to offsets of something else.
-- Rows written before this migration have neither id and are read again from the beginning (writes are idempotent).
ALTER TABLE consumer_positions ADD COLUMN cluster_id VARCHAR(64);
ALTER TABLE consumer_positions ADD COLUMN topic_id VARCHAR(64);
