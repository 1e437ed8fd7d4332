-- The schema registry keeps its schemas in PostgreSQL too (its own database), so schema ids survive a restart:
-- records on the topics refer to them.
CREATE DATABASE registry OWNER claimwire;
