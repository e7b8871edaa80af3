//! Claims end to end: `factdb import` of invented articles, then the claims, their sources,
//! quantities, entities and groups in the database, and the claim reports' SQL.
//!
//! `attribution_eval` (ignored; run with `cargo test --release --test claims -- --ignored --nocapture`)
//! measures attributed-claim detection against ../shared/attribution/train_attributions.jsonl.

mod common;

use rusqlite::Connection;
use std::path::Path;

/// Three outlets report one flood; a fourth sentence in each is a different claim about the same town.
const ARTICLES: &[(&str, &str)] = &[
    (
        "a.txt",
        "Floods cut off Hradek as river bursts banks\n\n\
         The Velka river burst its banks on Sunday, and the regional governor said that roughly 4,000 \
         residents of Hradek had been evacuated overnight.\n\n\
         According to the Hradek fire brigade, two bridges in central Hradek collapsed.\n\n\
         Hradek opened a new concert hall in the old brewery last spring.\n",
    ),
    (
        "b.txt",
        "Thousands flee as Velka floods Hradek\n\n\
         About 4,000 Hradek residents were evacuated overnight as the Velka rose, the regional governor said on Monday.\n\n\
         Emergency crews in Hradek said they had not seen such water levels since records began.\n",
    ),
    (
        "c.txt",
        "Hradek evacuation smaller than feared\n\n\
         The regional governor said that some 2,500 residents of Hradek had been evacuated overnight.\n\n\
         The town council of Hradek denied that two bridges in central Hradek collapsed.\n",
    ),
];

fn import(dir: &Path) -> Connection {
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let db = dir.join("claims.db");
    common::factdb(&db)
        .arg("import")
        .arg(dir.join("a.txt"))
        .arg(dir.join("b.txt"))
        .arg(dir.join("c.txt"))
        .assert()
        .success();
    Connection::open(db).unwrap()
}

fn claim(
    conn: &Connection,
    needle: &str,
    file: &str,
) -> (i64, String, Option<String>, Option<i64>, bool) {
    conn.query_row(
        "SELECT c.claim_id, c.text, c.source_text, c.claim_group_id, c.negated FROM claims c
         JOIN articles a ON a.article_id = c.article_id
         WHERE c.text LIKE '%' || ?1 || '%' AND a.source LIKE '%' || ?2",
        [needle, file],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )
    .unwrap_or_else(|e| panic!("no claim {needle:?} in {file}: {e}"))
}

