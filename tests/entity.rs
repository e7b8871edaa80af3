//! Entities across articles, through `factdb import` and `factdb entity`, on invented articles: the
//! unique-surname rule, two people sharing a surname, spelling variants, and user decisions (merge,
//! split, alias, alias files) persisting across later imports.

mod common;

use rusqlite::Connection;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Writes one article as a JSON file with a clean body (paragraphs separated by blank lines).
fn article(dir: &Path, file: &str, title: &str, paragraphs: &[&str]) -> PathBuf {
    let path = dir.join(file);
    let json = serde_json::json!({
        "title": title,
        "outlet": "The Fixture Times",
        "body": paragraphs.join("\n\n"),
    });
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

fn import(db: &Path, paths: &[&Path]) {
    let mut cmd = common::factdb(db);
    cmd.arg("import").arg("--quiet");
    for p in paths {
        cmd.arg(p);
    }
    cmd.assert().success();
}

fn entity(db: &Path, args: &[&str]) {
    common::factdb(db)
        .arg("entity")
        .args(args)
        .assert()
        .success();
}

/// The entity ids of the mentions written `text` in the article imported from `file`.
fn mentioned(db: &Path, file: &str, text: &str) -> BTreeSet<i64> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT m.entity_id FROM mentions m JOIN articles a USING (article_id)
             WHERE a.source LIKE '%' || ?1 AND m.text = ?2",
        )
        .unwrap();
    stmt.query_map([file, text], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn one(ids: BTreeSet<i64>, what: &str) -> i64 {
    assert_eq!(ids.len(), 1, "{what}: expected one entity, found {ids:?}");
    *ids.iter().next().unwrap()
}

fn entity_named(db: &Path, name: &str) -> Option<i64> {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT entity_id FROM entities WHERE name = ?1",
        [name],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn two_people_sharing_a_surname_stay_two_and_a_bare_surname_joins_neither() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let a = article(
        dir.path(),
        "judge.json",
        "Court rules",
        &[
            "Judge Miriam Okafor ruled on Monday that the contract was void.",
            "\u{201C}The law is clear,\u{201D} Okafor said.",
        ],
    );
    let b = article(
        dir.path(),
        "striker.json",
        "Late winner",
        &[
            "Striker Daniel Okafor scored twice in the final minutes.",
            "Okafor said the team was ready for the cup.",
        ],
    );
    let c = article(
        dir.path(),
        "brief.json",
        "In brief",
        &["Okafor said nothing more about it."],
    );
    import(&db, &[&a, &b, &c]);
    let miriam = one(mentioned(&db, "judge.json", "Miriam Okafor"), "Miriam");
    let daniel = one(mentioned(&db, "striker.json", "Daniel Okafor"), "Daniel");
    assert_ne!(miriam, daniel);
    // Within each article the surname is that article's person.
    assert_eq!(
        one(mentioned(&db, "judge.json", "Okafor"), "judge's Okafor"),
        miriam
    );
    assert_eq!(
        one(mentioned(&db, "striker.json", "Okafor"), "striker's Okafor"),
        daniel
    );
    // Alone, it could be either: it joins neither.
    let bare = one(mentioned(&db, "brief.json", "Okafor"), "bare Okafor");
    assert!(bare != miriam && bare != daniel);
}

/// When the news overwhelmingly means one person by a surname (articles that give the full name call
/// her by it again and again, while another person of that name is called so once), a bare surname
/// elsewhere is hers; with evidence that even, it stays apart (the test above).
#[test]
fn a_bare_surname_joins_the_person_the_news_overwhelmingly_means() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let mut paths = Vec::new();
    for i in 0..4 {
        paths.push(article(
            dir.path(),
            &format!("minister-{i}.json"),
            "Budget talks",
            &[
                &format!("Finance Minister Ingrid Halvorsen presented budget chapter {i} on Tuesday."),
                "Halvorsen said the deficit would shrink. Halvorsen added that taxes would not rise.",
                "Critics doubted Halvorsen, and Halvorsen answered them in parliament.",
            ],
        ));
    }
    paths.push(article(
        dir.path(),
        "painter.json",
        "Gallery opens",
        &[
            "The painter Anna Halvorsen opened a gallery.",
            "Halvorsen said it took a year.",
        ],
    ));
    paths.push(article(
        dir.path(),
        "brief.json",
        "In brief",
        &["Halvorsen said the budget vote would be held next week."],
    ));
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    import(&db, &refs);
    let minister = one(
        mentioned(&db, "minister-0.json", "Ingrid Halvorsen"),
        "Ingrid",
    );
    let painter = one(mentioned(&db, "painter.json", "Anna Halvorsen"), "Anna");
    assert_ne!(minister, painter);
    assert_eq!(
        one(mentioned(&db, "brief.json", "Halvorsen"), "bare Halvorsen"),
        minister
    );
}

