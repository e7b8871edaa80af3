//! Direct quotes and who said them.
//!
//! Three steps, one module each:
//! 1. [`marks`]: quotation marks paired into quotes (curly or straight, nested single quotes, quotes
//!    over paragraphs, stray marks);
//! 2. [`attribute`]: the attribution frame after or before each quote gives the speaker as written
//!    (a name, a pronoun, a role noun phrase, an organisation), the cue verb and the audience;
//! 3. [`resolve`]: pronouns and roles resolved to the name they stand for (the candidates, clause
//!    subjects and roles: [`names`]), names mapped to entities
//!    (an entity is added when the recogniser has none for the speaker).
//!
//! Then, per quote, in text order:
//!
//! | rule | why |
//! |------|-----|
//! | the frame after the quote wins over the frame before it | "...," X said is the commonest attribution, and the clause before may report someone else |
//! | "...," X said, "..." makes one quote with two fragments | the attribution splits one utterance |
//! | a quote opening its clause with no frame inherits the speaker of the previous quote of its paragraph | "...," Warren said. "We do not ..." |
//! | a paragraph opening with a quote and no frame inherits the last speaker of the previous paragraph, or of a previous paragraph ending in "X said:" | the convention for a speaker's quotes over several paragraphs |
//! | no frame and nothing to inherit: no speaker | an unattributable quote is never guessed |
//!
//! Kinds: `partial` when the quote is part of reported speech (its frame is before it and a word, not
//! ":" or ",", leads into the mark: "said it was to \"coordinate the efforts\""); `phrase` for quoted
//! words that are not speech: at most [`PHRASE_MAX_WORDS`] words with no attribution, or introduced by
//! a naming verb ("dubbed", "so-called"); `speech` otherwise.

mod attribute;
mod audience;
mod before;
pub mod marks;
mod names;
mod phrase;
mod resolve;
mod words;

use super::{Article, Entity, EntityKind, Mention, MentionKind, Quote, QuoteKind, Span};
use attribute::Attribution;
use resolve::{resolve_speaker, Names};
use words::{ends_clause, is_inner_abbreviation_dot, tokenize, Tok};

/// Unattributed quotes of at most this many words are phrases (scare quotes, titles, nicknames).
pub const PHRASE_MAX_WORDS: usize = 4;

/// How far back (bytes) a pronoun looks for the person it stands for.
const PRONOUN_WINDOW: usize = 2500;

/// How many subjects before a "he" or "she" are tried, nearest first, for one that is a person of
/// its gender: enough to step over a clause whose subject is a party, a place or a document, few
/// enough that a pronoun with no person near it stays unresolved rather than reaching far back.
const ANTECEDENT_TRIES: usize = 3;

/// How far back (bytes) "it", "they" or "we" looks for the organisation it stands for: about a
/// sentence or two, since a group pronoun so often means people the text never names.
const GROUP_WINDOW: usize = 400;

/// Words before a quote that make it a name or term, not speech.
fn is_naming_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "called"
            | "calling"
            | "calls"
            | "dubbed"
            | "named"
            | "termed"
            | "labeled"
            | "labelled"
            | "titled"
            | "entitled"
            | "so-called"
            | "nicknamed"
            | "branded"
            | "word"
            | "term"
            | "phrase"
            | "as"
    )
}

