//! `factdb eval quotes` and `factdb eval attributions`: measure quote detection and attribution
//! against hand-annotated articles.

mod attributions;

use super::Cli;
use crate::extract::text::CharOffsets;
use crate::extract::{self, Article, QuoteKind, Span};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Measure factdb against articles annotated by hand, so quality is measured, not guessed.

`eval quotes GOLD.jsonl` reads one article per line:
  {\"id\": \"a1\", \"text\": \"...\", \"quotes\": [{\"start\": 10, \"end\": 52, \"speaker\": \"John Kerry\"}]}
Offsets are in Unicode code points into text, end exclusive; a quote may also give \
\"fragments\": [[s, e], ...] and \"speaker_start\"/\"speaker_end\", and an article \
\"other_attribution_spans\": [[s, e], ...] of reported speech that a predicted quote may rightly \
overlap. The text is taken as the article body exactly as given (paragraphs at line breaks, no \
boilerplate removal), so the offsets line up.

It prints precision (the share of predicted quotes, speech and partial, that overlap a gold quote or \
attribution), recall (the share of gold quotes whose content predictions cover at least half of) and \
speaker accuracy (of the gold quotes found that have a speaker, the share whose prediction names it: \
the predicted speaker span overlaps the gold one, or the predicted name ends in the same word).

`eval attributions GOLD.jsonl` reads articles with every attribution, direct, mixed (partly quoted) \
and indirect (reported speech):
  {\"id\": \"a1\", \"text\": \"...\", \"attributions\": [{\"start\": 10, \"end\": 52, \"fragments\": [[10, 52]], \"speaker\": \"the ministry\", \"speaker_start\": 60, \"speaker_end\": 72, \"type\": \"indirect\"}]}
and scores factdb's quotes and attributed claims together: per type, the share found (predictions \
cover at least half of the content) and the share found with the right source (a covering \
prediction's source span overlaps the gold one, or the source names end in the same word); and the \
precision of the predictions (the share overlapping some gold attribution's content).

Examples:
  factdb eval quotes tests/fixtures/quotes/gold.jsonl
  factdb eval quotes gold.jsonl --predictions predicted.jsonl
  factdb eval attributions tests/fixtures/attributions/gold.jsonl";

#[derive(Debug, clap::Args)]
#[command(about = "Measure extraction against hand-annotated articles", long_about = LONG_ABOUT)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Quote detection and speaker attribution.
    Quotes {
        /// Gold articles, one JSON object per line.
        #[arg(value_name = "GOLD.jsonl")]
        gold: PathBuf,
        /// Also write factdb's quotes, one JSON line per article:
        /// {"id", "quotes": [{"start", "end", "speaker", "speaker_start", "speaker_end"}]}.
        #[arg(long, value_name = "FILE")]
        predictions: Option<PathBuf>,
    },
    /// Every attribution (direct, mixed, indirect) with its source: quotes and claims together.
    Attributions {
        /// Gold articles with "attributions", one JSON object per line.
        #[arg(value_name = "GOLD.jsonl")]
        gold: PathBuf,
        /// Also write factdb's attributions, one JSON line per article:
        /// {"id", "attributions": [{"start", "end", "source", "source_start", "source_end"}]}.
        #[arg(long, value_name = "FILE")]
        predictions: Option<PathBuf>,
    },
}

#[derive(Debug, Deserialize)]
struct GoldArticle {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
    #[serde(default)]
    other_attribution_spans: Vec<(usize, usize)>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    fragments: Option<Vec<(usize, usize)>>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    speaker_start: Option<usize>,
    #[serde(default)]
    speaker_end: Option<usize>,
}

/// One predicted quote fragment, in code points.
#[derive(Debug, Clone)]
pub struct Predicted {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_span: Option<(usize, usize)>,
}

/// The scores of one evaluation.
#[derive(Debug, Default, Clone, Copy)]
pub struct Scores {
    pub gold: usize,
    pub found: usize,
    pub predicted: usize,
    pub predicted_right: usize,
    pub with_speaker: usize,
    pub speaker_right: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        self.predicted_right as f64 / self.predicted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
    /// Of the gold quotes with a speaker, the share found and attributed right.
    pub fn end_to_end(&self) -> f64 {
        self.speaker_right as f64 / self.with_speaker.max(1) as f64
    }
}

/// The article for a gold text: the body is exactly `text`, paragraphs are its non-blank lines
/// (trimmed), so every offset into `text` is an offset into the body.
pub fn article_from_text(text: &str) -> Article {
    let mut article = Article {
        body: text.to_string(),
        ..Article::default()
    };
    let mut offset = 0;
    for line in text.split('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            article
                .paragraphs
                .push(Span::new(start, start + trimmed.len()));
        }
        offset += line.len() + 1;
    }
    article.sentences = extract::sentences::split(&article.body, &article.paragraphs);
    article
}

/// Runs quote extraction on a gold text and returns its quotes in code points: one entry per
/// fragment, speech and partial quotes only (phrases are not speech).
pub fn predict(text: &str) -> Vec<Predicted> {
    let article = article_from_text(text);
    let (mut entities, mut mentions) = extract::entities::recognize(&article);
    let quotes = extract::quotes::extract(&article, &mut entities, &mut mentions);
    let chars = CharOffsets::new(&article.body);
    let mut out = Vec::new();
    for q in quotes.iter().filter(|q| q.kind != QuoteKind::Phrase) {
        let speaker = q
            .speaker
            .map(|e| entities[e].name.clone())
            .or_else(|| q.speaker_span.map(|s| s.text(&article.body).to_string()));
        let speaker_span = q
            .speaker_span
            .map(|s| (chars.char_offset(s.start), chars.char_offset(s.end)));
        for f in &q.fragments {
            out.push(Predicted {
                start: chars.char_offset(f.start),
                end: chars.char_offset(f.end),
                speaker: speaker.clone(),
                speaker_span,
            });
        }
    }
    out
}