#[test]
fn a_bare_surname_joins_the_only_person_with_it_whatever_the_import_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let later = article(
        dir.path(),
        "later.json",
        "Reply",
        &["\u{201C}We disagree,\u{201D} Valenko replied on Tuesday."],
    );
    let first = article(
        dir.path(),
        "first.json",
        "Talks",
        &["Foreign Minister Sergey V. Valenko met his counterparts in Geneva."],
    );
    let third = article(
        dir.path(),
        "third.json",
        "Talks again",
        &["Sergei Valenko, the foreign minister, left Geneva."],
    );
    // The surname-only article first, in an import of its own.
    import(&db, &[&later]);
    import(&db, &[&first, &third]);
    let full = one(
        mentioned(&db, "first.json", "Sergey V. Valenko"),
        "full name",
    );
    assert_eq!(
        one(mentioned(&db, "later.json", "Valenko"), "surname"),
        full
    );
    // Spelling variant and dropped initial: the same person.
    assert_eq!(
        one(mentioned(&db, "third.json", "Sergei Valenko"), "variant"),
        full
    );
}

#[test]
fn gazetteer_entities_are_one_row_across_spellings() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let a = article(
        dir.path(),
        "a.json",
        "A",
        &["The Russian Federation and the Islamic State were discussed."],
    );
    let b = article(
        dir.path(),
        "b.json",
        "B",
        &["Russia said ISIL, or Daesh, was weakened. Russian jets flew."],
    );
    import(&db, &[&a, &b]);
    let russia = one(
        mentioned(&db, "a.json", "Russian Federation"),
        "Russian Federation",
    );
    assert_eq!(one(mentioned(&db, "b.json", "Russia"), "Russia"), russia);
    assert_eq!(one(mentioned(&db, "b.json", "Russian"), "Russian"), russia);
    let is = one(mentioned(&db, "a.json", "Islamic State"), "Islamic State");
    assert_eq!(one(mentioned(&db, "b.json", "ISIL"), "ISIL"), is);
    assert_eq!(one(mentioned(&db, "b.json", "Daesh"), "Daesh"), is);
}