/// Is the quote opening at token `open_idx` the title of a broadcast ("said on "Fox News Sunday"",
/// "told "Fox & Friends."", "on NBC's "Meet the Press"", "the PBS program "Charlie Rose""): a few
/// capitalised words right after "on", "told", "program" or "show" (or a possessive after "on")?
/// Such a quote is a name, not the speaker's words.
fn is_programme_title(body: &str, toks: &[Tok], floor: usize, open_idx: usize, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "&" | "with" | "on" | "in" | "for");
    let title_case = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w));
    if !title_case || words.len() > 6 {
        return false;
    }
    let word = |k: usize| toks[k].span.text(body).to_lowercase();
    // "on CBS' "Face the Nation"": a possessive apostrophe after a plural or a name in "s".
    let apostrophe = open_idx >= floor + 2
        && (toks[open_idx - 1].is('\'') || toks[open_idx - 1].is('\u{2019}'))
        && toks[open_idx - 2].is_word()
        && word(open_idx - 2).ends_with('s');
    let Some(lead) = open_idx
        .checked_sub(if apostrophe { 2 } else { 1 })
        .filter(|&k| k >= floor && toks[k].is_word())
    else {
        return false;
    };
    let possessive = |w: &str| apostrophe || w.ends_with("'s") || w.ends_with("\u{2019}s");
    match word(lead).as_str() {
        "on" | "program" | "programme" | "show" if !apostrophe => true,
        "told" if !apostrophe => words.len() >= 2,
        // "on NBC's", "on Fox News'", "on the", "told NBC's": the word before the title's owner is
        // "on" or "told".
        w if possessive(w) || w == "the" => (floor..lead)
            .rev()
            .take(3)
            .any(|k| toks[k].is_word() && matches!(word(k).as_str(), "on" | "told")),
        _ => false,
    }
}

/// "X called the attack an "act of terror" and called for "hardening our defenses"": the frame of
/// a quote whose clause, cut at the phrase before it (`floor` is that phrase's closing mark), has a
/// cue. The phrase names no speaker and does not end the clause, so the frame reaches back to the
/// start of the sentence (the subject right before a cue is still found first: "... a "hoax" and
/// Pelosi said "...""; a participle's is the sentence's, not a word after the phrase: "made his
/// first "Crooked Hillary" Twitter post ..., accusing"). Without a cue after the phrase ("a charity called "Smiles" ... for "Republican
/// women"") the quote stays with none.
fn after_phrase(
    body: &str,
    toks: &[Tok],
    marked: &[marks::Marked],
    quotes: &[Quote],
    i: usize,
    (para_start, floor, open_idx): (usize, usize, usize),
) -> Option<Attribution> {
    let prev = marked.get(i.checked_sub(1)?)?;
    let prev_close = toks.partition_point(|t| t.span.start < prev.close);
    let phrase = quotes.last().is_some_and(|p| p.kind == QuoteKind::Phrase);
    let cued = (floor..open_idx).any(|k| {
        attribute::cue_at(body, toks, k, open_idx)
            .or_else(|| before::accusing_cue_at(body, toks, k, open_idx))
            .is_some_and(|(c, _)| {
                !is_naming_word(c.text(body)) && !attribute::is_source_first(body, c)
            })
    });
    if prev_close != floor || !phrase || !cued {
        return None;
    }
    let mut start = floor;
    let ends = |k: usize| ends_clause(&toks[k]) && !is_inner_abbreviation_dot(body, toks, k);
    while start > para_start && !ends(start - 1) {
        start -= 1;
    }
    attribute::before(body, toks, start, open_idx)
}

/// Who said a quote, once resolved.
#[derive(Debug, Clone, Default)]
struct Said {
    entity: Option<usize>,
    span: Option<Span>,
    cue: Option<Span>,
    audience: Option<Span>,
}