/// Reads a JSON-lines gold file; a line that does not parse is an error naming the file and line.
fn read_jsonl<T: DeserializeOwned>(gold: &std::path::Path) -> Result<Vec<T>> {
    let file =
        std::fs::File::open(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let mut articles = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", gold.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let article = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a gold article", gold.display(), n + 1))?;
        articles.push(article);
    }
    if articles.is_empty() {
        bail!("{} has no articles", gold.display());
    }
    Ok(articles)
}

/// Writes one JSON line per article to the predictions file (never the gold file being scored,
/// written whole or not at all).
fn write_predictions(
    path: &std::path::Path,
    gold: &std::path::Path,
    lines: impl Iterator<Item = serde_json::Value>,
) -> Result<()> {
    let mut out = create(path, gold)?;
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.commit()?;
    Ok(())
}

/// The predictions file: never the gold file being scored, written whole or not at all.
fn create(
    path: &std::path::Path,
    gold: &std::path::Path,
) -> Result<crate::report::output::file::OutputFile> {
    use crate::report::output::file::{OutputFile, Protected};
    let protected = [Protected::input(gold, "the gold file being scored")];
    Ok(OutputFile::create(path, &protected)?)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn last_word(name: &str) -> Option<String> {
    name.split_whitespace().last().map(str::to_lowercase)
}

fn score_article(gold: &GoldArticle, predicted: &[Predicted], scores: &mut Scores) {
    let text_span =
        |q: &GoldQuote| -> Option<(usize, usize)> { Some((q.speaker_start?, q.speaker_end?)) };
    for q in &gold.quotes {
        scores.gold += 1;
        let fragments = q.fragments.clone().unwrap_or(vec![(q.start, q.end)]);
        let need: usize = fragments.iter().map(|f| f.1 - f.0).sum();
        let covering: Vec<&Predicted> = predicted
            .iter()
            .filter(|p| fragments.iter().any(|&f| overlap(f, (p.start, p.end)) > 0))
            .collect();
        let got: usize = fragments
            .iter()
            .flat_map(|&f| predicted.iter().map(move |p| overlap(f, (p.start, p.end))))
            .sum();
        let found = need > 0 && got * 2 >= need;
        scores.found += found as usize;
        if let Some(speaker) = &q.speaker {
            scores.with_speaker += 1;
            let right = found
                && covering.iter().any(|p| {
                    let Some(name) = &p.speaker else { return false };
                    let by_span = match (p.speaker_span, text_span(q)) {
                        (Some(a), Some(b)) => overlap(a, b) > 0,
                        _ => false,
                    };
                    by_span || last_word(name) == last_word(speaker)
                });
            scores.speaker_right += right as usize;
        }
    }
    for p in predicted {
        scores.predicted += 1;
        let right = gold.quotes.iter().any(|q| {
            q.fragments
                .clone()
                .unwrap_or(vec![(q.start, q.end)])
                .iter()
                .any(|&f| overlap(f, (p.start, p.end)) > 0)
        }) || gold
            .other_attribution_spans
            .iter()
            .any(|&f| overlap(f, (p.start, p.end)) > 0);
        scores.predicted_right += right as usize;
    }
}

/// Evaluates quote extraction on a gold file; writes predictions when asked.
pub fn eval_quotes(
    gold: &std::path::Path,
    predictions: Option<&std::path::Path>,
) -> Result<Scores> {
    let articles: Vec<GoldArticle> = read_jsonl(gold)?;
    let predicted: Vec<Vec<Predicted>> = articles.par_iter().map(|a| predict(&a.text)).collect();
    let mut scores = Scores::default();
    for (a, p) in articles.iter().zip(&predicted) {
        score_article(a, p, &mut scores);
    }
    if let Some(path) = predictions {
        let lines = articles.iter().zip(&predicted).map(|(a, p)| {
            let quotes: Vec<_> = p
                .iter()
                .map(|q| {
                    json!({
                        "start": q.start,
                        "end": q.end,
                        "speaker": q.speaker,
                        "speaker_start": q.speaker_span.map(|s| s.0),
                        "speaker_end": q.speaker_span.map(|s| s.1),
                    })
                })
                .collect();
            json!({"id": a.id, "quotes": quotes})
        });
        write_predictions(path, gold, lines)?;
    }
    Ok(scores)
}

pub fn run(_cli: &Cli, args: &Args) -> Result<ExitCode> {
    match &args.what {
        What::Quotes { gold, predictions } => {
            let s = eval_quotes(gold, predictions.as_deref())?;
            println!(
                "gold quotes: {}, predicted: {}\nprecision: {:.3}\nrecall: {:.3}\nspeaker: {:.3} ({}/{} gold quotes with a speaker found and attributed right)",
                s.gold,
                s.predicted,
                s.precision(),
                s.recall(),
                s.end_to_end(),
                s.speaker_right,
                s.with_speaker
            );
        }
        What::Attributions { gold, predictions } => {
            let s = attributions::eval_attributions(gold, predictions.as_deref())?;
            print!("{}", s.render());
        }
    }
    Ok(ExitCode::SUCCESS)
}