#[test]
fn merge_split_and_alias_persist_across_later_imports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let quill = article(
        dir.path(),
        "quill.json",
        "Quill",
        &["Secretary of State Martha Quill arrived in Geneva."],
    );
    let other_quill = article(
        dir.path(),
        "chef.json",
        "Chef",
        &["Quill said the restaurant would reopen in May."],
    );
    let kelvar = article(
        dir.path(),
        "kelvar.json",
        "Kelvar",
        &["The Kelvar Group said profits rose."],
    );
    let kelvarco = article(
        dir.path(),
        "kelvarco.json",
        "Kelvarco",
        &["Shares in Kelvar Holdings fell after Kelvarco warned."],
    );
    import(&db, &[&quill, &other_quill, &kelvar, &kelvarco]);
    let martha = one(mentioned(&db, "quill.json", "Martha Quill"), "Martha");
    // The unique-surname rule merged the chef into Martha Quill: the user splits them.
    assert_eq!(
        one(mentioned(&db, "chef.json", "Quill"), "chef before split"),
        martha
    );
    entity(&db, &["split", "Martha Quill", "Quill", "--kind", "person"]);
    let chef = one(mentioned(&db, "chef.json", "Quill"), "chef after split");
    assert_ne!(chef, martha);

    // Merge two names of one company, and give it an alias.
    entity(&db, &["merge", "Kelvar Group", "Kelvar Holdings"]);
    entity(&db, &["alias", "Kelvar Group", "Kelvarco"]);
    let group = one(
        mentioned(&db, "kelvar.json", "Kelvar Group"),
        "Kelvar Group",
    );
    assert_eq!(
        one(
            mentioned(&db, "kelvarco.json", "Kelvar Holdings"),
            "Holdings"
        ),
        group
    );
    assert_eq!(
        one(mentioned(&db, "kelvarco.json", "Kelvarco"), "Kelvarco"),
        group
    );

    // Later imports: the same files again, and new articles using the same names.
    let more_quill = article(
        dir.path(),
        "chef2.json",
        "Chef again",
        &["Quill said the menu would change."],
    );
    let more_kelvar = article(
        dir.path(),
        "kelvar2.json",
        "Kelvar again",
        &["Kelvar Holdings and Kelvarco were fined, a court said."],
    );
    import(
        &db,
        &[
            &quill,
            &other_quill,
            &kelvar,
            &kelvarco,
            &more_quill,
            &more_kelvar,
        ],
    );
    assert_eq!(
        one(mentioned(&db, "chef.json", "Quill"), "chef after re-import"),
        chef
    );
    assert_ne!(
        one(mentioned(&db, "chef2.json", "Quill"), "new chef article"),
        martha
    );
    assert_eq!(
        one(
            mentioned(&db, "kelvar2.json", "Kelvar Holdings"),
            "new Holdings"
        ),
        group
    );
    assert_eq!(
        one(mentioned(&db, "kelvar2.json", "Kelvarco"), "new Kelvarco"),
        group
    );
    assert!(entity_named(&db, "Kelvar Holdings").is_none());
}

#[test]
fn an_alias_file_given_to_import_is_applied_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let aliases = dir.path().join("aliases.txt");
    std::fs::write(
        &aliases,
        "# my corpus\nNorthern Liberation Front = Northern Front | Liberation Army\n",
    )
    .unwrap();
    let a = article(
        dir.path(),
        "a.json",
        "A",
        &["Fighters of the Northern Liberation Front advanced on Tuesday."],
    );
    let b = article(
        dir.path(),
        "b.json",
        "B",
        &["The Northern Front denied it; the Liberation Army said nothing."],
    );
    common::factdb(&db)
        .args(["import", "--quiet", "--aliases"])
        .arg(&aliases)
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    let front = one(
        mentioned(&db, "a.json", "Northern Liberation Front"),
        "front",
    );
    assert_eq!(
        one(mentioned(&db, "b.json", "Northern Front"), "short name"),
        front
    );
    assert_eq!(
        one(mentioned(&db, "b.json", "Liberation Army"), "other name"),
        front
    );
    // A later import without the file still applies it.
    let c = article(
        dir.path(),
        "c.json",
        "C",
        &["A Northern Front spokesman was arrested."],
    );
    import(&db, &[&c]);
    assert_eq!(
        one(mentioned(&db, "c.json", "Northern Front"), "later"),
        front
    );
    // A malformed file is refused before anything is imported.
    std::fs::write(&aliases, "just words\n").unwrap();
    common::factdb(&db)
        .args(["import", "--quiet", "--aliases"])
        .arg(&aliases)
        .arg(&a)
        .assert()
        .failure();
}

