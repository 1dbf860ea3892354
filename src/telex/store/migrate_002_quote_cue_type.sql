-- Version 2: what each quote's attribution reports (speech, thought, stance, finding; NULL for terms
-- and for quotes stored before this version). Added at the end of the table, as rows_for writes it.
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS cue_type VARCHAR;
