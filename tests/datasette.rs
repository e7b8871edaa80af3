//! Datasette serves the database with the metadata `factdb datasette-metadata` writes: a canned query
//! (a saved report) and a table's full-text search answer with the right rows, and the internals are
//! hidden. Needs Datasette (`pip install datasette`, done by .ci/run): skipped when it is missing,
//! except under CI=true, where that fails.

mod common;
mod report_fixture;

use report_fixture::{fixture, run_ok};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The datasette command, or None when it is not installed.
fn datasette() -> Option<Vec<String>> {
    let candidates: [Vec<String>; 2] = [
        vec!["datasette".into()],
        vec!["python3".into(), "-m".into(), "datasette".into()],
    ];
    for candidate in candidates {
        let ok = Command::new(&candidate[0])
            .args(&candidate[1..])
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(candidate);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("datasette is not installed, and CI=true: .ci/run installs it with pip");
    }
    eprintln!("skipping: datasette is not installed (pip install datasette)");
    None
}

/// The Datasette server this test started; stopped (by its own pid) when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(command: &[String], db: &Path, metadata: &Path) -> Server {
        // A free port: bind port 0, note the port, release it for Datasette.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(&command[0])
            .args(&command[1..])
            .arg("serve")
            .arg(db)
            .arg("--metadata")
            .arg(metadata)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("datasette starts");
        let server = Server { child, port };
        // Bounded wait for it to answer.
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if server.try_get("/-/versions.json").is_some() {
                return server;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("datasette did not answer on 127.0.0.1:{port} within 60 s");
    }

    /// GET a path on the server: the body when the status is 200.
    fn try_get(&self, path: &str) -> Option<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .ok()?;
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).ok()?;
        let response = String::from_utf8(response).ok()?;
        let (head, body) = response.split_once("\r\n\r\n")?;
        head.starts_with("HTTP/1.1 200")
            .then(|| body.to_string())
            .or_else(|| head.starts_with("HTTP/1.0 200").then(|| body.to_string()))
    }

    fn get_json(&self, path: &str) -> Value {
        let body = self
            .try_get(path)
            .unwrap_or_else(|| panic!("GET {path} did not answer 200"));
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: not JSON ({e}): {body}"))
    }
}

#[test]
fn datasette_serves_reports_and_search() {
    let Some(command) = datasette() else { return };
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    let metadata = dir.path().join("metadata.json");
    run_ok(
        &fx.db,
        &["datasette-metadata", "-o", metadata.to_str().unwrap()],
    );
    let server = Server::start(&command, &fx.db, &metadata);

    // A canned query with a parameter, and the same with the field left empty (its default applies).
    let rows = server.get_json("/facts/article-list.json?_shape=array&outlet=Coastal");
    let titles: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Harbour bridge to reopen after two years of repairs",
            "Council approves ferry timetable"
        ]
    );
    let all = server.get_json("/facts/article-list.json?_shape=array&outlet=&since=&until=&title=");
    let expected = report_fixture::sql_rows(&fx.db, "SELECT count(*) AS n FROM articles")[0]["n"]
        .as_u64()
        .unwrap();
    assert_eq!(all.as_array().unwrap().len() as u64, expected);
    let failures = server.get_json("/facts/import-failures.json?_shape=array&run=");
    let report: Vec<Value> = serde_json::from_str(&run_ok(
        &fx.db,
        &["report", "import-failures", "-f", "json"],
    ))
    .unwrap();
    assert_eq!(failures.as_array().unwrap(), &report);

    // Every saved report answers as a canned query, its fields left empty.
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&metadata).unwrap()).unwrap();
    let queries = written["databases"]["facts"]["queries"]
        .as_object()
        .unwrap();
    assert!(queries.len() >= 5, "{queries:?}");
    for (name, query) in queries {
        let fields: String = query["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| format!("&{}=", p.as_str().unwrap()))
            .collect();
        let rows = server.get_json(&format!("/facts/{name}.json?_shape=array{fields}"));
        assert!(rows.is_array(), "{name}: {rows}");
    }

    // Full-text search on a table, through the metadata's fts_table.
    let found = server.get_json("/facts/articles.json?_search=corrosion&_shape=array");
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0]["title"],
        "Bridge repairs ran 15% over budget, audit finds"
    );
    let view = server.get_json("/facts/articles_view.json?_search=ferry&_shape=array");
    assert_eq!(
        view.as_array().unwrap()[0]["title"],
        "Council approves ferry timetable"
    );

    // Descriptions are served, and the migration history is hidden.
    let meta = server.get_json("/-/metadata.json");
    assert!(meta["databases"]["facts"]["tables"]["quotes"]["description"].is_string());
    let database = server.get_json("/facts.json");
    let tables = database["tables"].as_array().unwrap();
    let history = tables
        .iter()
        .find(|t| t["name"] == "refinery_schema_history")
        .unwrap();
    assert_eq!(history["hidden"], true);
    let outlets = tables.iter().find(|t| t["name"] == "outlets").unwrap();
    assert_eq!(outlets["hidden"], false);
}

