//! The database side of claim grouping: reading each claim's features, entity keys and subjects,
//! writing the groups ([`regroup`]), and the independent outlets behind each article
//! ([`independent_sources`]). The decisions are the parent module's pure functions.

use super::*;

/// Recomputes `claim_groups` and `claims.claim_group_id`.
///
/// Claims are read one row at a time and kept only as [`Features`]; texts, labels and figures are read
/// again for the members of groups only.
pub fn regroup(conn: &Connection) -> Result<()> {
    let mut names = EntityKeys::default();
    let entities = claim_entity_keys(conn, &mut names)?;
    let who = claim_who(conn, &mut names)?;
    let name_words = name_words(names.folded);
    let mut interner = Interner::default();
    // Sized once: grown by doubling, the features of a million claims held up to twice their size.
    let count: i64 = conn.query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?;
    let count = usize::try_from(count).unwrap_or(0);
    let mut feats = Vec::with_capacity(count);
    let (mut ids, mut articles, mut old) = (
        Vec::with_capacity(count),
        Vec::with_capacity(count),
        Vec::with_capacity(count),
    );
    let mut stmt = conn.prepare(
        "SELECT claim_id, article_id, text, claim_group_id, cue FROM claims ORDER BY claim_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let text: String = r.get(2)?;
        let keys = entities.get(&id).map(Vec::as_slice).unwrap_or(&[]);
        let (mentions, source) = who.get(&id).map_or((&[][..], &[][..]), |(m, s)| (m, s));
        let who = Who {
            mentions,
            source,
            name_words: Some(&name_words),
            cue: r
                .get_ref(4)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?,
        };
        feats.push(Features::new(&text, keys, who, &mut interner));
        ids.push(id);
        articles.push(r.get::<_, i64>(1)?);
        old.push(group_number(r.get(3)?));
    }
    drop(rows);
    drop(stmt);
    drop(entities);
    drop(who);
    drop(name_words);
    drop(interner);
    let story = load_story(conn)?;
    // The page cache is full of what was just read, and grouping reads nothing: give its clean pages
    // back before the candidate index is built (`members` reads claims again, in one pass), and the
    // allocator's pages freed by the loading maps above.
    crate::link::memory::give_back(conn)?;
    let groups = components(&feats, &articles, &story);
    drop(story);
    let sources = independent_sources(conn)?;
    let mut of = members(conn, groups.iter().flatten().map(|&m| ids[m]).collect())?;
    for (k, members) in groups.iter().enumerate() {
        let rows: Vec<ClaimRow> = (members.iter())
            .map(|&m| of.remove(&ids[m]).expect("every member was read"))
            .collect();
        let pairs: Vec<(&ClaimRow, &Features)> = rows
            .iter()
            .zip(members.iter().map(|&m| &feats[m]))
            .collect();
        // The longest wording represents the group (then the first in text order): content only.
        let text = rows
            .iter()
            .map(|r| &r.text)
            .max_by_key(|t| (t.len(), std::cmp::Reverse(*t)))
            .expect("a group has members");
        let outlets: BTreeSet<i64> = rows
            .iter()
            .map(|r| sources.get(&r.article_id).copied().unwrap_or(-r.article_id))
            .collect();
        let values = [
            Value::Text(text.clone()),
            disagreement(&pairs).map_or(Value::Null, Value::Text),
            Value::Integer(outlets.len() as i64),
            Value::Integer(rows.len() as i64),
        ];
        GROUPS.put(conn, k as i64 + 1, &values)?;
    }
    let new = numbered(ids.len(), &groups);
    let moved = (ids.iter().zip(old).zip(new)).map(|((&id, old), new)| (id, old, new));
    move_members(conn, ("claims", "claim_id", "claim_group_id"), moved)?;
    GROUPS.truncate(conn, groups.len())
}

/// The rows of claim groups.
const GROUPS: GroupTable = GroupTable {
    table: "claim_groups",
    id: "claim_group_id",
    columns: &["text", "disagreement", "outlets", "claims"],
};

/// The independent source of each article: its outlet (or minus its id when unknown), a copy counting
/// as its original's.
pub fn independent_sources(conn: &Connection) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare(
        "SELECT a.article_id, coalesce(o.outlet_id, -o.article_id)
         FROM articles a JOIN articles o ON o.article_id = coalesce(
             (SELECT min(original_article_id) FROM article_copies c WHERE c.article_id = a.article_id),
             a.article_id)",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn load_story(conn: &Connection) -> Result<Story> {
    let mut story = Story::default();
    let mut stmt =
        conn.prepare("SELECT article_id, published FROM articles WHERE published IS NOT NULL")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, date) = row?;
        if let Some(day) = day_number(&date) {
            story.days.insert(id, day);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT DISTINCT article_id, entity_id FROM mentions ORDER BY article_id, entity_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (a, e) = row?;
        story.entities.entry(a).or_default().push(e);
    }
    let mut stmt = conn.prepare(
        "SELECT DISTINCT article_id, quote_group_id FROM quotes WHERE quote_group_id IN (
             SELECT quote_group_id FROM quotes WHERE quote_group_id IS NOT NULL
             GROUP BY quote_group_id HAVING count(DISTINCT article_id) >= 2)
         ORDER BY article_id, quote_group_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (a, g) = row?;
        story.quote_groups.entry(a).or_default().push(g);
    }
    Ok(story)
}

