-- title: Claims by source
-- description: Who claims what: every claim with its source (the entity, or the wording when no entity was found, or the outlet for its own claims, kind outlet), flags and outlet, sources in alphabetical order; then the own claims of articles whose outlet is unknown.
-- param: source = ''   Part of the source's name or wording; empty for every source
-- param: kind = ''     attributed or outlet; empty for both
SELECT * FROM (
    -- Every claim (no source given): four parts, each walking an index in the order shown, so the
    -- first rows cost what they show: claims of source entities by name (entities_name), of wordings
    -- no entity was found for (claims_source_text), of outlets by name (outlets_name,
    -- articles_outlet_id), merged by SQLite; then the articles of unknown outlet, by date.
    -- A source given: the names and wordings containing it, from a trigram index of every source's
    -- names, aliases and wordings (summary_claim_sources, migration V10), their claims by index.
    -- An outlet's own claims have no source wording and attributed claims always have one: the parts
    -- for the other kind, or for the other case, are skipped before they read a row.
    SELECT e.name AS source, c.source_text AS source_as_written, c.kind, c.cue, c.text AS claim,
           CASE WHEN c.negated THEN 'yes' ELSE '' END AS negated,
           CASE WHEN c.hedged THEN 'yes' ELSE '' END AS hedged,
           c.stance, o.name AS outlet, a.published, a.title, c.article_id, c.start_char,
           c.claim_id, c.claim_group_id
    FROM entities e
    CROSS JOIN claims c ON c.source_entity_id = e.entity_id
    JOIN articles a ON a.article_id = c.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    WHERE :source = '' AND :kind != 'outlet' AND (:kind = '' OR c.kind = :kind)
    UNION ALL
    SELECT c.source_text, c.source_text, c.kind, c.cue, c.text,
           CASE WHEN c.negated THEN 'yes' ELSE '' END, CASE WHEN c.hedged THEN 'yes' ELSE '' END,
           c.stance, o.name, a.published, a.title, c.article_id, c.start_char,
           c.claim_id, c.claim_group_id
    FROM claims c
    JOIN articles a ON a.article_id = c.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    WHERE +c.source_entity_id IS NULL AND c.source_text IS NOT NULL  -- "+": walk claims_source_text
      AND :source = '' AND :kind != 'outlet' AND (:kind = '' OR c.kind = :kind)
    UNION ALL
    SELECT coalesce(e.name, c.source_text), c.source_text, c.kind, c.cue, c.text,
           CASE WHEN c.negated THEN 'yes' ELSE '' END, CASE WHEN c.hedged THEN 'yes' ELSE '' END,
           c.stance, o.name, a.published, a.title, c.article_id, c.start_char,
           c.claim_id, c.claim_group_id
    FROM claims c
    JOIN articles a ON a.article_id = c.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    LEFT JOIN entities e ON e.entity_id = c.source_entity_id
    WHERE :source != '' AND (:kind = '' OR c.kind = :kind)
      AND (c.source_entity_id IN (
               SELECT entity_id FROM summary_claim_sources
               WHERE name LIKE '%' || :source || '%' AND entity_id IS NOT NULL)
           OR c.source_text IN (
               SELECT name FROM summary_claim_sources
               WHERE name LIKE '%' || :source || '%' AND entity_id IS NULL))
    UNION ALL
    SELECT o.name, NULL, c.kind, c.cue, c.text,
           CASE WHEN c.negated THEN 'yes' ELSE '' END, CASE WHEN c.hedged THEN 'yes' ELSE '' END,
           c.stance, o.name, a.published, a.title, a.article_id, c.start_char,
           c.claim_id, c.claim_group_id
    FROM outlets o
    CROSS JOIN articles a ON a.outlet_id = o.outlet_id
    CROSS JOIN claims c ON c.article_id = a.article_id
    WHERE c.source_entity_id IS NULL AND c.source_text IS NULL
      AND :source = '' AND :kind != 'attributed' AND (:kind = '' OR c.kind = :kind)
    ORDER BY 1, 10, 12, 13, 14)
UNION ALL
SELECT * FROM (
    SELECT '(the outlet)', NULL, c.kind, c.cue, c.text,
           CASE WHEN c.negated THEN 'yes' ELSE '' END, CASE WHEN c.hedged THEN 'yes' ELSE '' END,
           c.stance, NULL, a.published, a.title, a.article_id, c.start_char,
           c.claim_id, c.claim_group_id
    FROM articles a
    CROSS JOIN claims c ON c.article_id = a.article_id
    WHERE a.outlet_id IS NULL AND c.source_entity_id IS NULL AND c.source_text IS NULL
      AND :source = '' AND :kind != 'attributed' AND (:kind = '' OR c.kind = :kind)
    ORDER BY 10, 12, 13, 14)
