-- Statement extraction (issue 6): article text and the evidence of extracted statements.

-- The text an article's statements were extracted from; their offsets point into it. Null for articles
-- known only from a statement's reference.
alter table article add column text text;
alter table article add column extracted_at timestamptz;

-- Where an extracted statement stands in its article: Unicode code point offsets, end exclusive.
-- Kept beside the statement so that editing the statement (PUT/PATCH) keeps the original evidence,
-- and deleting it removes the evidence.
create table statement_evidence (
    statement_id   uuid             primary key references statement (id) on delete cascade,
    article_id     uuid             not null references article (id) on delete cascade,
    position       integer          not null,
    content_start  integer          not null,
    content_end    integer          not null,
    cue_start      integer,
    cue_end        integer,
    cue_text       text,
    mention_start  integer,
    mention_end    integer,
    mention_text   text,
    confidence     double precision not null,
    constraint statement_evidence_content_check check (0 <= content_start and content_start <= content_end),
    constraint statement_evidence_confidence_check check (confidence between 0 and 1)
);
create index statement_evidence_article_idx on statement_evidence (article_id, position);