/// The entity keys of every claim naming one. Entities are compared by folded name, not id: one
/// article's "Hradek" taken for a person and another's for a place are two entities, but a claim
/// about either is about "hradek".
fn claim_entity_keys(conn: &Connection, keys: &mut EntityKeys) -> Result<HashMap<i64, Vec<i64>>> {
    let mut stmt = conn.prepare(
        "SELECT ce.claim_id, e.name FROM claim_entities ce JOIN entities e USING (entity_id)",
    )?;
    let mut rows = stmt.query([])?;
    let mut of: HashMap<i64, Vec<i64>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let key = keys.of(r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?);
        of.entry(r.get(0)?).or_default().push(key);
    }
    Ok(of)
}

/// Numbers standing for entities' folded names ([`other_key`]), numbered in the order first met.
#[derive(Default)]
struct EntityKeys {
    /// Folded name -> number.
    folded: HashMap<String, i64>,
    /// Name as stored -> number: a name is folded once, not once per claim or mention naming it.
    names: HashMap<String, i64>,
}

impl EntityKeys {
    fn of(&mut self, name: &str) -> i64 {
        if let Some(&key) = self.names.get(name) {
            return key;
        }
        let next = self.folded.len() as i64;
        let key = *self.folded.entry(other_key(name)).or_insert(next);
        self.names.insert(name.to_string(), key);
        key
    }
}

/// Who each claim is about, to resolve its subject ([`Who`]): the mentions inside it (characters
/// from its start, entity keys as [`claim_entity_keys`] gives them), and the entities of a source
/// that asserts, promises or wishes what it says ("agreed | to let trucks cross"; one that asks or
/// urges does not do it): its entity, else the names its wording mentions ("Lorvania and Esterra").
fn claim_who(
    conn: &Connection,
    keys: &mut EntityKeys,
) -> Result<HashMap<i64, (Vec<Mention>, Vec<i64>)>> {
    let mut stmt = conn.prepare(
        "SELECT c.claim_id, m.start_char - c.start_char, m.end_char - c.start_char, e.name,
             m.kind = 'pronoun'
         FROM claims c JOIN mentions m ON m.article_id = c.article_id
             AND m.start_char >= c.start_char AND m.end_char <= c.end_char
         JOIN entities e ON e.entity_id = m.entity_id
         UNION ALL
         SELECT c.claim_id, 0, 0, e.name, 2 FROM claims c
         JOIN entities e ON e.entity_id = c.source_entity_id
         WHERE c.stance IN ('asserted', 'promise', 'wish')
         UNION ALL
         SELECT c.claim_id, 0, 0, e.name, 2 FROM claims c JOIN mentions m
             ON m.article_id = c.article_id
             AND m.start_char >= c.source_start_char AND m.end_char <= c.source_end_char
         JOIN entities e ON e.entity_id = m.entity_id
         WHERE c.source_entity_id IS NULL AND c.stance IN ('asserted', 'promise', 'wish')",
    )?;
    let mut rows = stmt.query([])?;
    let mut of: HashMap<i64, (Vec<Mention>, Vec<i64>)> = HashMap::new();
    while let Some(r) = rows.next()? {
        let entity = keys.of(r.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?);
        let (mentions, source) = of.entry(r.get(0)?).or_default();
        // 2: the source's; else a mention inside the claim, 1 when a pronoun.
        let kind: i64 = r.get(4)?;
        if kind == 2 {
            source.push(entity);
        } else {
            mentions.push(Mention {
                start: r.get::<_, i64>(1)? as usize,
                end: r.get::<_, i64>(2)? as usize,
                entity,
                pronoun: kind == 1,
            });
        }
    }
    Ok(of)
}

/// The words of each entity key's name (ids; words of three letters or more when it has some):
/// "pena nieto" -> "pena", "nieto".
fn name_words(keys: HashMap<String, i64>) -> HashMap<i64, Vec<i64>> {
    let mut ids: HashMap<String, i64> = HashMap::new();
    (keys.into_iter())
        .map(|(name, key)| {
            // "TB", "EU": a name of short words is its words.
            let long = name.split_whitespace().any(|w| w.chars().count() >= 3);
            let words = (name.split_whitespace())
                .filter(|w| !long || w.chars().count() >= 3)
                .map(|w| {
                    let next = ids.len() as i64;
                    *ids.entry(w.to_string()).or_insert(next)
                })
                .collect();
            (key, words)
        })
        .collect()
}

/// The claims of groups, with what the group rows and their disagreements need, read in one pass over
/// claims and one over figures (a query per member was re-prepared by SQLite at every call: a quarter
/// of regrouping 320,000 claims).
fn members(conn: &Connection, wanted: HashSet<i64>) -> Result<HashMap<i64, ClaimRow>> {
    let mut of: HashMap<i64, ClaimRow> = HashMap::with_capacity(wanted.len());
    let mut stmt = conn.prepare(
        "SELECT c.claim_id, c.article_id, c.text, c.negated, coalesce(o.name, a.title, a.source)
         FROM claims c JOIN articles a USING (article_id)
         LEFT JOIN outlets o ON o.outlet_id = a.outlet_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let claim_id: i64 = r.get(0)?;
        if wanted.contains(&claim_id) {
            let row = ClaimRow {
                claim_id,
                article_id: r.get(1)?,
                text: r.get(2)?,
                negated: r.get(3)?,
                label: r.get(4)?,
                ..ClaimRow::default()
            };
            of.insert(claim_id, row);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT claim_id, value, unit, approximate, text FROM claim_quantities
         ORDER BY claim_quantity_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(row) = of.get_mut(&r.get::<_, i64>(0)?) else {
            continue;
        };
        let text: String = r.get(4)?;
        if !crate::extract::claims::quantities::is_vague(&text) {
            row.quantities.push(Figure {
                value: r.get(1)?,
                unit: r.get(2)?,
                approximate: r.get(3)?,
                text,
            });
        }
    }
    Ok(of)
}
