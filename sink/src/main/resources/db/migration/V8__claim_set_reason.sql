-- A claim set that holds no claims on purpose says why (an article in a language extraction does not read).
ALTER TABLE claim_sets ADD COLUMN reason VARCHAR(500);