#[test]
fn a_middle_name_across_articles_is_one_person() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let a = article(
        dir.path(),
        "a.json",
        "A",
        &["Senator Helena Marisol Varga opened the hearing."],
    );
    let b = article(
        dir.path(),
        "b.json",
        "B",
        &["Helena Varga, the senator, closed it."],
    );
    import(&db, &[&a]);
    import(&db, &[&b]);
    let full = one(mentioned(&db, "a.json", "Helena Marisol Varga"), "full");
    assert_eq!(
        one(
            mentioned(&db, "b.json", "Helena Varga"),
            "without middle name"
        ),
        full
    );
}

#[test]
fn entity_show_lists_names_and_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let a = article(
        dir.path(),
        "a.json",
        "A",
        &["Foreign Minister Dmitry Valenko met Mr. Valenko's aides."],
    );
    import(&db, &[&a]);
    entity(&db, &["alias", "Dmitry Valenko", "Dima Valenko"]);
    let out = common::factdb(&db)
        .args(["entity", "show", "Valenko"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(text.starts_with("Dmitry Valenko (person)"), "{text}");
    assert!(text.contains("Dima Valenko (user)"), "{text}");
    assert!(text.contains("decision 1: alias"), "{text}");
    common::factdb(&db)
        .args(["entity", "show", "Nobody Atall"])
        .assert()
        .failure();
}

/// Runs a saved report with its parameters' defaults (and `given` ones), the way the report runner
/// binds them: `:name`.
fn report(db: &Path, file: &str, given: &[(&str, &str)]) -> (Vec<String>, Vec<Vec<String>>) {
    let sql = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("queries")
            .join(file),
    )
    .unwrap();
    assert!(sql.starts_with("-- title: "), "{file} has no title line");
    assert!(
        sql.lines().nth(1).unwrap().starts_with("-- description: "),
        "{file}"
    );
    let mut params: Vec<(String, String)> = Vec::new();
    for line in sql.lines().filter_map(|l| l.strip_prefix("-- param: ")) {
        let (head, _description) = line.split_once("   ").unwrap_or((line, ""));
        let (name, default) = match head.split_once('=') {
            Some((n, d)) => (
                n.trim().to_string(),
                d.trim().trim_matches('\'').to_string(),
            ),
            None => (head.trim().to_string(), String::new()),
        };
        let value = given
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
            .unwrap_or(default);
        params.push((format!(":{name}"), value));
    }
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare(&sql).unwrap();
    for (name, value) in &params {
        let index = stmt
            .parameter_index(name)
            .unwrap()
            .unwrap_or_else(|| panic!("{file}: {name} declared but not used"));
        stmt.raw_bind_parameter(index, value.as_str()).unwrap();
    }
    let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
    let n = columns.len();
    let mut rows = Vec::new();
    let mut raw = stmt.raw_query();
    while let Some(row) = raw.next().unwrap() {
        rows.push(
            (0..n)
                .map(|i| match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Null => String::new(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Real(v) => v.to_string(),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    rusqlite::types::ValueRef::Blob(_) => "<blob>".into(),
                })
                .collect(),
        );
    }
    (columns, rows)
}

/// `entities-aliases` shows the titles of at most five of the articles that write a spelling, the
/// last imported first, with the count of all of them.
#[test]
fn entity_aliases_show_five_titles_the_last_imported_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let paths: Vec<_> = (1..=7)
        .map(|n| {
            article(
                dir.path(),
                &format!("a{n}.json"),
                &format!("Port report {n}"),
                &[&format!(
                    "Mayor Ilse Varga opened dock {n} of Kessel harbour on Monday."
                )],
            )
        })
        .collect();
    for path in &paths {
        import(&db, &[path.as_path()]);
    }
    let (columns, rows) = report(&db, "entities-aliases.sql", &[("name", "Ilse Varga")]);
    assert_eq!(columns[6], "example_titles");
    let row = rows.iter().find(|r| r[1] == "Ilse Varga").unwrap();
    assert_eq!(row[4], "7", "{rows:?}");
    let titles: Vec<&str> = row[6].lines().collect();
    assert_eq!(
        titles,
        [
            "Port report 7",
            "Port report 6",
            "Port report 5",
            "Port report 4",
            "Port report 3"
        ]
    );
}

