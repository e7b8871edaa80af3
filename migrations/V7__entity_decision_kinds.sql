-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with its rows and ids, to
-- allow the decision `kind` (`factdb entity kind NAME KIND`).

-- A user's decision about entities (`factdb entity merge|split|alias|kind`), replayed by every later import.
CREATE TABLE entity_decisions_v3 (
    entity_decision_id  INTEGER PRIMARY KEY,
    action              TEXT NOT NULL CHECK (action IN ('merge', 'split', 'alias', 'kind')),
    name                TEXT NOT NULL,         -- the entity the decision is about, by name
    other_name          TEXT,                  -- merge: the entity merged into `name`; alias: the alias; split: the part split off
    kind                TEXT CHECK (kind IS NULL OR kind IN ('person', 'organisation', 'location', 'group', 'other')), -- kind: the entity's kind; split: the kind of the part
    decided_at          TEXT NOT NULL
);
INSERT INTO entity_decisions_v3 SELECT entity_decision_id, action, name, other_name, kind, decided_at FROM entity_decisions;
DROP TABLE entity_decisions;
ALTER TABLE entity_decisions_v3 RENAME TO entity_decisions;
