//! A run of capitalised tokens inside a sentence: which names it holds. A title opens a person's
//! name ("President Chad Marsh"); gazetteer names inside the run stand alone or, at an edge, join the
//! unknown words around them ("Real Madrid", "Paris Hilton"); the rest is a name the gazetteer does
//! not know.

use super::*;

impl Finder<'_> {
    /// Handles the run of tokens `a..b`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn run(
        &mut self,
        sentence: usize,
        s: &Sentence,
        mut a: usize,
        mut b: usize,
        hits: &[TokenHit],
        words: &[&str],
        used: &mut [bool],
    ) {
        b = past_hits(hits, a, b);
        let hit_at = |i: usize| hit_covering(hits, i);

        // 1. Leading "The", and common words at a sentence start.
        let mut stripped = false;
        let mut the = false;
        // ("NEW YORK —": a dateline's place in capitals keeps its first word, an ordinary one.)
        let shouted_place = b - a > 1 && plain::place_in_capitals(&words[a..b]);
        while a < b {
            let w = words[a];
            // (Not of a gazetteer name that is the whole run: "The Hague"; not "The Atlantic Wire".)
            let whole_hit = hit_at(a).is_some_and(|h| hits[h].first == a && hits[h].end == b);
            if w == "The" && !whole_hit {
                // "The New York Times": after "The", capitals are a name's.
                a += 1;
                the = true;
                continue;
            }
            let at_start = !the && (s.start_like[a] || stripped);
            let lower = w.to_lowercase();
            // "Injured Chelsea striker ...", "Analysts at Citigroup": a sentence's first word that is a
            // common word or shaped like a verb or adverb is not part of the name after it.
            let ordinary = is_common_word(w)
                || (b - a > 1
                    && !GIVEN_NAMES.contains(w)
                    && (lower.ends_with("ed") || lower.ends_with("ly") || lower.ends_with("ing")))
                || describes_name_after(w, a, hits);
            if !at_start
                || hit_at(a).is_some()
                || title_at(&words[a..b]).is_some()
                || !ordinary
                || self.mid_sentence.contains(&lower)
                || shouted_place
            {
                break;
            }
            a += 1;
            stripped = true;
        }
        if a >= b || self.case_name(sentence, s, a, b, hits, used) {
            return;
        }
        // "the 18th Amendment", "the 14th Amendment's": a numbered law's ordinal is part of its name.
        if !the
            && !stripped
            && a > 0
            && is_ordinal(words[a - 1])
            && DOCUMENT_WORDS.contains(words[b - 1])
        {
            a -= 1;
        }
        // "Trump Donald John Trump": a tooltip glued a full name after a short one; a name does not
        // repeat its first word at its end.
        // (Not a gazetteer name, "Johnson & Johnson", which the run would take back whole.)
        if b - a >= 3 && words[a] == words[b - 1] && is_capitalised(words[a]) && hit_at(a).is_none()
        {
            self.run(sentence, s, a, a + 1, hits, words, used);
            self.run(sentence, s, a + 1, b, hits, words, used);
            return;
        }
        // "The Week", "The Monitor": a common word made a name by its article keeps it; not at a
        // sentence's start, where every "The" has its capital ("The President said").
        if the
            && !stripped
            && b - a == 1
            && !s.start_like[a - 1]
            && is_common_word(words[a])
            && hit_at(a).is_none()
        {
            let span = Span::new(s.tokens[a - 1].start, s.tokens[b - 1].end);
            self.push_organisation(sentence, s, span);
            return;
        }
        let sentence_start = s.start_like[a] || stripped;

        if self.post_nominal(s, a, b, hits) {
            let role = Some(words[b - 1].to_string());
            self.push_plain(
                sentence,
                s,
                a,
                b - 1,
                role,
                true,
                sentence_start,
                hits,
                used,
            );
            return;
        }
        // 2. A title: "Secretary of State John Kerry", "Russian President Vladimir Putin".
        for p in a..b {
            if hit_at(p).is_some_and(|k| hits[k].first < p) {
                continue;
            }
            let Some(len) = title_at(&words[p..b]) else {
                continue;
            };
            let mut name_start = p + len;
            // "Committee Chairman Rep. Trey Gowdy": titles stacked before one name are all the role
            // (not a title's word that is a common word too: "Rep. Major Owens").
            while let Some(more) = title_at(&words[name_start..b]) {
                if name_start + more >= b || is_common_word(words[name_start]) {
                    break;
                }
                name_start += more;
            }
            // A title that is also a common word ("General", "Major") takes no common word after it
            // ("General Assembly"); an honorific ("Mr Hope") takes any.
            let ambiguous_title = is_common_word(words[p]);
            // (Nor a law's name that opens with a title's word: "Justice Against Sponsors of
            // Terrorism Act".)
            let name_ok = name_start < b
                && !DOCUMENT_WORDS.contains(words[b - 1])
                && !(name_start..b).any(|k| {
                    ORG_CUES.contains(words[k])
                        || ambiguous_title
                            && is_common_word(words[k])
                            && k == name_start
                            && !GIVEN_NAMES.contains(words[k])
                });
            if !name_ok {
                if name_start >= b {
                    // A title with no name after it: only the gazetteer names before it count.
                    self.hits_in(sentence, s, a, b, hits, used);
                    return;
                }
                continue;
            }
            self.hits_in(sentence, s, a, p, hits, used);
            // The name a title opens is a person's whole: "President Chad Marsh" mentions no Chad.
            (0..hits.len())
                .for_each(|k| used[k] |= hits[k].first >= name_start && hits[k].end <= b);
            let mut role = self.text(s, a, name_start);
            // "President Vladimir V. Putin of Russia": the place belongs to the title.
            if b + 1 < s.tokens.len() && words[b] == "of" {
                if let Some(k) = hit_covering(hits, b + 1).filter(|&k| hits[k].first == b + 1) {
                    role = format!(
                        "{role} of {}",
                        &self.body[hits[k].hit.start..hits[k].hit.end]
                    );
                }
            }
            self.push_plain(
                sentence,
                s,
                name_start,
                b,
                Some(role),
                true,
                false,
                hits,
                used,
            );
            return;
        }

        // 3. Gazetteer names in the run.
        let inside: Vec<usize> = {
            let (lo, hi) = hits_starting_in(hits, a, b);
            (lo..hi).filter(|&k| hits[k].end <= b).collect()
        };
        if inside.len() == 1 && hits[inside[0]].first == a && hits[inside[0]].end == b {
            used[inside[0]] = true;
            self.push_hit(sentence, s, &hits[inside[0]]);
            return;
        }
        if !inside.is_empty() {
            let outside_cue = (a..b).any(|k| {
                !inside
                    .iter()
                    .any(|&h| hits[h].first <= k && k < hits[h].end)
                    && (ORG_CUES.contains(words[k])
                        || (k + 1 == b
                            && (LOCATION_CUES.contains(words[k])
                                || DOCUMENT_WORDS.contains(words[k])
                                // "Uefa Cup": a contest named after its body.
                                || classify::EVENT_WORDS.contains(&words[k]))))
            });
            // (A surname the gazetteer knows is one word: "Clinton White House" is no one's name.)
            let person_shape = hit_at(a).is_none()
                && GIVEN_NAMES.contains(words[a])
                && inside.iter().all(|&h| hits[h].end - hits[h].first == 1);
            // One known name at either end of an unknown one is usually part of it: "Real Madrid",
            // "Australian Open", "Paris Hilton". Not an adjective before a first name ("Russian
            // Vladimir Putin"), nor an organisation's acronym before a name ("UN Ban Ki-moon").
            let single_edge = inside.len() == 1 && {
                let h = &hits[inside[0]];
                let at_edge = h.first == a || h.end == b;
                let entry_kind = GAZETTEER.entries[h.hit.entry].kind;
                let before_person = h.first == a && h.end < b && GIVEN_NAMES.contains(words[h.end]);
                at_edge && !before_person && entry_kind == EntityKind::Location
            };
            if outside_cue || person_shape || single_edge {
                // The whole run is one name; its gazetteer adjectives still mention their places,
                // but not a party or body: "Conservative Political Action Conference" says nothing
                // of the Conservative Party.
                for &h in &inside {
                    let place = GAZETTEER.entries[hits[h].hit.entry].kind == EntityKind::Location;
                    if hits[h].hit.kind == MentionKind::Adjectival && place {
                        used[h] = true;
                        self.push_hit(sentence, s, &hits[h]);
                    } else {
                        used[h] = true;
                    }
                }
                self.push_plain(sentence, s, a, b, None, false, sentence_start, hits, used);
                return;
            }
            // Split: each gazetteer name alone, and the words between as runs of their own.
            let mut k = a;
            for &h in &inside {
                if k < hits[h].first {
                    self.push_plain(
                        sentence,
                        s,
                        k,
                        hits[h].first,
                        None,
                        false,
                        sentence_start && k == a,
                        hits,
                        used,
                    );
                }
                used[h] = true;
                self.push_hit(sentence, s, &hits[h]);
                k = hits[h].end;
            }
            if k < b {
                self.push_plain(sentence, s, k, b, None, false, false, hits, used);
            }
            return;
        }

        // 4. A name the gazetteer does not know.
        self.push_plain(sentence, s, a, b, None, false, sentence_start, hits, used);
    }

    /// Pushes the gazetteer names inside tokens `a..b` as candidates of their own.
    pub(super) fn hits_in(
        &mut self,
        sentence: usize,
        s: &Sentence,
        a: usize,
        b: usize,
        hits: &[TokenHit],
        used: &mut [bool],
    ) {
        let (lo, hi) = hits_starting_in(hits, a, b);
        for k in lo..hi {
            if hits[k].end <= b && !used[k] {
                used[k] = true;
                self.push_hit(sentence, s, &hits[k]);
            }
        }
    }
}
