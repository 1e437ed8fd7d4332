-- A claim set cut at the figure cap (--max-figures) says so: claim_count is what was kept.
ALTER TABLE claim_sets ADD COLUMN truncated BOOLEAN NOT NULL DEFAULT FALSE;
