//! `factdb eval attributions`: every attribution (direct quotes, mixed quotes, indirect reported
//! speech) against hand-annotated articles, scored the way `../shared/attribution/score_all.py` does.
//!
//! A prediction is every speech or partial quote (one per fragment, its speaker) and every attributed
//! claim (its content, its source): what factdb stores as "who said what". Outlet claims are not
//! attributions and are left out.

use super::{article_from_text, overlap, read_jsonl};
use crate::extract::text::CharOffsets;
use crate::extract::{self, ClaimKind, QuoteKind};
use anyhow::Result;
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::json;
use std::path::Path;

/// The three kinds of attribution the gold data distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttrType {
    /// All of the content in quotation marks.
    Direct,
    /// Reported speech with a quoted part.
    Mixed,
    /// Reported speech without quotation marks ("according to", polls that "show").
    Indirect,
}

impl AttrType {
    const ALL: [AttrType; 3] = [AttrType::Direct, AttrType::Mixed, AttrType::Indirect];
    fn name(self) -> &'static str {
        match self {
            AttrType::Direct => "direct",
            AttrType::Mixed => "mixed",
            AttrType::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    attributions: Vec<GoldAttribution>,
}

#[derive(Debug, Deserialize)]
struct GoldAttribution {
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
    #[serde(rename = "type")]
    kind: AttrType,
}

impl GoldAttribution {
    fn fragments(&self) -> Vec<(usize, usize)> {
        self.fragments
            .clone()
            .unwrap_or(vec![(self.start, self.end)])
    }
}

/// One predicted attribution, in code points: a content span and its source as written.
#[derive(Debug, Clone)]
pub struct Predicted {
    pub start: usize,
    pub end: usize,
    /// The source's entity name when resolved, else the source as written.
    pub source: Option<String>,
    pub source_span: Option<(usize, usize)>,
}

/// Counts for one attribution type.
#[derive(Debug, Default, Clone, Copy)]
pub struct TypeScores {
    pub gold: usize,
    pub found: usize,
    pub with_source: usize,
    pub source_right: usize,
}

impl TypeScores {
    pub fn found_share(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
    pub fn end_to_end(&self) -> f64 {
        self.source_right as f64 / self.with_source.max(1) as f64
    }
    fn add(&mut self, o: &TypeScores) {
        self.gold += o.gold;
        self.found += o.found;
        self.with_source += o.with_source;
        self.source_right += o.source_right;
    }
}

/// The scores of one evaluation: per type (in [`AttrType::ALL`] order) and the predictions' precision.
#[derive(Debug, Default, Clone, Copy)]
pub struct Scores {
    pub by_type: [TypeScores; 3],
    pub predicted: usize,
    pub predicted_right: usize,
}

impl Scores {
    pub fn all(&self) -> TypeScores {
        let mut all = TypeScores::default();
        self.by_type.iter().for_each(|t| all.add(t));
        all
    }
    pub fn precision(&self) -> f64 {
        self.predicted_right as f64 / self.predicted.max(1) as f64
    }
    /// The report `score_all.py` prints, line for line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let rows = AttrType::ALL
            .iter()
            .map(|t| (t.name(), self.by_type[*t as usize]))
            .chain(std::iter::once(("all", self.all())));
        for (name, s) in rows {
            out.push_str(&format!(
                "{name:9} gold {:6}  found {:.3}  found and source right {:.3}\n",
                s.gold,
                s.found_share(),
                s.end_to_end()
            ));
        }
        out.push_str(&format!(
            "precision {:.3} of {} predictions\n",
            self.precision(),
            self.predicted
        ));
        out
    }
}

/// Runs the whole extraction on a gold text and returns its attributions in code points.
pub fn predict(text: &str) -> Vec<Predicted> {
    let article = article_from_text(text);
    let (mut entities, mut mentions) = extract::entities::recognize(&article);
    let quotes = extract::quotes::extract(&article, &mut entities, &mut mentions);
    let claims = extract::claims::extract(&article, &mut entities, &mut mentions, &quotes);
    let body = &article.body;
    let chars = CharOffsets::new(body);
    let cp = |s: crate::extract::Span| (chars.char_offset(s.start), chars.char_offset(s.end));
    let source_of = |entity: Option<usize>, span: Option<crate::extract::Span>| {
        entity
            .map(|e| entities[e].name.clone())
            .or_else(|| span.map(|s| s.text(body).to_string()))
    };
    let mut out = Vec::new();
    for q in quotes.iter().filter(|q| q.kind != QuoteKind::Phrase) {
        let source = source_of(q.speaker, q.speaker_span);
        for f in &q.fragments {
            let (start, end) = cp(*f);
            out.push(Predicted {
                start,
                end,
                source: source.clone(),
                source_span: q.speaker_span.map(cp),
            });
        }
    }
    for c in claims.iter().filter(|c| c.kind == ClaimKind::Attributed) {
        let (start, end) = cp(c.span);
        out.push(Predicted {
            start,
            end,
            source: source_of(c.source, c.source_span),
            source_span: c.source_span.map(cp),
        });
    }
    out
}

fn last_word(name: &str) -> Option<String> {
    name.split_whitespace().last().map(str::to_lowercase)
}

fn source_right(p: &Predicted, g: &GoldAttribution) -> bool {
    let (Some(name), Some(gold_name)) = (&p.source, &g.speaker) else {
        return false;
    };
    let by_span = match (p.source_span, g.speaker_start.zip(g.speaker_end)) {
        (Some(a), Some(b)) => overlap(a, b) > 0,
        _ => false,
    };
    by_span || last_word(name) == last_word(gold_name)
}

fn score_article(gold: &GoldArticle, predicted: &[Predicted], scores: &mut Scores) {
    for g in &gold.attributions {
        let t = &mut scores.by_type[g.kind as usize];
        t.gold += 1;
        let fragments = g.fragments();
        let need: usize = fragments.iter().map(|f| f.1 - f.0).sum();
        let got: usize = fragments
            .iter()
            .flat_map(|&f| predicted.iter().map(move |p| overlap(f, (p.start, p.end))))
            .sum();
        let found = need > 0 && got * 2 >= need;
        t.found += found as usize;
        if g.speaker.is_some() {
            t.with_source += 1;
            let right = found
                && predicted.iter().any(|p| {
                    fragments.iter().any(|&f| overlap(f, (p.start, p.end)) > 0)
                        && source_right(p, g)
                });
            t.source_right += right as usize;
        }
    }
    for p in predicted {
        scores.predicted += 1;
        let right = gold.attributions.iter().any(|g| {
            g.fragments()
                .iter()
                .any(|&f| overlap(f, (p.start, p.end)) > 0)
        });
        scores.predicted_right += right as usize;
    }
}

/// Evaluates every attribution on a gold file; writes the predictions when asked.
pub fn eval_attributions(gold: &Path, predictions: Option<&Path>) -> Result<Scores> {
    let articles: Vec<GoldArticle> = read_jsonl(gold)?;
    let predicted: Vec<Vec<Predicted>> = articles.par_iter().map(|a| predict(&a.text)).collect();
    let mut scores = Scores::default();
    for (a, p) in articles.iter().zip(&predicted) {
        score_article(a, p, &mut scores);
    }
    if let Some(path) = predictions {
        let lines = articles.iter().zip(&predicted).map(|(a, p)| {
            let attributions: Vec<_> = p
                .iter()
                .map(|q| {
                    json!({
                        "start": q.start,
                        "end": q.end,
                        "source": q.source,
                        "source_start": q.source_span.map(|s| s.0),
                        "source_end": q.source_span.map(|s| s.1),
                    })
                })
                .collect();
            json!({"id": a.id, "attributions": attributions})
        });
        super::write_predictions(path, gold, lines)?;
    }
    Ok(scores)
}
