-- A filter on the intermediary (GET /statements?via=Anadolu) pages newest first like the other filters: the index on
-- the via's name key alone left the planner a choice between reading every statement via Anadolu to sort them and
-- walking the whole date order until 21 of them turned up (0.4-0.7 s at 10M, #16). With the date order in the index,
-- as statement_stance_target_idx has it, the page is read in order from the index.
drop index statement_via_idx;
create index statement_via_idx
    on statement (statements_name_key(via), (coalesce(reported_at, '-infinity'::timestamptz)), id)
    where via is not null;
