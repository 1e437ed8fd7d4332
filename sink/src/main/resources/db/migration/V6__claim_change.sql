-- A figure that is a change says which way (UP or DOWN); a level has none.
ALTER TABLE claims ADD COLUMN change_direction VARCHAR(10);
