//! `factdb import URL` against a local HTTP server started by each test on 127.0.0.1: pages are
//! fetched, stored and imported; every kind of failure is named per URL and recorded in
//! `import_failures`; a re-import of the same URLs fetches nothing. Nothing here reaches the internet.

mod support;

use rusqlite::Connection;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{count, factdb_process};

/// A tiny HTTP/1.1 server: one thread per connection, `Connection: close`, routes below. Counts the
/// requests it answered and remembers the user agents it saw.
struct Server {
    base: String,
    requests: Arc<AtomicUsize>,
    agents: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let agents = Arc::new(Mutex::new(Vec::new()));
        let (count, seen) = (requests.clone(), agents.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (count, seen) = (count.clone(), seen.clone());
                std::thread::spawn(move || serve(stream, &count, &seen));
            }
        });
        Server {
            base,
            requests,
            agents,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn serve(mut stream: TcpStream, count: &AtomicUsize, agents: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some(agent) = header
            .strip_prefix("user-agent: ")
            .or(header.strip_prefix("User-Agent: "))
        {
            agents.lock().unwrap().push(agent.trim().to_string());
        }
    }
    count.fetch_add(1, Ordering::SeqCst);
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let (status, headers, body): (&str, String, Vec<u8>) = match path.as_str() {
        "/robots.txt" => (
            "200 OK",
            "Content-Type: text/plain\r\n".into(),
            b"User-agent: *\nDisallow: /private\n".to_vec(),
        ),
        "/article/1" | "/article/2" | "/private/3" => {
            let i: usize = path.rsplit('/').next().unwrap().parse().unwrap();
            (
                "200 OK",
                "Content-Type: text/html; charset=utf-8\r\n".into(),
                support::article_html(i).into_bytes(),
            )
        }
        "/moved" => (
            "301 Moved Permanently",
            "Location: /article/2\r\n".into(),
            Vec::new(),
        ),
        "/loop" => ("302 Found", "Location: /loop\r\n".into(), Vec::new()),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            (
                "200 OK",
                "Content-Type: text/html\r\n".into(),
                support::article_html(5).into_bytes(),
            )
        }
        // No Content-Length: the limit must hold while reading, not only on the header.
        "/big" => (
            "200 OK",
            "Content-Type: text/html\r\n".into(),
            format!("<html><body>{}</body></html>", "<p>word </p>".repeat(5000)).into_bytes(),
        ),
        "/report.pdf" => (
            "200 OK",
            "Content-Type: application/pdf\r\n".into(),
            b"%PDF-1.4 ...".to_vec(),
        ),
        "/klingon" => (
            "200 OK",
            "Content-Type: text/html; charset=klingon-8\r\n".into(),
            support::article_html(6).into_bytes(),
        ),
        _ => (
            "404 Not Found",
            "Content-Type: text/html\r\n".into(),
            b"<html><body>Not here</body></html>".to_vec(),
        ),
    };
    let length = if path == "/big" {
        String::new()
    } else {
        format!("Content-Length: {}\r\n", body.len())
    };
    let head = format!("HTTP/1.1 {status}\r\n{headers}{length}Connection: close\r\n\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn import(db: &Path, args: &[&str]) -> Output {
    factdb_process(db)
        .args(["import", "--fetch-delay", "0", "--fetch-timeout", "2"])
        .args(args)
        .output()
        .expect("factdb runs")
}

/// The reason recorded for `source` in the last run.
fn failure(db: &Path, source: &str) -> String {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT reason FROM import_failures WHERE source = ?1
         AND import_run_id = (SELECT max(import_run_id) FROM import_runs)",
        [source],
        |r| r.get(0),
    )
    .unwrap_or_else(|_| panic!("no failure recorded for {source}"))
}

#[test]
fn urls_are_fetched_stored_and_imported_and_a_reimport_fetches_nothing() {
    let server = Server::start();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("f.db");
    let list = tmp.path().join("urls.txt");
    std::fs::write(
        &list,
        format!("# reading list\n{}\n\n", server.url("/moved")),
    )
    .unwrap();
    let output = import(
        &db,
        &[&server.url("/article/1"), "--urls", list.to_str().unwrap()],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 2);
    let (title, outlet_url): (String, String) = conn
        .query_row(
            "SELECT title, url FROM articles WHERE source = ?1",
            [server.url("/article/1")],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(title.contains("plan for"), "{title}");
    assert_eq!(outlet_url, "https://news.example/1/homes");
    // The page as fetched, with where the redirect led.
    let final_url: String = conn
        .query_row(
            "SELECT final_url FROM fetched_pages WHERE url = ?1",
            [server.url("/moved")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(final_url, server.url("/article/2"));
    let agents = server.agents.lock().unwrap().clone();
    assert!(
        agents.iter().all(|a| a.starts_with("factdb/")),
        "{agents:?}"
    );

    let before = server.requests.load(Ordering::SeqCst);
    let again = import(
        &db,
        &[&server.url("/article/1"), "--urls", list.to_str().unwrap()],
    );
    assert!(again.status.success());
    assert_eq!(
        server.requests.load(Ordering::SeqCst),
        before,
        "the re-import fetched"
    );
    assert!(String::from_utf8_lossy(&again.stdout).contains("2 already present"));
}

#[test]
fn each_failure_is_named_per_url_and_recorded() {
    let server = Server::start();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("f.db");
    // A port nothing listens on: bind one, then let it go.
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/page", listener.local_addr().unwrap())
    };
    // TLS to a server that answers in plain text: the handshake fails.
    let tls = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("https://{}/page", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            }
        });
        url
    };
    let cases: Vec<(String, &str)> = vec![
        (server.url("/missing"), "HTTP 404 (not found)"),
        (server.url("/loop"), "redirect loop"),
        (server.url("/slow"), "timeout"),
        (server.url("/big"), "too large"),
        (
            server.url("/report.pdf"),
            "not HTML: the server sent application/pdf",
        ),
        (
            server.url("/klingon"),
            "bad encoding: unknown character encoding \"klingon-8\"",
        ),
        (server.url("/private/3"), "robots.txt does not allow"),
        (closed, "cannot connect"),
        (tls, "TLS"),
        ("ftp://127.0.0.1/x".to_string(), "invalid url"),
    ];
    let good = server.url("/article/1");
    let mut args: Vec<&str> = vec!["--max-bytes", "20000", &good];
    args.extend(cases.iter().map(|(url, _)| url.as_str()));
    let output = import(&db, &args);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    for (url, reason) in &cases {
        let recorded = failure(&db, url);
        assert!(
            recorded.contains(reason),
            "{url}: expected {reason:?}, recorded {recorded:?}"
        );
        assert!(
            stderr.contains(&format!("{url}: ")),
            "{url} not named on stderr:\n{stderr}"
        );
    }
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM articles"),
        1,
        "the good URL is imported"
    );
    // Transport failures are not cached (they are retried); the badly encoded page was received and is
    // kept as received, like the good one.
    assert_eq!(count(&conn, "SELECT count(*) FROM fetched_pages"), 2);
}
