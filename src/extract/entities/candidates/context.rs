//! The words around a name: a lower-case role before it, an appositive after it, and aliases the text
//! declares for it.

use super::classify::title_case;
use super::{hit_ending_at, Declaration, Finder, Sentence, TokenHit};
use crate::extract::entities::gazetteer::GAZETTEER;
use crate::extract::lang::lexicon::{
    LOCATION_CUES, ORGANISATION_NOUNS, RELATION_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS,
};
use crate::extract::lang::tokens::{is_all_caps, is_capitalised};
use crate::extract::EntityKind;

/// Words that end an appositive's noun phrase, so the word before them is its head: "a radio station
/// in Dayton", "a group that sued", "a Washington-based firm founded in 1990".
const PHRASE_ENDS: &[&str] = &[
    "in", "of", "for", "that", "which", "who", "whose", "where", "based", "with", "from", "on",
    "at", "to", "by", "founded", "run", "led", "near", "outside", "and", "or", "whom",
];

/// Organisation nouns that name what a body *is* only when they stand in an appositive, not right
/// beside a name: a body's activity or part ("the campaign Trump ran", "the Trump administration",
/// "the committee Chairman") is written beside people's names too.
const NOT_BESIDE: &[&str] = &[
    "administration",
    "campaign",
    "presidency",
    "leadership",
    "opposition",
    "court",
    "command",
    "office",
    "department",
    "committee",
    "council",
    "commission",
    "party",
    "ministry",
];

/// A lower-case word at `i` that is an organisation noun naming a body beside its name.
fn body_noun(w: &str) -> bool {
    ORGANISATION_NOUNS.contains(w) && !NOT_BESIDE.contains(&w)
}

/// [`body_noun`], also in the plural, as it stands before a list: "parent companies Paramount and
/// Viacom", "the banks Barclays and HSBC". (Not after a name: "Tea Party groups" are not the
/// party.)
fn body_noun_before(w: &str) -> bool {
    let singular = w
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| w.strip_suffix('s').map(str::to_string));
    body_noun(w) || singular.is_some_and(|one| body_noun(&one))
}

/// Nouns for people who work at a firm, besides the role nouns, before "at" and a name: "a fund
/// manager at Perpetual", "a partner at Quill Brosset" (not role nouns: "manager" names firms too,
/// "the biggest asset manager").
const EMPLOYEE_NOUNS: &[&str] = &[
    "manager",
    "partner",
    "employee",
    "staffer",
    "trader",
    "banker",
    "consultant",
    "fellow",
];

/// Lower-case nouns for a club's or a company's people right after a name that make it their club or
/// company: "Everton midfielder", "Porto coach", "Yukos boss", "Fiat chairman". (A place the
/// gazetteer knows keeps its kind: "England coach".)
const HEADS_AFTER: &[&str] = &[
    "boss",
    "chairman",
    "manager",
    "coach",
    "captain",
    "midfielder",
    "striker",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "full-back",
    "fly-half",
    "scrum-half",
    "flanker",
];

/// Lower-case nouns after a name that make it a region's: "Aceh province", "the Swat valley".
/// (Not "town" or "house": "a Trump town hall", "the Quill house" are things of a person's.)
const PLACE_NOUNS_AFTER: &[&str] = &[
    "province",
    "region",
    "district",
    "county",
    "valley",
    "peninsula",
    "island",
    "islands",
];

/// Finite verbs that make ", the vice president had broached it" a clause, not an appositive
/// naming the word before its comma.
const CLAUSE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "can",
    "could", "did", "does", "told", "added",
];

/// Words before "of" that make what follows a company: "shares of Tyson Foods", "the chief executive
/// of Johnson Brands", "the CEO of Ford". Nobody holds shares of a person.
/// Lower case.
const COMPANY_OF: &[&str] = &[
    "shares",
    "stock",
    "stake",
    "ceo",
    "shareholders",
    "subsidiary",
];

/// Words after a possessive that make it a company's: "Ford's chief executive", "Tyson's CEO".
const COMPANY_OWNS: &[&str] = &[
    "CEO",
    "shareholders",
    "subsidiary",
    "founder",
    "co-founder",
    "cofounder",
];

