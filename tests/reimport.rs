//! Re-importing is cheap: a file imported before unchanged is skipped before it is read as an article,
//! and an import that adds nothing does not recompute the cross-article links; a changed file, a
//! failed one, or links left behind by a killed import are handled again.

mod support;

use factdb::import::{self, Outcome};
use factdb::ingest;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use support::{assert_consistent, counts};

fn import_dir(db: &Path, dir: &Path) -> Outcome {
    let mut conn = factdb::store::open(db).unwrap();
    let (inputs, errors) = ingest::expand(&[dir.to_path_buf()], None).unwrap();
    import::run(
        &mut conn,
        &inputs,
        &errors,
        &import::Options::default(),
        &import::Silent,
        &AtomicBool::new(false),
    )
    .unwrap()
}

#[test]
fn an_unchanged_folder_is_skipped_and_not_relinked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 6);
    std::fs::write(dir.join("empty.txt"), "").unwrap(); // fails every time
    let db = tmp.path().join("facts.db");

    let first = import_dir(&db, &dir);
    assert_eq!(first.counts.articles_added, 6);
    assert_eq!(first.counts.failures, 1);
    assert_eq!(first.files_unchanged, 0);
    assert!(first.relinked);
    let after_first = counts(&db);

    let second = import_dir(&db, &dir);
    assert_eq!(second.counts.files_read, 7);
    assert_eq!(second.files_unchanged, 6, "the failed file is read again");
    assert_eq!(second.counts.articles_present, 6);
    assert_eq!(second.counts.failures, 1);
    assert!(
        !second.relinked,
        "nothing was added: the links are up to date"
    );
    assert_eq!(counts(&db), after_first);
    assert_consistent(&db);
}

#[test]
fn a_changed_file_is_read_again_and_a_touched_one_is_not() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 3);
    let db = tmp.path().join("facts.db");
    import_dir(&db, &dir);

    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // Same content, new modification time: still the same file.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    std::fs::write(&files[0], &text).unwrap();
    // New content: read again, and its new article added.
    std::fs::write(&files[1], support::article(1000)).unwrap();

    let again = import_dir(&db, &dir);
    assert_eq!(again.files_unchanged, 2);
    assert_eq!(again.counts.articles_added, 1);
    assert!(again.relinked);
    assert_consistent(&db);
}

#[test]
fn links_left_stale_by_a_killed_import_are_recomputed_by_the_next() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 2);
    let db = tmp.path().join("facts.db");
    import_dir(&db, &dir);
    // What a kill after the last batch and before the links leaves behind.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE link_state SET stale = 1", []).unwrap();
    drop(conn);

    let again = import_dir(&db, &dir);
    assert_eq!(again.counts.articles_added, 0);
    assert!(again.relinked);
    assert!(!import_dir(&db, &dir).relinked);
}
