//! A name the gazetteer does not know as a whole: a run's words after trimming, with the role written
//! before or after it, a kind from its words and context, and how weak its evidence is.

use super::classify::{classify, is_demonym, lone_word_kind, noun_shaped, title_case, COMPASS};
use super::sentence::{is_legal_suffix, is_name_word, Sentence, COMPOUND_HEADS};
use super::{hit_covering, Candidate, Finder, TokenHit};
use crate::extract::cues::speech_verb_lemma;
use crate::extract::entities::gazetteer::{Hit, GAZETTEER};
use crate::extract::entities::names::{is_initial, is_name_suffix};
use crate::extract::lang::lexicon::{
    is_abbreviation, is_common_word, is_english_word, title_at, DOCUMENT_WORDS, GIVEN_NAMES,
    ORG_CUES, PARTICLES, ROLE_NOUNS,
};
use crate::extract::lang::tokens::{is_all_caps, is_capitalised};
use crate::extract::{EntityKind, MentionKind, Span};

/// Determiners before which a lone capitalised ordinary word is a noun ("our Republic").
const DETERMINERS: &[&str] = &[
    "a", "an", "any", "our", "my", "their", "his", "her", "its", "your", "every", "each", "some",
    "this", "these", "those", "no", "former", "retired", "fellow",
];

/// Adjectives between a preposition of place and a place's name ("in nearby Clayton").
const PLACE_ADJECTIVES: &[&str] = &[
    "nearby",
    "neighboring",
    "neighbouring",
    "suburban",
    "downtown",
    "rural",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
];

/// Titles written after a British or European politician's or barrister's name ("Frank Field MP").
pub(in crate::extract::entities) const POST_NOMINALS: &[&str] = &["MP", "MEP", "MSP", "QC"];

