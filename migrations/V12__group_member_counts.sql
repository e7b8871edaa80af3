-- factdb schema, version 12: what the ranking and listing reports order by, kept where an index
-- gives that order, so that their first rows cost what they show (`factdb report` shows the first
-- 1,000 by default).
--
-- `quote-spread` ranks quote groups by independent outlets, then articles, then the first date seen;
-- `corroborated-claims` ranks claim groups by independent outlets, then member claims. Counted from
-- the members at every query, their first rows cost a pass over every group's members (294 ms and
-- 77 ms at 20,889 articles). The linking step writes the counts with the groups
-- (src/link/quote_groups.rs, src/link/claim_groups.rs); the statements below fill them in a database
-- made before.
ALTER TABLE quote_groups ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;  -- distinct articles carrying it
ALTER TABLE quote_groups ADD COLUMN first_published TEXT CHECK (first_published IS NULL OR first_published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');  -- the earliest date of those articles
ALTER TABLE claim_groups ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;    -- member claims

UPDATE quote_groups SET (articles, first_published) = (
    SELECT count(DISTINCT q.article_id), min(a.published)
    FROM quotes q JOIN articles a ON a.article_id = q.article_id
    WHERE q.quote_group_id = quote_groups.quote_group_id);
UPDATE claim_groups SET claims = (
    SELECT count(*) FROM claims c WHERE c.claim_group_id = claim_groups.claim_group_id);

CREATE INDEX quote_groups_spread ON quote_groups (outlets DESC, articles DESC, first_published);
CREATE INDEX claim_groups_corroboration ON claim_groups (outlets DESC, claims DESC);

-- `claims-by-source` lists every claim by its source's name: entities by name, the wordings no entity
-- was found for (claims_source_text), outlets by name for their own claims, each article's claims in
-- date order. Sorting 341,831 claims by a name joined from three tables took 618 ms; walking these
-- indexes in that order, SQLite merges the three and stops at the rows shown.
CREATE INDEX entities_name ON entities (name);
-- Unique: one outlet per folded name (name_key) means one per name, and SQLite then knows an
-- outlet's name orders its claims without sorting them by date.
CREATE UNIQUE INDEX outlets_name ON outlets (name);
DROP INDEX articles_outlet_id;
CREATE INDEX articles_outlet_id ON articles (outlet_id, published, article_id);
