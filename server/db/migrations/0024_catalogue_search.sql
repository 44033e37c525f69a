-- The public catalogue's search (issue 15): a service's name is matched anywhere in it (ilike
-- '%word%'); a trigram index lets PostgreSQL find those names without reading every product.
-- pg_trgm is a trusted extension (the database owner may create it); PGlite loads it at start.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "products_name_trgm" ON "service_products" USING gin ("name" gin_trgm_ops);
