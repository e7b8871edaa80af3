//! Writing recomputed groups (`quote_groups`, `claim_groups`) and their members' group ids with as few
//! row writes as possible, and the same rows as deleting every group and inserting them again.
//!
//! Groups are numbered 1, 2, ... in their order (what `DELETE` then `INSERT` gives an
//! `INTEGER PRIMARY KEY` table), so most groups keep their id and their row from one import to the
//! next. Rewriting every member's group id (first to NULL, then group by group, in no order of the
//! table) rewrote nearly every page of `claims` and `quotes` and their group index twice per import,
//! in an order the page cache could not hold; here a row is written only when its value changes, in
//! id order.

use crate::store::Result;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

/// A group table: its name, its id column and the columns a group's row holds.
pub(crate) struct GroupTable {
    pub table: &'static str,
    pub id: &'static str,
    pub columns: &'static [&'static str],
}

impl GroupTable {
    /// Makes group `id`'s row hold `values` (one per column): left alone when it does already.
    pub fn put(&self, conn: &Connection, id: i64, values: &[Value]) -> Result<()> {
        let (table, key, columns) = (self.table, self.id, self.columns);
        let list = columns.join(", ");
        let old: Option<Vec<Value>> = conn
            .prepare_cached(&format!("SELECT {list} FROM {table} WHERE {key} = ?1"))?
            .query_row([id], |r| (0..columns.len()).map(|i| r.get(i)).collect())
            .optional()?;
        let sql = match old {
            Some(old) if old == values => return Ok(()),
            Some(_) => {
                let set: Vec<String> = (columns.iter().enumerate())
                    .map(|(i, c)| format!("{c} = ?{}", i + 2))
                    .collect();
                format!("UPDATE {table} SET {} WHERE {key} = ?1", set.join(", "))
            }
            None => {
                let marks: Vec<String> =
                    (0..=columns.len()).map(|i| format!("?{}", i + 1)).collect();
                format!(
                    "INSERT INTO {table} ({key}, {list}) VALUES ({})",
                    marks.join(", ")
                )
            }
        };
        let args = std::iter::once(Value::Integer(id)).chain(values.iter().cloned());
        conn.prepare_cached(&sql)?.execute(params_from_iter(args))?;
        Ok(())
    }

    /// Deletes the groups numbered after the last one (`count`): call it after the members moved.
    pub fn truncate(&self, conn: &Connection, count: usize) -> Result<()> {
        let (table, key) = (self.table, self.id);
        conn.execute(
            &format!("DELETE FROM {table} WHERE {key} > ?1"),
            [count as i64],
        )?;
        Ok(())
    }
}

/// Sets the group id of every member whose id changes (`table`'s `key` and `group` columns), given
/// `(member id, old group, new group)` in ascending member id, a group 0 standing for NULL.
pub(crate) fn move_members(
    conn: &Connection,
    (table, key, group): (&str, &str, &str),
    members: impl Iterator<Item = (i64, u32, u32)>,
) -> Result<()> {
    let mut set = conn.prepare(&format!("UPDATE {table} SET {group} = ?1 WHERE {key} = ?2"))?;
    for (id, old, new) in members {
        if old != new {
            set.execute(rusqlite::params![(new > 0).then_some(new), id])?;
        }
    }
    Ok(())
}

/// A stored group id as [`move_members`] takes it (0: none; an id no numbering reaches stays one
/// that differs from every new number).
pub(crate) fn group_number(id: Option<i64>) -> u32 {
    id.map_or(0, |id| u32::try_from(id).unwrap_or(u32::MAX).max(1))
}

/// Group numbers per member position (0: in no group): `groups` (member positions) numbered 1, 2,
/// ... in order.
pub(crate) fn numbered(count: usize, groups: &[Vec<usize>]) -> Vec<u32> {
    let mut of = vec![0; count];
    for (k, members) in groups.iter().enumerate() {
        for &m in members {
            of[m] = k as u32 + 1;
        }
    }
    of
}