impl Finder<'_> {
    /// "United States-Israeli relations", "South Korean-US ties": two gazetteer names joined by a
    /// hyphen in a run of several words are two mentions, not one name nobody bears. (One word,
    /// "US-Russian", is split in resolution.) Returns whether it pushed them.
    fn gazetteer_pair(&mut self, sentence: usize, s: &Sentence, a: usize, b: usize) -> bool {
        if b - a < 2 {
            return false;
        }
        let (start, end) = (s.tokens[a].start, s.tokens[b - 1].end);
        let text = &self.body[start..end];
        for (dash, _) in text.match_indices('-') {
            let (left, right) = (&text[..dash], &text[dash + 1..]);
            let (Some(l), Some(r)) = (GAZETTEER.lookup(left), GAZETTEER.lookup(right)) else {
                continue;
            };
            for (from, to, (entry, kind)) in [(start, start + dash, l), (start + dash + 1, end, r)]
            {
                let hit = Hit {
                    start: from,
                    end: to,
                    entry,
                    kind,
                };
                self.push_hit(
                    sentence,
                    s,
                    &TokenHit {
                        first: a,
                        end: b,
                        hit,
                    },
                );
            }
            return true;
        }
        false
    }

    /// "Frank Field MP", "Ada Quill MEP": is the run `a..b` two or three words and a post-nominal
    /// title, the mention's role and not a word of the name? (Not after a constituency, a place's
    /// words: "Ealing North MP", "Glasgow Kelvin MP".)
    pub(super) fn post_nominal(&self, s: &Sentence, a: usize, b: usize, hits: &[TokenHit]) -> bool {
        (3..=4).contains(&(b - a))
            && POST_NOMINALS.contains(&self.word(s, b - 1))
            && (a..b - 1).all(|k| {
                let w = self.word(s, k);
                is_capitalised(w)
                    && !is_all_caps(w)
                    && !COMPASS.contains(&w)
                    && GAZETTEER.lookup(w).is_none()
                    && hit_covering(hits, k).is_none()
            })
    }

    /// Do the capitalised words from token `k` end in a law's or document's word ("... of Marriage
    /// Act")? Then the "of" before them is inside one name.
    pub(super) fn names_a_document_from(&self, s: &Sentence, k: usize) -> bool {
        let end = (k..s.tokens.len())
            .take_while(|&i| s.tokens[i].word && is_name_word(self.word(s, i)))
            .last();
        end.is_some_and(|e| DOCUMENT_WORDS.contains(self.word(s, e)))
    }

    /// Pushes the name of tokens `a..b` (not a gazetteer name as a whole).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_plain(
        &mut self,
        sentence: usize,
        s: &Sentence,
        mut a: usize,
        b: usize,
        mut role: Option<String>,
        mut titled: bool,
        sentence_start: bool,
        hits: &[TokenHit],
        used: &mut [bool],
    ) {
        if !titled && self.gazetteer_pair(sentence, s, a, b) {
            return;
        }
        // "Diplomatic Writer Matthew Lee", "Chief Economist Ana Ruiz": a capitalised role noun before
        // a first name ends a description.
        if !titled && b - a >= 3 {
            let split = (a..b - 1).rev().find(|&p| {
                ROLE_NOUNS.contains(self.word(s, p).to_lowercase().as_str())
                    && GIVEN_NAMES.contains(self.word(s, p + 1))
            });
            if let Some(p) = split {
                role = Some(self.text(s, a, p + 1));
                titled = true;
                a = p + 1;
            }
        }
        // "Striker Daniel Okafor", "U.S. Navy Sailor Kristian Saucier", "Arizonan John McCain",
        // "Co-Chairwoman Ann Wagner": an ordinary capitalised word, a hyphenated one or a place's
        // demonym before a first name and a surname ends a description the title list does not know.
        // After a title it is the title's complement ("Deputy Assistant Secretary for Diplomatic
        // Security Charlene Lamb"): the title stays the role.
        if b - a >= 3 {
            let split = (a..b - 2).rev().find(|&p| {
                let (w, next) = (self.word(s, p), self.word(s, p + 1));
                // (An ordinary word: "Deanell Reece Tacha" is a first name the list lacks, then a
                // middle name it has. Not a place the gazetteer knows: "St. Louis County".)
                // (The given-name checks first: `is_demonym` builds and looks up stems.)
                !GIVEN_NAMES.contains(w)
                    && GIVEN_NAMES.contains(next)
                    && (is_english_word(w) || w.contains('-') || is_demonym(w))
                    && GAZETTEER.lookup(w).is_none()
                    && hit_covering(hits, p).is_none()
                    && !(p + 1..b).any(|k| ORG_CUES.contains(self.word(s, k)))
            });
            if let Some(p) = split {
                if !titled {
                    role = Some(self.text(s, a, p + 1));
                }
                titled = true;
                a = p + 1;
            }
        }
        // "Trump MORE", "Obama VIDEO": a widget's label in capitals glued after a name.
        let mut b = b;
        while b - a > 1
            && is_all_caps(self.word(s, b - 1))
            && is_english_word(self.word(s, b - 1))
            && !is_all_caps(self.word(s, a))
        {
            b -= 1;
        }
        // "Wal-Mart Stores Inc", "Acme Holdings LLC": a company's legal suffix is no part of the name
        // the news goes by, and says the rest is a company.
        let mut legal = false;
        while b - a > 1
            && is_legal_suffix(self.word(s, b - 1))
            && !is_name_suffix(self.word(s, b - 1))
        {
            b -= 1;
            legal = true;
        }
        // "Congress of Mueller's report" split at the gazetteer name: "of" cannot start or end a name.
        let joiner = |w: &str| matches!(w, "of" | "for" | "&");
        while a < b && joiner(self.word(s, a)) {
            a += 1;
        }
        while b > a && joiner(self.word(s, b - 1)) {
            b -= 1;
        }
        if a >= b {
            return;
        }
        let words: Vec<&str> = (a..b).map(|i| self.word(s, i)).collect();
        if let Some((entry, kind)) = GAZETTEER.lookup(&words.join(" ")).filter(|_| legal) {
            let hit = Hit {
                start: s.tokens[a].start,
                end: s.tokens[b - 1].end,
                entry,
                kind,
            };
            self.push_hit(
                sentence,
                s,
                &TokenHit {
                    first: a,
                    end: b,
                    hit,
                },
            );
            return;
        }
        // "any Act of Congress", "our Republic": a determiner before a lone ordinary word makes it a
        // noun with a capital, not a name.
        let determiner = a
            .checked_sub(1)
            .filter(|&p| s.tokens[p].word)
            .is_some_and(|p| DETERMINERS.contains(&self.word(s, p).to_lowercase().as_str()));
        if words.len() == 1
            && determiner
            && !titled
            && is_english_word(words[0])
            && !is_all_caps(words[0])
            && !GIVEN_NAMES.contains(words[0])
        {
            return;
        }
        // Trailing particles or "of" cannot end a name.
        if words
            .iter()
            .all(|w| PARTICLES.contains(w) || *w == "of" || *w == "for")
        {
            return;
        }
        // A name in capitals ("UNITED NATIONS", "WASHINGTON" in a dateline) is the gazetteer's when it
        // knows it, and weak otherwise: capitals say nothing about which words are names.
        let shouted = (words.len() > 1 || words[0].chars().count() > 4)
            && words
                .iter()
                .all(|w| is_all_caps(w) || !w.chars().any(char::is_alphabetic));
        if shouted {
            if let Some((entry, kind)) = known_in_capitals(&words) {
                let th = TokenHit {
                    first: a,
                    end: b,
                    hit: Hit {
                        start: s.tokens[a].start,
                        end: s.tokens[b - 1].end,
                        entry,
                        kind,
                    },
                };
                self.push_hit(sentence, s, &th);
                return;
            }
        }
        let single = words.len() == 1;
        // (In a title inside prose, not a person with a title or a known first name: "Rev. John Paul
        // Hopping of Our Lady of Guadalupe"; but a title's word before one other word is the title's:
        // "“The Queen of Rage”".)
        let in_title =
            s.title_case[a] && (!titled || words.len() == 1) && !GIVEN_NAMES.contains(words[0]);
        let mut weak = s.headline || in_title || (shouted && words.len() > 1);
        let w0 = words[0];
        if single {
            if is_all_caps(w0)
                && (is_common_word(w0) || (w0.chars().count() >= 5 && is_english_word(w0)))
            {
                return; // "WAR", "NEWS", "ENTIRE": shouted words, not acronyms.
            }
            // A common word at a sentence start ("Today", "Analysts", "Hope") is weak: it counts only
            // if it is the surname or alias of someone the article names ("Mr Hope ... Hope said").
            // An ordinary word right before a finite speech verb is a speaker, though: "Quill said",
            // but not "Officials said" or "Doctors said".
            if sentence_start && !titled {
                let lower = w0.to_lowercase();
                let next = s
                    .tokens
                    .get(b)
                    .filter(|t| t.word)
                    .map(|t| t.text(self.body));
                // (Finite: an inflected form, "said", "says", "warned"; a base form after one word is
                // a compound noun's head or a plural's verb: "Telephone call centres", "Phone calls".)
                let speaker = next.is_some_and(|n| {
                    speech_verb_lemma(n).is_some_and(|lemma| !lemma.eq_ignore_ascii_case(n))
                        && !n.ends_with("ing")
                }) && !is_common_word(w0)
                    && !lower.ends_with('s');
                if (is_english_word(w0)
                    || noun_shaped(w0)
                    || lower.ends_with("ly")
                    || lower.ends_with("ed")
                    || lower.ends_with("ing"))
                    && !speaker
                {
                    weak = true;
                }
            }
            // Party labels after a politician's name ("D-Calif", "R-Ky").
            let label = ["D-", "R-", "I-"]
                .iter()
                .find_map(|p| w0.strip_prefix(p))
                .is_some_and(|state| state.chars().next().is_some_and(char::is_uppercase));
            if label {
                return;
            }
            // Plural acronyms ("MPs", "DVDs") are common nouns.
            let letters: Vec<char> = w0.chars().collect();
            if letters.len() >= 3
                && letters[letters.len() - 1] == 's'
                && letters[..letters.len() - 1]
                    .iter()
                    .all(|c| c.is_uppercase())
            {
                return;
            }
            // "May" alone is the month; "Theresa May" and "Mrs May" are names.
            // ("No. 3", "St." alone: a label's abbreviation with nothing after it is no name.)
            if is_legal_suffix(w0)
                || (w0.ends_with('.') && is_abbreviation(w0) && title_at(&[w0]).is_none())
                || is_initial(w0)
                || w0.chars().all(|c| c.is_numeric())
                || (w0 == "May" && !titled)
            {
                return;
            }
            // "SB 1062", "H.R. 1", "Article 1, Section 2": a label names a bill or a clause by the
            // number after it; alone it is no name.
            let number_after = s
                .tokens
                .get(b)
                .map(|t| t.text(self.body))
                .is_some_and(is_label_number);
            // (Weak, not dropped: "fouled Miller 35 yards from goal" names Lee Miller.)
            if number_after && !titled && is_label_word(w0) {
                weak = true;
            }
        }
        let next = s
            .tokens
            .get(b)
            .filter(|t| t.word)
            .map(|t| t.text(self.body));
        let word_at = |i: usize| {
            s.tokens
                .get(i)
                .filter(|t| t.word)
                .map(|t| t.text(self.body))
        };
        let mut previous = a.checked_sub(1).and_then(word_at);
        // "in nearby Clayton", "in suburban Ferguson": the preposition before the place's adjective.
        if previous.is_some_and(|p| PLACE_ADJECTIVES.contains(&p)) {
            previous = match a.checked_sub(2).and_then(word_at) {
                Some("In") => Some("in"),
                Some(w) => Some(w),
                None => previous,
            };
        }

        // A lower-case role before the name: "US secretary of state John Kerry".
        if role.is_none() {
            role = self.role_before(s, a, hits);
        }
        // An appositive after it: "Ibrahim al-Jaafari, Iraq's foreign minister, said".
        // ", an advocacy group,", ", a town in Ohio": what the text calls it decides the kind, and a
        // role noun later in that appositive ("a group founded by the party's leader") is no role.
        let said_kind = (role.is_none() && !titled)
            .then(|| self.appositive_kind(s, b))
            .flatten();
        let org_cued = words.iter().any(|w| ORG_CUES.contains(w));
        if role.is_none() && !org_cued && said_kind.is_none() {
            role = self.appositive(s, b);
        }
        let mut kind = classify(&words, titled || role.is_some(), next, previous);
        if legal {
            kind = EntityKind::Organisation;
        }
        // (Not an ordinary word alone, "Web site", nor a name glued to a prefix, "anti-Trump site".)
        let glued = a > 0 && s.tokens[a - 1].end == s.tokens[a].start;
        if said_kind.is_none()
            && role.is_none()
            && !titled
            && !glued
            && !(single && is_english_word(w0))
        {
            match self.neighbour_kind(s, a, b) {
                Some(found) if kind == EntityKind::Other => kind = found,
                // "the data company Zentrix urged": the noun outweighs the verb's guess of a person,
                // not a first name's.
                Some(EntityKind::Organisation)
                    if kind == EntityKind::Person && !GIVEN_NAMES.contains(w0) =>
                {
                    kind = EntityKind::Organisation
                }
                _ => {}
            }
        }
        if !titled && role.is_none() && self.company_context(s, a, b) {
            kind = EntityKind::Organisation;
        }
        // (Not over a person's name: "Ada Quill, a publisher".)
        if let Some(said) = said_kind {
            if !(words.len() > 1 && GIVEN_NAMES.contains(words[0])) {
                kind = said;
            }
        }
        // "DANVILLE, Ky. -": a dateline's place in capitals (a long word in capitals is rarely an
        // acronym).
        let comma_after = s.tokens.get(b).is_some_and(|t| t.text(self.body) == ",");
        if single && shouted && w0.chars().count() >= 6 && comma_after && s.start_like[a] {
            kind = EntityKind::Location;
        }
        // "the state of Maine", "the city of Ferguson", "the mayor of Hoboken": a place by what the
        // text calls it.
        let place_word = a
            .checked_sub(2)
            .filter(|&p| previous == Some("of") && s.tokens[p].word)
            .is_some_and(|p| {
                matches!(
                    self.word(s, p).to_lowercase().as_str(),
                    "state"
                        | "city"
                        | "town"
                        | "village"
                        | "county"
                        | "province"
                        | "region"
                        | "mayor"
                        | "residents"
                        | "suburb"
                        | "suburbs"
                        | "outskirts"
                )
            });
        // (A person keeps their kind: "Jim Clyburn, South Carolina, remained".)
        let person_shaped = words.len() > 1 && GIVEN_NAMES.contains(words[0]);
        if (place_word || (!person_shaped && self.region_after(s, b, hits)))
            && role.is_none()
            && !titled
            && kind != EntityKind::Organisation
        {
            kind = EntityKind::Location;
        }
        if single && !titled && role.is_none() {
            let possessive = s.tokens[b - 1].possessive;
            (kind, weak) = lone_word_kind(w0, kind, weak, previous, possessive, sentence_start);
            // "Sam's Club", "Drake's Place restaurant": a word's possessive before a capitalised
            // word the gazetteer does not know is usually a business's name; it counts only as
            // someone the article names ("Quill's Harlow Capital"), not "Obama's State Department".
            // (Not before a title: "Lorvania's Foreign Minister Ilse Marren" names a country.)
            let capital_after = next.is_some_and(|w| is_capitalised(w) && !is_all_caps(w));
            let title_after = || {
                let after: Vec<&str> = (b..(b + 4).min(s.tokens.len()))
                    .map_while(word_at)
                    .collect();
                title_at(&after).is_some()
            };
            if possessive && capital_after && hit_covering(hits, b).is_none() && !title_after() {
                weak = true;
            }
            // "Angie's List, the business-rating website": an appositive says what the name is, not
            // that an ordinary word alone is all of it.
            if said_kind.is_some() && is_english_word(w0) && !is_all_caps(w0) {
                weak = true;
            }
            // "Metadata from the companies", "Crtitics of the firm", "“Yup.”": one word at a sentence
            // start that nothing places (no list, no title, no word around it, no acronym's shape) is
            // no better evidence of a name than an ordinary word there; it counts only if the article
            // names it elsewhere.
            // "America's Newsroom", "Putin's Playbook": one ordinary word after a possessive is a
            // thing of the owner's (a show, a plan), not a name of its own.
            // (Also a compound of two ordinary words: "Newsroom", "Playbook".)
            let owned = a > 0 && s.tokens[a - 1].possessive;
            let compound = || {
                let lower = w0.to_lowercase();
                (3..lower.len().saturating_sub(2)).any(|k| {
                    lower.is_char_boundary(k)
                        && is_english_word(&lower[..k])
                        && is_english_word(&lower[k..])
                })
            };
            if owned
                && kind == EntityKind::Other
                && !is_all_caps(w0)
                && (is_english_word(w0) || compound())
            {
                weak = true;
            }
            // (A sentence's first word, or a quote's after a colon: not a word quoted inside prose,
            // "the “Bridgegate” scandal".)
            let quote_opens = a >= 2 && !s.tokens[a - 1].word && self.word(s, a - 2) == ":";
            let first_word = s.tokens[..a].iter().all(|t| !t.word) || quote_opens;
            // What an ordinary word at a sentence start is not: the owner of something named after it
            // ("Lorvania's Foreign Minister ..."), or one of two names joined by "and"/"or"
            // ("Lorvania and Esterra agreed"): an unknown place or body opening every sentence that
            // names it stays a name.
            let owns_a_name = possessive && capital_after;
            let joined_to_a_name = next.is_some_and(|w| w == "and" || w == "or")
                && word_at(b + 1).is_some_and(|w| is_capitalised(w) && !is_all_caps(w));
            if sentence_start
                && first_word
                && !owns_a_name
                && !joined_to_a_name
                && !self.mid_sentence.contains(&w0.to_lowercase())
                && kind == EntityKind::Other
                && said_kind.is_none()
                && !is_all_caps(w0)
            {
                weak = true;
            }
        }
        // "Workers' Educational Association", "the Children's Health Insurance Program": after a
        // plural's possessive the run is the end of a longer name, not one of its own.
        // (A plural's apostrophe is a token of its own: "Teachers" "'".)
        let owner = match a.checked_sub(1) {
            Some(p) if s.tokens[p].possessive => Some(p),
            Some(p) if p > 0 && matches!(self.word(s, p), "'" | "\u{2019}") => {
                let glued = s.tokens[p - 1].word && s.tokens[p - 1].end == s.tokens[p].start;
                glued.then(|| p - 1)
            }
            _ => None,
        }
        .filter(|&p| hit_covering(hits, p).is_none());
        // (Not a person's name after a work's title: "The Producers' Nathan Lane".)
        let owned_person = GIVEN_NAMES.contains(self.word(s, a));
        if owner.is_some_and(|p| is_plural_owner(self.word(s, p))) && !titled && !owned_person {
            weak = true;
        }
        let start = s.tokens[a].start;
        let end = s.tokens[b - 1].end;
        self.candidates.push(Candidate {
            sentence,
            span: Span::new(start, end),
            kind,
            role,
            gazetteer: None,
            weak,
            titled,
            attributive: next.is_some_and(|w| COMPOUND_HEADS.contains(&w)),
            sentence_start,
        });
        let index = self.candidates.len() - 1;
        self.declarations_after(index, s, b);
        let _ = used;
    }

    /// "Janesville, Wis.", "in Aleppo, Syria,": a comma after the name, then a US state, a region or a
    /// country by its name or abbreviation, then punctuation or the sentence's end. A place's place.
    fn region_after(&self, s: &Sentence, b: usize, hits: &[TokenHit]) -> bool {
        if s.tokens.get(b).is_none_or(|t| t.text(self.body) != ",") {
            return false;
        }
        let Some(h) = hit_covering(hits, b + 1).map(|k| &hits[k]) else {
            return false;
        };
        let entry = &GAZETTEER.entries[h.hit.entry];
        // (Texas and California are "region:" entries, with Scotland and the Middle East.)
        let region = ["state:", "region:", "country:"]
            .iter()
            .any(|prefix| entry.id.starts_with(prefix));
        // (Not "Assad, Syria's president".)
        let ends = s.tokens.get(h.end).is_none_or(|t| !t.word) && !s.tokens[h.end - 1].possessive;
        h.first == b + 1 && region && h.hit.kind != MentionKind::Adjectival && ends
    }
}