#[test]
fn entity_reports_run_with_their_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let a = article(
        dir.path(),
        "a.json",
        "A",
        &[
            "Russia and Iraq signed a deal. Russian officials said Iraq agreed.",
            "Foreign Minister Dmitry Valenko said Russia was ready.",
        ],
    );
    let b = article(
        dir.path(),
        "b.json",
        "B",
        &["Valenko said the Russian Federation would help Iraq."],
    );
    import(&db, &[&a, &b]);

    let (columns, rows) = report(&db, "entities.sql", &[]);
    assert_eq!(columns[..3], ["entity", "kind", "mentions"]);
    assert!(columns.contains(&"outlets".to_string()));
    assert_eq!(rows[0][0], "Russia", "{rows:?}");
    assert_eq!(rows[0][1], "location");
    assert_eq!(rows[0][2], "4", "{rows:?}");
    assert!(
        rows[0].contains(&"The Fixture Times".to_string()),
        "{rows:?}"
    );
    let (_, without_adjectives) = report(&db, "entities.sql", &[("adjectival", "0")]);
    assert_eq!(
        without_adjectives
            .iter()
            .find(|r| r[0] == "Russia")
            .unwrap()[2],
        "3"
    );
    let (_, people) = report(&db, "entities.sql", &[("kind", "person")]);
    assert_eq!(people.len(), 1);
    assert_eq!(people[0][0], "Dmitry Valenko");

    let (columns, rows) = report(
        &db,
        "entities-aliases.sql",
        &[("name", "russian federation")],
    );
    assert_eq!(columns[..3], ["entity", "written_as", "mention_kind"]);
    let written: BTreeSet<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        written,
        BTreeSet::from(["Russia", "Russian", "Russian Federation"])
    );

    let (columns, rows) = report(&db, "entities-together.sql", &[]);
    assert_eq!(columns[..3], ["entity", "other_entity", "together"]);
    assert!(
        rows.iter()
            .any(|r| (r[0] == "Russia" && r[1] == "Iraq") || (r[0] == "Iraq" && r[1] == "Russia")),
        "{rows:?}"
    );
    let (_, by_article) = report(&db, "entities-together.sql", &[("scope", "article")]);
    assert!(
        by_article
            .iter()
            .any(|r| r[0].contains("Valenko") || r[1].contains("Valenko")),
        "{by_article:?}"
    );
}

