-- Every article version, verdict, claim and summary names its story (null on rows written before stories).
ALTER TABLE articles ADD COLUMN story_id VARCHAR(200);
ALTER TABLE verdicts ADD COLUMN story_id VARCHAR(200);
ALTER TABLE claims ADD COLUMN story_id VARCHAR(200);
ALTER TABLE claim_summaries ADD COLUMN story_id VARCHAR(200);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX claim_summaries_story ON claim_summaries (story_id);