/// A number a label names something by: "1062" of "SB 1062", not a year ("Euro 2004" may name a
/// contest, "CNN 2016" a poll).
fn is_label_number(text: &str) -> bool {
    let year = text.len() == 4 && (text.starts_with("19") || text.starts_with("20"));
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) && !year
}

/// A label before a number: an ordinary word ("Article", "Section", "Chapter") or a bill's prefix of
/// one or two capitals ("SB", "HB", "H.R."). Not a name ("Apollo 11", "PlayStation 2", "FTSE 100").
fn is_label_word(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    let prefix = (1..=2).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase());
    prefix || (is_english_word(word) && !is_all_caps(word) && !GIVEN_NAMES.contains(word))
}

/// A capitalised plural that owns a name ("Workers'", "Children's", "Lawyers'"): an ordinary word, so
/// no person's or place's name, and plural, so no surname ("Stone's Twitter account").
fn is_plural_owner(word: &str) -> bool {
    let irregular = matches!(word, "Children" | "Women" | "Men" | "People");
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us");
    is_capitalised(word) && !is_all_caps(word) && (irregular || (plural && is_english_word(word)))
}

/// The gazetteer's entry for words written in capitals ("LOS ANGELES", "NEW YORK" in a dateline),
/// read in title case: capitals say nothing about which words are names, the gazetteer does.
pub(super) fn known_in_capitals(words: &[&str]) -> Option<(usize, MentionKind)> {
    if !words.iter().all(|w| is_all_caps(w)) {
        return None;
    }
    let title_case: Vec<String> = words.iter().map(|w| title_case(w)).collect();
    GAZETTEER.lookup(&title_case.join(" "))
}

/// "NEW YORK —", not "UNITED NATIONS —": a dateline's words in capitals that name a place.
pub(super) fn place_in_capitals(words: &[&str]) -> bool {
    known_in_capitals(words).is_some_and(|(e, _)| GAZETTEER.entries[e].kind == EntityKind::Location)
}
