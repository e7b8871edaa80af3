//! `factdb report`: every built-in report in every format, parameters, errors, user folders, views.

mod common;
mod report_fixture;

use report_fixture::{fixture, run_err, run_ok, sql_rows};
use serde_json::Value;
use std::path::Path;

/// The reports `report --list --format json` shows, with their required parameters.
fn reports(db: &Path, extra: &[&str]) -> Vec<(String, Vec<String>)> {
    let mut args = vec!["report", "--list", "--format", "json"];
    args.extend_from_slice(extra);
    let list: Vec<Value> = serde_json::from_str(&run_ok(db, &args)).unwrap();
    list.iter()
        .map(|r| {
            let required = r["required"].as_str().unwrap();
            let required = required
                .split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            (r["name"].as_str().unwrap().to_string(), required)
        })
        .collect()
}

/// Runs every built-in report in every format and checks the formats agree on the rows: CSV records
/// = JSON array length = JSON lines = TSV lines - 1 = Markdown lines - 2 = the table's "(N rows)".
#[test]
fn every_report_runs_in_every_format() {
    let fx = fixture();
    let all = reports(&fx.db, &[]);
    assert!(all.iter().any(|(n, _)| n == "article-list"), "{all:?}");
    for (name, required) in all {
        // A required parameter gets a value that matches nothing in particular; the point is the run.
        let mut args: Vec<String> = vec!["report".into(), name.clone()];
        for p in &required {
            args.extend(["-p".into(), format!("{p}=a")]);
        }
        let run = |format: &str| {
            let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
            a.extend(["--format", format]);
            run_ok(&fx.db, &a)
        };
        let json: Vec<Value> = serde_json::from_str(&run("json"))
            .unwrap_or_else(|e| panic!("report {name}: JSON does not parse: {e}"));
        let n = json.len();
        let csv_out = run("csv");
        let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(
            reader.records().map(Result::unwrap).count(),
            n,
            "report {name}: CSV rows"
        );
        if let Some(first) = json.first() {
            let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
            assert_eq!(
                keys.len(),
                headers.len(),
                "report {name}: JSON keys vs CSV columns"
            );
        }
        let jsonl = run("jsonl");
        assert_eq!(jsonl.lines().count(), n, "report {name}: JSON lines");
        for line in jsonl.lines() {
            serde_json::from_str::<Value>(line).unwrap();
        }
        assert_eq!(
            run("tsv").lines().count(),
            n + 1,
            "report {name}: TSV lines"
        );
        let markdown = run("markdown");
        assert_eq!(
            markdown.lines().count(),
            n + 2,
            "report {name}: Markdown lines"
        );
        assert!(markdown
            .lines()
            .all(|l| l.starts_with('|') && l.ends_with('|')));
        let table = run("table");
        let suffix = format!("({n} row{})", if n == 1 { "" } else { "s" });
        assert!(
            table.trim_end().ends_with(&suffix),
            "report {name}: table ends {table}"
        );
    }
}