impl Finder<'_> {
    /// Do the words around tokens `a..b` say they name a company ("shares of Ford", "the chief
    /// executive of Johnson Brands", "Tyson's CEO")? Then the name is an organisation whatever its
    /// shape: a given name first ("Ford") or a speech verb after it say nothing against it.
    pub(super) fn company_context(&self, s: &Sentence, a: usize, b: usize) -> bool {
        let word = |i: usize| {
            s.tokens
                .get(i)
                .filter(|t| t.word)
                .map(|t| t.text(self.body))
        };
        let chief_executive = |k: usize| {
            word(k) == Some("executive") && word(k.wrapping_sub(1)) == Some("chief")
                || word(k) == Some("officer") && word(k.wrapping_sub(1)) == Some("executive")
        };
        let possessive = s.tokens[b - 1].possessive;
        // (Not "the chief executive of Quill's campaign": the possessive owns what follows.)
        // ("shares in Fiat", "a stake in Fiat": "in" too, not after a chief executive.)
        let of_in = word(a.wrapping_sub(1));
        if a >= 2 && matches!(of_in, Some("of" | "in")) && !possessive {
            let k = a - 2;
            let company_word =
                word(k).is_some_and(|w| COMPANY_OF.contains(&w.to_lowercase().as_str()));
            if company_word || (of_in == Some("of") && chief_executive(k)) {
                return true;
            }
        }
        // "Tyson's CEO", and "former Hewlett-Packard chief executive Carly Fiorina", "Indivisible
        // co-founder Ezra Levin": a company's or a group's head named right after it.
        let owned = word(b).is_some_and(|w| COMPANY_OWNS.contains(&w)) || chief_executive(b + 1);
        owned
            && (possessive
                || s.tokens
                    .get(b)
                    .is_some_and(|t| t.start > s.tokens[b - 1].end))
    }

    /// The kind the words right around tokens `a..b` give a name nothing else placed:
    /// - "the data company Acxiom", "Forbes magazine", "the group Smart Approaches": a body's noun
    ///   right before or after makes an organisation (a possessive name owns the noun: "Smith's
    ///   firm");
    /// - "his daughter Georgina", "his wife, Karen,", "Stone's attorney, Grant Smith, said": a tie
    ///   or a role right before, or before a comma when the name ends at a comma or "and", makes a
    ///   person.
    pub(super) fn neighbour_kind(&self, s: &Sentence, a: usize, b: usize) -> Option<EntityKind> {
        let word = |i: usize| {
            s.tokens
                .get(i)
                .map(|t| (t.text(self.body), t.word, t.possessive))
        };
        let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
        let before = a.checked_sub(1).and_then(word);
        // (A plural only before a list or a name that ends a clause: "technology firms Quill
        // hopes to attract" is the subject of "hopes".)
        let list_or_end = word(b).is_none_or(|(w, _, _)| matches!(w, "," | "." | "and" | "or"));
        if let Some((w, true, false)) = before.filter(|(w, _, _)| lower(w)) {
            if body_noun(w) || (list_or_end && body_noun_before(w)) {
                return Some(EntityKind::Organisation);
            }
            if RELATION_NOUNS.contains(w) && w != "team" {
                return Some(EntityKind::Person);
            }
        }
        // "an economist at Natexis", "a professor at Randolph College": a role held at a name
        // places it as the employer, a body (a known place is the gazetteer's before this).
        let role_at = before.is_some_and(|(w, is_word, _)| is_word && w == "at")
            && a.checked_sub(2)
                .and_then(word)
                .is_some_and(|(w, is_word, _)| {
                    is_word && lower(w) && (ROLE_NOUNS.contains(w) || EMPLOYEE_NOUNS.contains(&w))
                });
        if role_at {
            return Some(EntityKind::Organisation);
        }
        let possessive = s.tokens[b - 1].possessive;
        // (After a determiner the name is the noun's modifier: "a Bridgeport newspaper", "the Sandy
        // Hook school".)
        let determiner = before.is_some_and(|(w, _, _)| matches!(w, "a" | "an" | "the" | "The"));
        if let Some((w, true, _)) = word(b) {
            let head = HEADS_AFTER.contains(&w);
            if lower(w) && (body_noun(w) || head) && !possessive && !determiner {
                return Some(EntityKind::Organisation);
            }
            // "Aceh province", "the Swat valley": a region's noun after a name makes a place.
            if !possessive && PLACE_NOUNS_AFTER.contains(&w) {
                return Some(EntityKind::Location);
            }
        }
        // "his wife, Karen, as": a tie or role, a comma, the name, then a comma, "and" or the end.
        let comma_before = matches!(before, Some((",", false, _)));
        let tie = a
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|(w, is_word, _)| {
                is_word && lower(w) && (RELATION_NOUNS.contains(w) || ROLE_NOUNS.contains(w))
            });
        let closed = match word(b) {
            None => true,
            Some((w, _, _)) => matches!(w, "," | "." | "and"),
        };
        (comma_before && tie && closed && !possessive).then_some(EntityKind::Person)
    }

    /// "foreign minister", "US secretary of state", "Iraq's foreign minister" right before token `a`.
    pub(super) fn role_before(&self, s: &Sentence, a: usize, hits: &[TokenHit]) -> Option<String> {
        let mut k = a;
        let mut has_noun = false;
        while k > 0 {
            let t = s.tokens[k - 1];
            if !t.word {
                break;
            }
            let w = t.text(self.body);
            let lower = w.to_lowercase();
            if w.chars().next().is_some_and(char::is_lowercase)
                && (ROLE_NOUNS.contains(lower.as_str()) || ROLE_MODIFIERS.contains(lower.as_str()))
            {
                has_noun |= ROLE_NOUNS.contains(lower.as_str());
                k -= 1;
                continue;
            }
            break;
        }
        if !has_noun || k == a {
            return None;
        }
        let adjacent = s.tokens[a - 1].text(self.body).to_lowercase();
        if !(ROLE_NOUNS.contains(adjacent.as_str()) || ROLE_MODIFIERS.contains(adjacent.as_str()))
            || adjacent == "of"
        {
            return None;
        }
        // Include a place or demonym right before: "US secretary of state", "Iraq's foreign minister".
        if let Some(h) = hit_ending_at(hits, k).filter(|_| k > 0) {
            k = hits[h].first;
        }
        Some(self.text(s, k, a))
    }

    /// ", Iraq's foreign minister," or ", a spokesman for the coalition," after token `b`.
    pub(super) fn appositive(&self, s: &Sentence, b: usize) -> Option<String> {
        let comma = s.tokens.get(b)?;
        if comma.word || comma.text(self.body) != "," {
            return None;
        }
        let first = b + 1;
        let mut k = first;
        let mut has_noun = false;
        let mut relative = false;
        while k < s.tokens.len() && k - first < 12 {
            let t = s.tokens[k];
            let w = t.text(self.body);
            if !t.word && matches!(w, "," | "." | ";" | ")" | ":" | "\u{201D}" | "\"") {
                break;
            }
            has_noun |=
                t.word && ROLE_NOUNS.contains(w.to_lowercase().as_str()) && !is_capitalised(w);
            // "before Christmas, the vice president had said": a verb makes it a clause (not one
            // in a relative clause: ", a pollster who has worked for Quill,").
            relative |= t.word && matches!(w, "who" | "whose" | "whom" | "which" | "that");
            if t.word && !relative && CLAUSE_VERBS.contains(&w) {
                return None;
            }
            k += 1;
        }
        if k == first || !has_noun {
            return None;
        }
        let w0 = s.tokens[first].text(self.body);
        // "Bullet Boy, starring rapper Asher D,": a participle opens a clause about the name, whose
        // role nouns are someone else's (not "acting": ", acting director of the agency,").
        if w0.ends_with("ing") && !ROLE_MODIFIERS.contains(w0) {
            return None;
        }
        let lower_start = w0.chars().next().is_some_and(char::is_lowercase);
        let possessive_start = s.tokens[first].possessive || GAZETTEER.lookup(w0).is_some();
        if !(lower_start || possessive_start) {
            return None;
        }
        // Must end at a comma or the sentence's end to be an appositive and not a clause.
        Some(self.text(s, first, k))
    }

    /// ", an immigrant advocacy group," or ", a radio station in Dayton" after token `b`: an
    /// organisation or a place by the head noun of the appositive ("group", "station"; "city",
    /// "county"). Only an appositive that opens with "a", "an" or "the" and whose head is written in
    /// lower case ("a Republican" says nothing of what the name is).
    pub(super) fn appositive_kind(&self, s: &Sentence, b: usize) -> Option<EntityKind> {
        let comma = s.tokens.get(b)?;
        if comma.word || comma.text(self.body) != "," {
            return None;
        }
        let determiner = s.tokens.get(b + 1).filter(|t| t.word)?.text(self.body);
        if !matches!(determiner, "a" | "an" | "the") {
            return None;
        }
        let mut head = None;
        for t in s.tokens.iter().skip(b + 2).take(8) {
            let w = t.text(self.body);
            if !t.word || PHRASE_ENDS.contains(&w) {
                break;
            }
            head = Some((w, t.possessive));
        }
        let (head, possessive) = head?;
        // "the group's leader" ends at "leader"; "the company's" alone is no head.
        if possessive || !head.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        if ORGANISATION_NOUNS.contains(head) {
            Some(EntityKind::Organisation)
        } else if LOCATION_CUES.contains(title_case(head).as_str()) {
            Some(EntityKind::Location)
        } else {
            None
        }
    }

    /// Aliases declared right after the candidate ending before token `b`.
    pub(super) fn declarations_after(&mut self, target: usize, s: &Sentence, b: usize) {
        let n = s.tokens.len();
        let w = |i: usize| -> &str {
            if i < n {
                s.tokens[i].text(self.body)
            } else {
                ""
            }
        };
        // "(ISIS)"
        if w(b) == "(" && w(b + 2) == ")" && is_capitalised(w(b + 1)) {
            self.declarations.push(Declaration {
                target,
                alias: w(b + 1).to_string(),
                bracketed: true,
            });
            return;
        }
        // "the Justice Against Sponsors of Terrorism Act, or JASTA,": an acronym of the name's
        // initials after ", or".
        if w(b) == "," && w(b + 1) == "or" && matches!(w(b + 3), "," | "." | ")" | ";") {
            let acronym = w(b + 2).replace('.', "");
            let span = self.candidates[target].span;
            let initials: String = self.body[span.start..span.end]
                .split_whitespace()
                .filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if acronym.len() >= 2 && is_all_caps(&acronym) && acronym == initials {
                self.declarations.push(Declaration {
                    target,
                    alias: w(b + 2).to_string(),
                    bracketed: false,
                });
                return;
            }
        }
        // ", also known as ISIS or ISIL", "known as", "also called", "or Daesh"
        let mut k = b;
        let comma = w(k) == ",";
        if comma {
            k += 1;
        }
        let also = w(k) == "also" || w(k) == "otherwise";
        if also {
            k += 1;
        }
        // "called" right after a name is the verb: "Tim Miller called Maddox “unhinged”" names
        // nobody Maddox; only ", called" and "also called" declare a name.
        let declared = if w(k) == "known" && w(k + 1) == "as" {
            k += 2;
            true
        } else if w(k) == "called" && (comma || also) {
            k += 1;
            true
        } else {
            false
        };
        if !declared {
            return;
        }
        while k < n && s.tokens[k].word && is_capitalised(w(k)) {
            let mut e = k + 1;
            while e < n && s.tokens[e].word && is_capitalised(w(e)) {
                e += 1;
            }
            self.declarations.push(Declaration {
                target,
                alias: self.text(s, k, e),
                bracketed: false,
            });
            k = e;
            if w(k) == "," {
                k += 1;
            }
            if w(k) == "or" || w(k) == "and" {
                k += 1;
            }
        }
    }
}
