-- GET /statements?external_id= finds a statement by the id an ingestion job gave it, whatever the outlet.
-- The unique index statement_external_id_key (V3) leads with outlet_id, so it cannot serve that lookup alone.
create index statement_external_id on statement (external_id) where external_id is not null;
