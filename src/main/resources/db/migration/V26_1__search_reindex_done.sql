-- The background re-index of rows stored before V15_1 (SearchReindex) walked the whole table after every start of
-- every instance: at 1M statements some 40 s of database time, at 10M about 7 minutes, each time a pod restarted.
-- Its first complete walk is recorded here; instances started afterwards skip it (new and edited rows are indexed
-- in their language by the trigger). A migration that changes text search configurations again deletes the row.
create table search_reindex_done (
    id smallint primary key default 1 check (id = 1),
    done_at timestamptz not null
);
