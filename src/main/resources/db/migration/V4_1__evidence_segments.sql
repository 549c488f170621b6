-- Statement extraction (issue 12): one extracted statement per attribution. Its segments (every quoted stretch,
-- or the reported clause) as code point offsets, flattened start/end pairs in text order; content_start and
-- content_end span from the first to the last. Null for evidence stored before this version.
alter table statement_evidence add column segments integer[];
alter table statement_evidence add constraint statement_evidence_segments_check
    check (segments is null or (cardinality(segments) >= 2 and cardinality(segments) % 2 = 0));
