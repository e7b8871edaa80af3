//! The fetch cache: pages fetched for `factdb import URL`, in the `fetched_pages` table.

use super::now;
use crate::ingest::fetch::{FetchedPage, PageCache};
use rusqlite::{params, Connection, OptionalExtension};

/// The database as a [`PageCache`].
pub struct FetchedPages<'a>(pub &'a Connection);

impl PageCache for FetchedPages<'_> {
    fn get(&mut self, url: &str) -> Option<FetchedPage> {
        self.0
            .query_row(
                "SELECT final_url, status, content_type, body FROM fetched_pages WHERE url = ?1",
                [url],
                |row| {
                    Ok(FetchedPage {
                        url: url.to_string(),
                        final_url: row.get(0)?,
                        status: row.get(1)?,
                        content_type: row.get(2)?,
                        body: row.get(3)?,
                    })
                },
            )
            .optional()
            .ok()
            .flatten()
    }

    fn put(&mut self, page: &FetchedPage) -> Result<(), String> {
        self.0
            .execute(
                "INSERT OR REPLACE INTO fetched_pages (url, final_url, status, content_type, fetched_at, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    page.url,
                    page.final_url,
                    page.status,
                    page.content_type,
                    now(),
                    page.body
                ],
            )
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}
