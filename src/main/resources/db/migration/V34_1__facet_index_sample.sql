-- Facets of a search counted on a sample (#16): counting every match of a search costs 3-5 microseconds a match at
-- 10M statements (its postings, its row, its seven facet values), so the facets of "fragile pipeline" (10,271 matches)
-- took ~50 ms of PostgreSQL a request, 200-350 ms at eight concurrent requests on two cores. One statement in eight,
-- by the last byte of its id (random in a UUIDv7), gets a second text index of its own: a search by words finds its
-- sampled matches there, an eighth of the postings and rows, and a search that matches many counts them instead
-- (scaled up, "approximate": true; README "Facets of large searches are estimated"). The predicate must stay exactly
-- AggregateQueries.IN_INDEX_SAMPLE for the planner to use the index. About an eighth of the text index's size
-- (without its speaker and outlet keys) and of its cost a write.
-- Writes wait for the build (seconds at 10M statements); a large deployment may build it first, without blocking:
--   create index concurrently if not exists statement_search_sample_idx on statement using gin (search_vector)
--       where get_byte(uuid_send(id), 15) < 32;
create index if not exists statement_search_sample_idx on statement using gin (search_vector)
    where get_byte(uuid_send(id), 15) < 32;