/// A value a user might type into a canned query's form for `param` of `report`, other than its
/// default: Datasette sends every form field as text, so a report comparing a number without CAST
/// answers nothing (quote-spread's min_articles did).
fn typed_value(report: &str, param: &str, entity: &str) -> String {
    match (report, param) {
        ("claims-by-source", "kind") => "attributed".into(),
        (_, "kind") => "person".into(),
        (_, "min_articles" | "min_outlets") => "1".into(),
        (_, "limit") => "3".into(),
        (_, "run") => "1".into(),
        (_, "scope") => "article".into(),
        ("entities", "adjectival") => "0".into(),
        (_, "adjectival") => "1".into(),
        (_, "speaker" | "source") => "Solberg".into(),
        (_, "entity" | "name") => entity.into(),
        (_, "outlet") => "Coastal".into(),
        (_, "since") => "2024-04-01".into(),
        (_, "until") => "2024-05-02".into(),
        (_, "title") => "Bridge".into(),
        (report, param) => panic!("typed_value: give a value for {report} -p {param}"),
    }
}

#[test]
fn canned_queries_answer_typed_parameters_like_the_reports() {
    let Some(command) = datasette() else { return };
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    let metadata = dir.path().join("metadata.json");
    run_ok(
        &fx.db,
        &["datasette-metadata", "-o", metadata.to_str().unwrap()],
    );
    let server = Server::start(&command, &fx.db, &metadata);
    let entity = report_fixture::sql_rows(
        &fx.db,
        "SELECT e.name FROM entities e JOIN claim_entities ce ON ce.entity_id = e.entity_id LIMIT 1",
    )[0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&metadata).unwrap()).unwrap();
    let queries = written["databases"]["facts"]["queries"]
        .as_object()
        .unwrap();
    let mut answered = 0;
    for (name, query) in queries {
        let params: Vec<(String, String)> = query["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let p = p.as_str().unwrap();
                (p.to_string(), typed_value(name, p, &entity))
            })
            .collect();
        if params.is_empty() {
            continue;
        }
        let form: String = params
            .iter()
            .map(|(p, v)| format!("&{p}={}", v.replace(' ', "+")))
            .collect();
        let served = server.get_json(&format!("/facts/{name}.json?_shape=array{form}"));
        let mut args = vec![
            "report".to_string(),
            name.clone(),
            "-f".into(),
            "json".into(),
        ];
        for (p, v) in &params {
            args.push("-p".into());
            args.push(format!("{p}={v}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let reported: Value = serde_json::from_str(&run_ok(&fx.db, &args)).unwrap();
        assert_eq!(
            served, reported,
            "{name} with {form}: Datasette and factdb report differ"
        );
        answered += usize::from(!reported.as_array().unwrap().is_empty());
    }
    assert!(
        answered >= 5,
        "too few canned queries answered rows: {answered}"
    );
}