#[test]
fn articles_report_shows_real_values_and_filters() {
    let fx = fixture();
    let rows: Vec<Value> = serde_json::from_str(&run_ok(
        &fx.db,
        &[
            "report",
            "article-list",
            "-p",
            "outlet=Coastal",
            "-f",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    // Newest first, authors in byline order.
    assert_eq!(
        rows[0]["title"],
        "Harbour bridge to reopen after two years of repairs"
    );
    assert_eq!(rows[0]["published"], "2024-05-02");
    assert_eq!(rows[0]["outlet"], "The Coastal Herald");
    assert_eq!(rows[0]["authors"], "Mara Velasquez, Tom Okafor");
    assert_eq!(rows[1]["title"], "Council approves ferry timetable");
    let since: Vec<Value> = serde_json::from_str(&run_ok(
        &fx.db,
        &[
            "report",
            "article-list",
            "-p",
            "since=2024-05-01",
            "-p",
            "until=2024-05-31",
            "-f",
            "json",
        ],
    ))
    .unwrap();
    let titles: Vec<&str> = since.iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Bridge repairs ran 15% over budget, audit finds",
            "Harbour bridge to reopen after two years of repairs"
        ]
    );

    let outlets = run_ok(&fx.db, &["report", "outlet-summary", "-f", "csv"]);
    assert!(
        outlets.contains("The Coastal Herald,,2,2024-04-20,2024-05-02"),
        "{outlets}"
    );
    let authors = run_ok(
        &fx.db,
        &["report", "author-list", "-p", "name=velasquez", "-f", "tsv"],
    );
    assert_eq!(
        authors.lines().nth(1).unwrap(),
        "Mara Velasquez\t2\tThe Coastal Herald\t2024-04-20\t2024-05-02"
    );
    let imports: Vec<Value> =
        serde_json::from_str(&run_ok(&fx.db, &["report", "imports", "-f", "json"])).unwrap();
    assert!(
        imports.iter().all(|r| r["status"] == "completed"),
        "{imports:?}"
    );
}

#[test]
fn an_injected_parameter_is_only_a_value() {
    let fx = fixture();
    let before = sql_rows(&fx.db, "SELECT count(*) AS n FROM quotes")[0]["n"].clone();
    for report in ["article-list", "author-list"] {
        let param = if report == "article-list" {
            "title"
        } else {
            "name"
        };
        let out = run_ok(
            &fx.db,
            &[
                "report",
                report,
                "-p",
                &format!("{param}='; DROP TABLE quotes; --"),
                "-f",
                "json",
            ],
        );
        assert_eq!(out.trim(), "[]");
    }
    assert_eq!(
        sql_rows(&fx.db, "SELECT count(*) AS n FROM quotes")[0]["n"],
        before
    );
}

#[test]
fn errors_list_the_choices() {
    let fx = fixture();
    let unknown = run_err(&fx.db, &["report", "no-such-report"]);
    assert!(
        unknown.contains("no report named \"no-such-report\"") && unknown.contains("article-list"),
        "{unknown}"
    );
    let param = run_err(&fx.db, &["report", "article-list", "-p", "colour=red"]);
    assert!(
        param.contains("has no parameter \"colour\"") && param.contains("outlet (default '')"),
        "{param}"
    );
    let malformed = run_err(&fx.db, &["report", "article-list", "-p", "outlet"]);
    assert!(malformed.contains("NAME=VALUE"), "{malformed}");
    // `_` and `-` are interchangeable in names.
    run_ok(&fx.db, &["report", "import_failures"]);
}

#[test]
fn a_user_folder_adds_and_overrides_reports() {
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("by-outlet.sql"),
        "-- title: By outlet\n-- description: Titles of one outlet.\n-- param: outlet   The outlet's exact name\n\
         SELECT a.title FROM articles a JOIN outlets o USING (outlet_id) WHERE o.name = :outlet ORDER BY a.title\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("outlet-summary.sql"),
        "-- title: Mine\n-- description: Overridden.\nSELECT 'mine' AS who\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.sql"),
        "-- title: Broken\n-- description: x\nSELECT title,\n       nope FROM articles\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("undeclared.sql"),
        "-- title: Undeclared\n-- description: x\nSELECT title FROM articles\nWHERE title = :who\n",
    )
    .unwrap();
    let folder = dir.path().to_str().unwrap();
    // A malformed report does not take the others down: it is listed as unusable, and running it
    // names its file and line.
    let list = run_ok(&fx.db, &["report", "--list", "--queries", folder]);
    assert!(list.contains("undeclared: CANNOT BE USED"), "{list}");
    let undeclared = run_err(&fx.db, &["report", "undeclared", "--queries", folder]);
    assert!(
        undeclared.contains("undeclared.sql:4: :who is used but not declared"),
        "{undeclared}"
    );
    let listed = reports(&fx.db, &["--queries", folder]);
    assert!(
        listed.contains(&("by-outlet".to_string(), vec!["outlet".to_string()])),
        "{listed:?}"
    );

    let missing = run_err(&fx.db, &["report", "by-outlet", "--queries", folder]);
    assert!(
        missing.contains("needs the parameter outlet") && missing.contains("-p outlet=VALUE"),
        "{missing}"
    );
    let out = run_ok(
        &fx.db,
        &[
            "report",
            "by-outlet",
            "--queries",
            folder,
            "-p",
            "outlet=Northern Ledger",
            "-f",
            "csv",
        ],
    );
    assert_eq!(
        out,
        "title\n\"Bridge repairs ran 15% over budget, audit finds\"\n"
    );
    // The environment variable works as --queries does, and a user report replaces a built-in one.
    let output = common::factdb(&fx.db)
        .args(["report", "outlet-summary", "-f", "csv"])
        .env("FACTDB_QUERIES", folder)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "who\nmine\n");
    // An SQL error names the file, line and column.
    let error = run_err(&fx.db, &["report", "broken", "--queries", folder]);
    assert!(
        error.contains("broken.sql:4:8: no such column: nope"),
        "{error}"
    );
}

