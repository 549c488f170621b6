-- Facets of every statement from the column statistics (#16): the page's first view shows the most common speakers,
-- outlets, stance targets and topics of the whole table, estimated from pg_stats (AggregateQueries.
-- facetsFromStatistics) instead of counting millions of rows. A larger statistics target makes ANALYZE sample more
-- rows (300 x target: 300,000) and list up to 1,000 most common values, so the top values' shares are estimated from
-- a large sample and a long tail still leaves twenty of them listed. The lower analyze threshold keeps the estimates
-- within about 1 % of writes of the table (autovacuum analyzes after 50 + 1 % of rows changed, not 10 %).
alter table statement alter column speaker_id set statistics 1000;
alter table statement alter column outlet_id set statistics 1000;
alter table statement alter column stance_target set statistics 1000;
alter table statement alter column topics set statistics 1000;
alter table statement set (autovacuum_analyze_scale_factor = 0.01);
