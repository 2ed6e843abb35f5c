-- Run once by the postgres image when it creates the database: the extensions the search uses.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