/// Finds the quotes of an article and attributes them to speakers. Adds an entity (and a mention)
/// for a speaker the recogniser did not find, and a mention for a pronoun or role that carries a
/// quote.
pub fn extract(
    article: &Article,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
) -> Vec<Quote> {
    let body = &article.body;
    let mut marked = marks::find(body, &article.paragraphs);
    if marked.is_empty() {
        return Vec::new();
    }
    let toks = tokenize(body, Span::new(0, body.len()));
    let mut in_quote = vec![false; toks.len()];
    for q in &marked {
        for f in &q.fragments {
            let a = toks.partition_point(|t| t.span.start < f.start);
            let b = toks.partition_point(|t| t.span.start < f.end);
            in_quote[a..b].iter_mut().for_each(|x| *x = true);
        }
    }
    let person_starts: std::collections::HashSet<usize> = mentions
        .iter()
        .filter(|m| {
            m.kind != MentionKind::Adjectival
                && entities.get(m.entity).map(|e| e.kind) == Some(EntityKind::Person)
        })
        .map(|m| m.span.start)
        .collect();
    let names = Names::build(body, &toks, &in_quote, |span| {
        person_starts.contains(&span.start)
    });
    let mut registry = resolve::Registry::new(&article.body, entities, mentions);
    let para_tok: Vec<(usize, usize)> = article
        .paragraphs
        .iter()
        .map(|p| {
            (
                toks.partition_point(|t| t.span.start < p.start),
                toks.partition_point(|t| t.span.start < p.end),
            )
        })
        .collect();

    let mut quotes: Vec<Quote> = Vec::new();
    // The last speaker of each paragraph, for quote-only paragraphs that continue it.
    let mut last_said: Vec<Option<Said>> = vec![None; article.paragraphs.len()];
    let mut i = 0;
    while i < marked.len() {
        let q = marked[i].clone();
        let (p0, p1) = (q.first_paragraph, q.last_paragraph);
        let open_idx = toks.partition_point(|t| t.span.start < q.open);
        let close_idx = toks.partition_point(|t| t.span.start < q.close);
        // A phrase before a quote of more than a few words in its paragraph (a programme title, a
        // scare quote) is part of the clause, not the end of another speaker's words: "Pence said on
        // Fox News' "Tucker Carlson Tonight" that the terms were clear: "...". (Before a short
        // quote it is as often a list of names: "a charity called "Smiles" ... for "Republican
        // women."")
        let words: usize = q
            .fragments
            .iter()
            .map(|f| f.text(body).split_whitespace().count())
            .sum();
        let long = words > PHRASE_MAX_WORDS;
        // Whether the previous quote leaves its sentence open. (A phrase that ends its sentence,
        // "said on "Fox News Sunday."", still ends the clause.)
        let inside_clause = i > 0
            && !marked[i - 1]
                .fragments
                .last()
                .unwrap()
                .text(body)
                .trim_end()
                .ends_with(['.', '!', '?']);
        let prev_close = (i > 0
            && marked[i - 1].last_paragraph == p0
            && !(long
                && inside_clause
                && quotes.last().is_some_and(|p| p.kind == QuoteKind::Phrase)))
        .then(|| toks.partition_point(|t| t.span.start < marked[i - 1].close));
        let mut floor = para_tok[p0].0.max(prev_close.unwrap_or(0));
        for k in (floor..open_idx).rev() {
            // "Sen. X, D-Minn., said", "in Orlando, Fla., an": an abbreviation's full stop
            // inside its sentence ends no clause.
            if ends_clause(&toks[k]) && !is_inner_abbreviation_dot(body, &toks, k) {
                floor = k + 1;
                break;
            }
        }
        let next_open = marked
            .get(i + 1)
            .filter(|n| n.first_paragraph == p1)
            .map(|n| toks.partition_point(|t| t.span.start < n.open));
        let limit = next_open.unwrap_or(para_tok[p1].1);
        let content_end = q.fragments.last().unwrap().text(body);
        let terminal = content_end.ends_with(['.', '!', '?']);

        let mut kind = QuoteKind::Speech;
        let lead = (open_idx > floor).then(|| toks[open_idx - 1]);
        // "what both sides are calling a "humanitarian pause"": a naming word right before the quote,
        // or before the article that opens it.
        let named = lead.is_some_and(|l| l.is_word() && is_naming_word(l.span.text(body)))
            || (open_idx > floor + 1
                && lead.is_some_and(|l| {
                    matches!(
                        l.span.text(body).to_lowercase().as_str(),
                        "a" | "an" | "the"
                    )
                })
                && toks[open_idx - 2].is_word()
                && is_naming_word(toks[open_idx - 2].span.text(body)));
        let mut attribution: Option<Attribution> = None;
        let mut from_after = false;
        if q.closed {
            let short = words <= PHRASE_MAX_WORDS && !terminal && !content_end.ends_with(',');
            attribution = attribute::after(body, &toks, close_idx, limit, terminal, short);
            from_after = attribution.is_some();
        }
        if attribution.is_none() {
            let at = (para_tok[p0].0, floor, open_idx);
            attribution = after_phrase(body, &toks, &marked, &quotes, i, at)
                .or_else(|| attribute::before(body, &toks, floor, open_idx));
            if attribution.is_none()
                && q.closed
                && close_idx == para_tok[p1].1
                && p1 + 1 < para_tok.len()
            {
                // A quote paragraph followed by a "- Name." line.
                let (ns, ne) = para_tok[p1 + 1];
                attribution = attribute::dash_line(body, &toks, ns, ne);
                from_after = attribution.is_some();
            }
            if attribution.is_none() && open_idx == para_tok[p0].0 && p0 > 0 {
                // A paragraph that opens with a quote after "X said:" at the end of the previous one.
                let (ps, pe) = para_tok[p0 - 1];
                if pe > ps && (toks[pe - 1].is(':')) {
                    let mut f = ps;
                    for k in (ps..pe - 1).rev() {
                        if ends_clause(&toks[k]) {
                            f = k + 1;
                            break;
                        }
                    }
                    attribution = attribute::before(body, &toks, f, pe);
                }
            }
        }
        // A quote led into by a word of its sentence is part of that sentence: partial (or a
        // phrase after a naming word), whichever side its attribution is on.
        if attribution.is_some() && lead.is_some_and(|l| l.is_word()) {
            kind = if named {
                QuoteKind::Phrase
            } else {
                QuoteKind::Partial
            };
        }

        // "...," X said, "...": one quote in two fragments.
        let mut q = q;
        if let (true, Some(a)) = (from_after, &attribution) {
            if let Some(next) = marked.get(i + 1).filter(|n| n.first_paragraph == p1) {
                let next_open = toks.partition_point(|t| t.span.start < next.open);
                let between = &toks[a.end.min(next_open)..next_open];
                if !terminal
                    && !between.is_empty()
                    && between.len() <= 1
                    && between.iter().all(|t| t.is(',') || t.is(':'))
                {
                    q.fragments.extend(next.fragments.iter().copied());
                    q.close = next.close;
                    q.closed = next.closed;
                    q.last_paragraph = next.last_paragraph;
                    marked[i + 1] = q.clone();
                    marked.remove(i + 1);
                }
            }
        }

        let words: usize = q
            .fragments
            .iter()
            .map(|f| f.text(body).split_whitespace().count())
            .sum();
        let same_sentence_as_previous = prev_close == Some(floor)
            && inside_clause
            && quotes.last().is_some_and(|p| {
                p.kind != QuoteKind::Phrase
                    && p.speaker_span.is_some()
                    && p.speaker_span == last_said[p0].as_ref().and_then(|s| s.span)
            });
        let mut said = attribution
            .as_ref()
            .map(|a| resolve_speaker(article, &names, &mut registry, a, entities, mentions))
            .unwrap_or_default();
        // "Royce called for Trump to "challenge" Mr. Putin at the summit, adding, "...": a
        // participle in the sentence of a quote with a speaker goes on with that speaker; the name
        // before it in the rest of the clause is what the earlier quote was about.
        if let (Some(a), false, true) = (&attribution, from_after, same_sentence_as_previous) {
            if a.cue.text(body).ends_with("ing") {
                if let Some(prev) = last_said[p0].as_ref() {
                    said.entity = prev.entity;
                    said.span = prev.span;
                }
            }
        }
        if attribution.is_none() {
            // No frame: a quote opening its clause continues the previous speaker of its paragraph,
            // or of the previous paragraph when it opens the paragraph. So does a quote after a
            // participle with no subject of its own ("X said "A," adding, "B"").
            // ... and a quote in the same sentence as the previous quote, which had a speaker
            // ("X said he had "no excuses" for it and "fully accept my responsibility"").
            let participle = (floor..open_idx).any(|k| {
                attribute::cue_at(body, &toks, k, open_idx)
                    .is_some_and(|(c, _)| c.text(body).ends_with("ing"))
            });
            if (participle || same_sentence_as_previous) && last_said[p0].is_some() {
                said = last_said[p0].clone().unwrap_or_default();
                if lead.is_some_and(|l| l.is_word()) && !named {
                    kind = QuoteKind::Partial;
                }
            }
            let opens_clause = open_idx == floor;
            // A short quote is still speech when it is a whole utterance ("Not everything, but
            // most.").
            let sentence_like = content_end.ends_with(['.', '!', '?', ',']);
            if opens_clause && (words > PHRASE_MAX_WORDS || sentence_like) {
                let inherited = if open_idx == para_tok[p0].0 {
                    // Only a paragraph without a cue of its own continues the previous one.
                    let (ps, pe) = para_tok[q.last_paragraph.min(p0)];
                    let has_cue = (ps..pe)
                        .any(|k| !in_quote[k] && attribute::cue_at(body, &toks, k, pe).is_some());
                    last_said[p0].clone().or_else(|| {
                        if has_cue {
                            None
                        } else {
                            p0.checked_sub(1).and_then(|p| {
                                last_said[p].clone().or_else(|| {
                                    // "Hoyer said talks can go on once it reopens." / "With the
                                    // government open, ...": a paragraph of reported speech
                                    // with no quote gives its speaker to the quote after it.
                                    let (ps, pe) = para_tok[p];
                                    let a = attribute::reported(body, &toks, &in_quote, ps, pe)?;
                                    let said = resolve_speaker(
                                        article,
                                        &names,
                                        &mut registry,
                                        &a,
                                        entities,
                                        mentions,
                                    );
                                    said.entity.is_some().then_some(said)
                                })
                            })
                        }
                    })
                } else {
                    last_said[p0].clone().or_else(|| {
                        // "Trump said he would send forces. "So we stood neutral."": the speaker of
                        // the clause before, in the same paragraph.
                        let end = floor.checked_sub(1)?;
                        let mut start = para_tok[p0].0;
                        for k in (start..end).rev() {
                            if ends_clause(&toks[k]) || in_quote[k] {
                                start = k + 1;
                                break;
                            }
                        }
                        attribute::before(body, &toks, start, end).map(|a| {
                            resolve_speaker(article, &names, &mut registry, &a, entities, mentions)
                        })
                    })
                };
                if let Some(prev) = inherited {
                    said = prev;
                }
            }
            if said.entity.is_none() && said.span.is_none() {
                let naming = named;
                let title_case = q
                    .fragments
                    .iter()
                    .flat_map(|f| f.text(body).split_whitespace())
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
                if naming || words <= PHRASE_MAX_WORDS || (title_case && words <= 8) {
                    kind = QuoteKind::Phrase;
                } else if lead.is_some_and(|l| l.is_word()) {
                    kind = QuoteKind::Partial;
                }
            }
        }
        let title = q.fragments.first().map_or("", |f| f.text(body));
        if q.fragments.len() == 1 && is_programme_title(body, &toks, floor, open_idx, title) {
            kind = QuoteKind::Phrase;
            said = Said::default();
        }
        if (said.entity.is_some() || said.span.is_some()) && kind != QuoteKind::Phrase {
            for slot in &mut last_said[p0..=q.last_paragraph] {
                *slot = Some(said.clone());
            }
        }
        quotes.push(Quote {
            span: q.span(),
            fragments: q.fragments.clone(),
            kind,
            speaker: said.entity,
            speaker_span: said.span,
            cue: said.cue.map(|c| c.text(body).to_string()),
            cue_span: said.cue,
            audience: said.audience.map(|a| a.text(body).to_string()),
            sentence: resolve::sentence_at(article, q.fragments[0].start),
        });
        i += 1;
    }
    quotes
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_frames;
#[cfg(test)]
mod tests_full;