#[test]
fn output_file_and_show_sql() {
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.csv");
    let stdout = run_ok(
        &fx.db,
        &[
            "report",
            "outlet-summary",
            "-f",
            "csv",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(stdout.is_empty());
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .starts_with("outlet_id,outlet,domain,articles"));
    let sql = run_ok(&fx.db, &["report", "article-list", "--sql"]);
    assert!(
        sql.starts_with("-- title: Articles") && sql.contains("FROM articles a"),
        "{sql}"
    );
}

#[test]
fn views_for_database_browsers_exist_after_import() {
    let fx = fixture();
    let views = sql_rows(
        &fx.db,
        "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name",
    );
    let names: Vec<&str> = views.iter().map(|v| v["name"].as_str().unwrap()).collect();
    for view in [
        "quotes_view",
        "claims_view",
        "mentions_view",
        "articles_view",
        "entities_view",
        "report_article_list",
        "report_outlet_summary",
        "report_import_failures",
    ] {
        assert!(names.contains(&view), "{view} missing from {names:?}");
    }
    // A report's view gives what the report gives with its defaults.
    let report: Vec<Value> =
        serde_json::from_str(&run_ok(&fx.db, &["report", "article-list", "-f", "json"])).unwrap();
    let view = sql_rows(&fx.db, "SELECT * FROM report_article_list");
    assert_eq!(report, view);
    let herald = sql_rows(
        &fx.db,
        "SELECT outlet, authors FROM articles_view WHERE title LIKE 'Harbour%'",
    );
    assert_eq!(herald[0]["outlet"], "The Coastal Herald");
    assert_eq!(herald[0]["authors"], "Mara Velasquez, Tom Okafor");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let fx = fixture();
    let bin = assert_cmd::cargo::cargo_bin("factdb");
    let script = format!(
        "set -o pipefail; '{}' --db '{}' sql \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT i, 'row ' || i FROM n\" --format csv | head -n 2 >/dev/null",
        bin.display(),
        fx.db.display()
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// On the sample articles: article-list lists every title expected.json gives, who-said-what every
/// quote the database holds by a named speaker, John Kerry among them with quotes from three articles.
#[test]
fn reports_on_the_sample_articles_show_the_expected_facts() {
    let fx = fixture();
    let Some(seeds) = common::shared_dir("seeds") else {
        return;
    };
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(seeds.join("expected.json")).unwrap())
            .unwrap();
    let articles: Vec<Value> =
        serde_json::from_str(&run_ok(&fx.db, &["report", "article-list", "-f", "json"])).unwrap();
    for article in expected["articles"].as_array().unwrap() {
        if let Some(title) = article["title"].as_str() {
            assert!(
                articles
                    .iter()
                    .any(|a| a["title"].as_str().map(str::trim) == Some(title)),
                "article-list lacks {title:?}"
            );
        }
    }
    let quotes: Vec<Value> =
        serde_json::from_str(&run_ok(&fx.db, &["report", "who-said-what", "-f", "json"])).unwrap();
    let speakers: Vec<String> = quotes
        .iter()
        .filter_map(|q| q["speaker"].as_str().map(str::to_lowercase))
        .collect();
    // Every speaker the database has a quote for is listed, with as many quotes: the report loses
    // nothing (whether extraction found the expected speakers is tests/seeds.rs's business).
    let stored = sql_rows(
        &fx.db,
        "SELECT e.name AS speaker, count(*) AS n FROM quotes q
         JOIN entities e ON e.entity_id = q.speaker_entity_id GROUP BY e.entity_id",
    );
    for row in &stored {
        let name = row["speaker"].as_str().unwrap().to_lowercase();
        let listed = speakers.iter().filter(|s| s.as_str() == name).count() as i64;
        assert!(
            listed >= row["n"].as_i64().unwrap(),
            "who-said-what lists {listed} quotes by {name}, the database {}",
            row["n"]
        );
    }
    let kerry_articles: std::collections::BTreeSet<i64> = quotes
        .iter()
        .filter(|q| q["speaker"] == "John Kerry")
        .map(|q| q["article_id"].as_i64().unwrap())
        .collect();
    assert!(
        kerry_articles.len() >= 3,
        "John Kerry quoted in {kerry_articles:?}"
    );
}

/// Datasette's forms send every value as text: each built-in report must answer the same with its
/// defaults bound as text as with them bound as numbers (`HAVING count(...) >= :min_articles` without a
/// CAST answered nothing).
#[test]
fn reports_answer_the_same_with_text_parameters() {
    use factdb::report::output::{Format, OutputOptions};
    use rusqlite::types::Value as Sql;
    let fx = fixture();
    let conn = rusqlite::Connection::open(&fx.db).unwrap();
    let catalog = factdb::report::Catalog::built_in().unwrap();
    for report in catalog.iter().filter(|r| r.runs_without_params()) {
        let typed = report.bindings(&[]).unwrap();
        let as_text: Vec<(String, Sql)> = typed
            .iter()
            .map(|(name, value)| {
                let text = match value {
                    Sql::Integer(n) => n.to_string(),
                    Sql::Real(x) => x.to_string(),
                    Sql::Text(t) => t.clone(),
                    other => panic!("unexpected default {other:?}"),
                };
                (name.clone(), Sql::Text(text))
            })
            .collect();
        let run = |bindings: &[(String, Sql)]| {
            let mut out = Vec::new();
            let mut sink = Format::Json.sink(&mut out, &OutputOptions::default());
            report.run(&conn, bindings, sink.as_mut()).unwrap();
            drop(sink);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            run(&typed),
            run(&as_text),
            "{}: text parameters (as Datasette sends them) change the answer",
            report.name
        );
    }
}

#[test]
fn a_mistyped_report_name_gets_a_suggestion() {
    let error = run_err(&fixture().db, &["report", "top-speaker"]);
    assert!(error.contains("did you mean \"top-speakers\"?"), "{error}");
    let error = run_err(&fixture().db, &["report", "qoute-spread"]);
    assert!(error.contains("did you mean \"quote-spread\"?"), "{error}");
    let error = run_err(&fixture().db, &["report", "zzzz"]);
    assert!(!error.contains("did you mean"), "{error}");
}

#[test]
fn a_missing_report_folder_is_named_once_with_its_reason() {
    let error = run_err(
        &fixture().db,
        &["report", "--queries", "no-such-dir", "--list"],
    );
    assert_eq!(error.matches("os error 2").count(), 1, "{error}");
    assert!(error.contains("no-such-dir"), "{error}");
}