fn entity_fails(db: &Path, args: &[&str]) -> String {
    let out = common::factdb(db)
        .arg("entity")
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "entity {args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

fn scalar(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// Two articles quoting the same words from one person written two ways ("Lena Ward", "Lena Warde").
fn two_spellings(dir: &Path) -> PathBuf {
    let db = dir.join("f.db");
    let a = article(
        dir,
        "a.json",
        "Ferry",
        &["\u{201C}The ferry will run all winter,\u{201D} Lena Ward said on Monday."],
    );
    let b = article(
        dir,
        "b.json",
        "Ferry again",
        &["\u{201C}The ferry will run all winter,\u{201D} Lena Warde said on Tuesday."],
    );
    import(&db, &[&a, &b]);
    db
}

#[test]
fn a_merge_relinks_quote_speakers_at_once_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = two_spellings(dir.path());
    // Quote groups are about the words, whoever is named (docs/linking.md), so what a merge changes
    // at once is who the quotes are attributed to.
    let speakers = "SELECT count(DISTINCT speaker_entity_id) FROM quotes";
    assert_eq!(scalar(&db, speakers), 2);
    entity(&db, &["merge", "Lena Ward", "Lena Warde"]);
    assert_eq!(
        scalar(&db, speakers),
        1,
        "the merge relinks the quotes' speaker at once"
    );
    let listed = common::factdb(&db)
        .args(["entity", "decisions"])
        .output()
        .unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(
        listed.contains("1  merge \"Lena Ward\" \"Lena Warde\""),
        "{listed}"
    );
    entity(&db, &["undo", "1"]);
    assert_eq!(scalar(&db, "SELECT count(*) FROM entity_decisions"), 0);
    assert!(
        entity_named(&db, "Lena Warde").is_some(),
        "undo splits the names apart again"
    );
    assert_eq!(scalar(&db, speakers), 2);
    assert!(entity_fails(&db, &["undo", "1"]).contains("no decision 1"));
}

#[test]
fn a_decision_naming_nothing_is_refused_unless_pending() {
    let dir = tempfile::tempdir().unwrap();
    let db = two_spellings(dir.path());
    let error = entity_fails(&db, &["merge", "Nobody", "Somebody"]);
    assert!(error.contains("no entity named \"Nobody\""), "{error}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM entity_decisions"), 0);
    entity(&db, &["merge", "Nobody", "Somebody", "--pending"]);
    assert_eq!(scalar(&db, "SELECT count(*) FROM entity_decisions"), 1);
}

#[test]
fn kind_corrects_an_entity_and_survives_a_reimport() {
    let dir = tempfile::tempdir().unwrap();
    let db = two_spellings(dir.path());
    entity(&db, &["kind", "Lena Ward", "organisation"]);
    let kind = "SELECT kind = 'organisation' FROM entities WHERE name = 'Lena Ward'";
    assert_eq!(scalar(&db, kind), 1);
    let c = article(
        dir.path(),
        "c.json",
        "More",
        &["Lena Ward said the timetable holds."],
    );
    import(&db, &[&c]);
    assert_eq!(scalar(&db, kind), 1);
}

#[test]
fn entity_commands_refuse_a_missing_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    let error = entity_fails(&db, &["show", "X"]);
    assert!(error.contains("there is no database"), "{error}");
    assert!(!db.exists(), "a mistyped --db must not create a database");
}

/// `entities` and `entities-together` read summaries the linking step keeps (migration V9) instead of
/// aggregating every mention. A summary must read exactly as the aggregate would, also after a user's
/// decision changed the links, or the fast path silently drifts from the report's own query.
#[test]
fn report_summaries_read_as_the_aggregates_they_stand_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    import(&db, &[&examples]);
    // A decision relinks: the summaries must follow it.
    entity(&db, &["merge", "Lorvania", "Esterra"]);

    // With the defaults the pairs come from the summary; above 1,000 pairs they are aggregated.
    let (_, summarised) = report(&db, "entities-together.sql", &[]);
    let (_, aggregated) = report(&db, "entities-together.sql", &[("limit", "1001")]);
    assert!(summarised.len() > 5, "{summarised:?}");
    assert_eq!(summarised[..], aggregated[..summarised.len()]);
    assert!(
        !summarised
            .iter()
            .any(|r| r[0] == "Esterra" || r[1] == "Esterra"),
        "the merged entity is gone from the pairs: {summarised:?}"
    );

    let conn = Connection::open(&db).unwrap();
    for adjectival in ["0", "1"] {
        let (_, rows) = report(
            &db,
            "entities.sql",
            &[("adjectival", adjectival), ("limit", "1000")],
        );
        assert!(rows.len() > 10, "{rows:?}");
        for row in &rows {
            let counted: i64 = conn
                .query_row(
                    "SELECT count(*) FROM mentions m JOIN entities e USING (entity_id)
                     WHERE e.name = ?1 AND (?2 = '1' OR m.kind != 'adjectival')",
                    (&row[0], adjectival),
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(row[2], counted.to_string(), "{adjectival}: {row:?}");
        }
    }
}