#[test]
fn claims_are_stored_with_sources_figures_and_groups() {
    let dir = tempfile::tempdir().unwrap();
    let conn = import(dir.path());

    let (id_a, text, source, group_a, _) = claim(&conn, "residents of Hradek", "a.txt");
    assert_eq!(
        text,
        "roughly 4,000 residents of Hradek had been evacuated overnight"
    );
    assert_eq!(source.as_deref(), Some("the regional governor"));
    let (value, unit, approximate): (f64, String, bool) = conn
        .query_row(
            "SELECT value, unit, approximate FROM claim_quantities WHERE claim_id = ?1",
            [id_a],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (value, unit.as_str(), approximate),
        (4000.0, "residents", true)
    );

    // The same claim reworded by the second outlet groups with the first; the third outlet gives a
    // different figure: same group, with a disagreement.
    let (_, _, _, group_b, _) = claim(&conn, "Hradek residents", "b.txt");
    let (_, _, _, group_c, _) = claim(&conn, "2,500 residents", "c.txt");
    assert!(group_a.is_some(), "the evacuation claim has a group");
    assert_eq!(group_a, group_b);
    assert_eq!(group_a, group_c);
    let (disagreement, members): (Option<String>, i64) = conn
        .query_row(
            "SELECT disagreement, claims FROM claim_groups WHERE claim_group_id = ?1",
            [group_a.unwrap()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(members, 3, "the group's row counts its three claims");
    assert!(
        disagreement
            .as_deref()
            .is_some_and(|d| d.contains("residents") && d.contains("4000 vs 2500")),
        "{disagreement:?}"
    );

    // The bridges claim: attributed in a, denied in c: one group, disagreement by negation.
    let (_, _, source, bridges_a, negated_a) = claim(&conn, "two bridges", "a.txt");
    assert_eq!(source.as_deref(), Some("the Hradek fire brigade"));
    let (_, _, _, bridges_c, negated_c) = claim(&conn, "two bridges", "c.txt");
    assert!(!negated_a && negated_c);
    assert!(bridges_a.is_some());
    assert_eq!(bridges_a, bridges_c);
    assert_ne!(bridges_a, group_a);

    // Another claim about the same town does not join either group.
    let (_, _, _, concert, _) = claim(&conn, "concert hall", "a.txt");
    assert!(concert.is_none() || (concert != group_a && concert != bridges_a));
}

#[test]
fn claim_reports_run_on_an_imported_database() {
    let dir = tempfile::tempdir().unwrap();
    let conn = import(dir.path());
    let queries = Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let run = |file: &str, params: &[(&str, &str)]| -> Vec<Vec<String>> {
        let sql = std::fs::read_to_string(queries.join(file)).unwrap();
        for line in sql.lines().take_while(|l| l.starts_with("--")) {
            assert!(
                line.starts_with("-- title: ")
                    || line.starts_with("-- description: ")
                    || line.starts_with("-- param: "),
                "{file}: unexpected header line {line:?}"
            );
        }
        let mut stmt = conn.prepare(&sql).unwrap();
        for (name, value) in params {
            let idx = stmt.parameter_index(&format!(":{name}")).unwrap().unwrap();
            stmt.raw_bind_parameter(idx, value).unwrap();
        }
        let columns = stmt.column_count();
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            out.push(
                (0..columns)
                    .map(|i| {
                        row.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                            .unwrap()
                    })
                    .collect(),
            );
        }
        out
    };
    let corroborated = run("corroborated-claims.sql", &[("min_outlets", "2")]);
    assert_eq!(corroborated.len(), 2, "{corroborated:?}");
    assert!(
        corroborated[0][2].contains('3'),
        "most outlets first: {corroborated:?}"
    );
    let disagreements = run("claim-disagreements.sql", &[]);
    assert!(disagreements.len() >= 4, "{disagreements:?}");
    let by_source = run(
        "claims-by-source.sql",
        &[("source", "governor"), ("kind", "")],
    );
    assert_eq!(by_source.len(), 3, "{by_source:?}");
    let single = run("single-source-claims.sql", &[("outlet", "")]);
    assert!(single.iter().any(|r| r[0].contains("concert hall")));
    assert!(!single.iter().any(|r| r[0].contains("two bridges")));
    // Claims about an entity need entity recognition: the report runs either way.
    let _ = run("claims-about-entity.sql", &[("entity", "Hradek")]);
}

// ---------------------------------------------------------------------------------------------------
// Measurement against the annotated attribution corpus.

use factdb::extract::text::CharOffsets;
use factdb::extract::{body, claims, sentences, ClaimKind, Span};

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[test]
#[ignore = "measurement over ../shared/attribution; run with --ignored --nocapture"]
fn attribution_eval() {
    let Some(dir) = common::shared_dir("attribution") else {
        return;
    };
    let file = std::fs::read_to_string(dir.join("train_attributions.jsonl")).unwrap();
    let (mut predicted, mut predicted_ok) = (0usize, 0usize);
    let (mut gold_n, mut gold_hit, mut gold_half) = (0usize, 0usize, 0usize);
    let mut by_type: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let (mut src_pairs, mut src_right) = (0usize, 0usize);
    let started = std::time::Instant::now();
    // FACTDB_EVAL_DUMP=path writes the predictions as JSON lines, for error analysis.
    let mut dump = std::env::var_os("FACTDB_EVAL_DUMP").map(|p| std::fs::File::create(p).unwrap());
    for line in file.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = record["text"].as_str().unwrap();
        // The body is the text as given; paragraphs at blank lines (else line breaks).
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices('\n') {
            if i > start {
                paragraphs.push(Span::new(start, i));
            }
            start = i + 1;
        }
        if start < text.len() {
            paragraphs.push(Span::new(start, text.len()));
        }
        let mut article = body::article_from_paragraphs(&[]);
        article.body = text.to_string();
        article.paragraphs = paragraphs;
        article.sentences = sentences::split(&article.body, &article.paragraphs);
        let mut entities = Vec::new();
        let mut mentions = Vec::new();
        let found = claims::extract(&article, &mut entities, &mut mentions, &[]);
        let chars = CharOffsets::new(text);
        let to_chars = |s: Span| (chars.char_offset(s.start), chars.char_offset(s.end));
        let preds: Vec<((usize, usize), Option<(usize, usize)>)> = found
            .iter()
            .filter(|c| c.kind == ClaimKind::Attributed)
            .map(|c| (to_chars(c.span), c.source_span.map(to_chars)))
            .collect();
        if let Some(out) = dump.as_mut() {
            use std::io::Write;
            let rows: Vec<serde_json::Value> = preds
                .iter()
                .map(|(p, s)| serde_json::json!({"start": p.0, "end": p.1, "source": s}))
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::json!({"id": record["id"], "claims": rows})
            )
            .unwrap();
        }
        let gold = record["attributions"].as_array().unwrap();
        let fragments = |g: &serde_json::Value| -> Vec<(usize, usize)> {
            g["fragments"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f[0].as_u64().unwrap() as usize,
                        f[1].as_u64().unwrap() as usize,
                    )
                })
                .collect()
        };
        for (p, _) in &preds {
            predicted += 1;
            if gold
                .iter()
                .any(|g| fragments(g).iter().any(|&f| overlap(*p, f) > 0))
            {
                predicted_ok += 1;
            }
        }
        for g in gold {
            gold_n += 1;
            let frags = fragments(g);
            let need: usize = frags.iter().map(|f| f.1 - f.0).sum();
            let got: usize = frags
                .iter()
                .map(|&f| preds.iter().map(|(p, _)| overlap(*p, f)).sum::<usize>())
                .sum();
            let covering: Vec<_> = preds
                .iter()
                .filter(|(p, _)| frags.iter().any(|&f| overlap(*p, f) > 0))
                .collect();
            let kind = g["type"].as_str().unwrap_or("?").to_string();
            let entry = by_type.entry(kind).or_default();
            entry.0 += 1;
            if !covering.is_empty() {
                gold_hit += 1;
                entry.1 += 1;
                if let (Some(gs), Some(ge)) =
                    (g["speaker_start"].as_u64(), g["speaker_end"].as_u64())
                {
                    src_pairs += 1;
                    if covering
                        .iter()
                        .any(|(_, s)| s.is_some_and(|s| overlap(s, (gs as usize, ge as usize)) > 0))
                    {
                        src_right += 1;
                    }
                }
            }
            if need > 0 && got * 2 >= need {
                gold_half += 1;
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "attributed claims vs {gold_n} gold attributions (direct, mixed, indirect), {:.1}s",
        started.elapsed().as_secs_f64()
    );
    println!("precision (predicted content overlaps a gold content): {predicted_ok}/{predicted} = {:.1}%", pct(predicted_ok, predicted));
    println!(
        "recall (gold content overlapped by a prediction): {gold_hit}/{gold_n} = {:.1}%",
        pct(gold_hit, gold_n)
    );
    println!(
        "recall (gold content at least half covered): {gold_half}/{gold_n} = {:.1}%",
        pct(gold_half, gold_n)
    );
    for (kind, (n, hit)) in &by_type {
        println!("  {kind}: {hit}/{n} = {:.1}%", pct(*hit, *n));
    }
    println!("source accuracy (found, gold source span overlapped by predicted source): {src_right}/{src_pairs} = {:.1}%", pct(src_right, src_pairs));
}
