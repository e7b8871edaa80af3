//! Sources known by their tie to someone named in them: "Obama's spokesman", "lawyers for Mr.
//! Trump", "a Pelosi aide", "Their father": someone else, never the person named, unless an
//! appositive names them ("Their father, former Vice President Dick Cheney, supports"); and the
//! reverse, a role appositive before a relative pronoun that describes the name before it ("Jeff
//! Sessions, a former senator, who has told aides").

use super::lexicon::*;
use super::sources::Resolver;
use super::tokens::{tokenize, Token};
use crate::extract::{refer, Entity, EntityKind, Mention, MentionKind, Span};

impl Resolver<'_> {
    /// Is the source phrase people known by a tie to a person or place named in it: a possessive
    /// ("Obama's spokesman", "Pelosi's supporters", "Colorado's top law enforcement official") or
    /// "for" ("a lawyer for Mrs. Clinton") before or after a [`refer::is_tie_noun`] head? A name
    /// after the head is the person ("President Trump's attorney Ty Cobb"), and an organisation's
    /// spokesman speaks for it ("a spokeswoman for the F.B.I."), so neither counts.
    pub(super) fn tied_to_a_person(
        &mut self,
        tokens: &[Token],
        mentions: &[Mention],
        entities: &[Entity],
    ) -> bool {
        let possessive = |t: &Token| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s");
        let lower_from = |k: usize| tokens[k..].iter().all(|t| t.is_lowercase_word());
        let last = tokens.len().saturating_sub(1);
        let head_is_tie = refer::is_tie_noun(tokens[last].text);
        if last > 0 && tokens[0].is_any(&["his", "her", "their"]) && lower_from(1) && head_is_tie {
            // "Their father, former Vice President Dick Cheney, supports": the owner is a
            // pronoun, never the source.
            return true;
        }
        let owner = if let Some(p) = tokens.iter().rposition(possessive) {
            // NAME's [modifiers] HEAD
            (p < last && lower_from(p + 1) && head_is_tie)
                .then(|| Span::new(tokens[p].span.start, tokens[p].span.end))
        } else if last > 0
            && head_is_tie
            && !refer::is_kin_noun(tokens[last].text)
            && tokens[last - 1].is_capitalised()
            && !tokens[last - 1].is_any(DETERMINERS)
        {
            // [det] [modifiers] NAME HEAD ("many diehard Sanders supporters", "Trump aides"): a
            // person's name before the head says whose they are. (A place there says where they
            // are from: "the Vermont senator" is Sanders; so only a person counts. A surname
            // before kin is the family: "the elder Cheney daughter" is a Cheney.)
            let name = tokens[last - 1].span;
            self.mentions.sync(mentions);
            let person = self.mentions.overlapping(name, mentions).any(|i| {
                let m = &mentions[i];
                // A name written there, not a role mention of the whole phrase.
                !matches!(m.kind, MentionKind::Role | MentionKind::Pronoun)
                    && m.span.end == name.end
                    && m.span.start >= tokens[0].span.start
                    && entities[m.entity].kind == EntityKind::Person
            });
            return person;
        } else {
            // [det] [modifiers] HEAD for|of NAME ("Supporters of Mr. McCarthy")
            tokens
                .iter()
                .position(|t| t.is("for") || t.is("of"))
                .filter(|&f| {
                    f > 0
                        && f < last
                        && tokens[..f].iter().enumerate().all(|(k, t)| {
                            // "Lawyers for ...": the head may open the sentence.
                            t.is_lowercase_word()
                                || t.is_any(DETERMINERS)
                                || (k == 0 && t.is_word() && refer::is_tie_noun(t.text))
                        })
                        && refer::is_tie_noun(tokens[f - 1].text)
                })
                .map(|f| Span::new(tokens[f + 1].span.start, tokens[last].span.end))
        };
        let Some(owner) = owner else {
            return false;
        };
        self.mentions.sync(mentions);
        let kinds: Vec<EntityKind> = self
            .mentions
            .overlapping(owner, mentions)
            .map(|i| entities[mentions[i].entity].kind)
            .collect();
        let org_word = tokenize(&self.article.body, owner)
            .iter()
            .any(|t| ORGANISATION_WORDS.contains(&t.lower().trim_end_matches("'s")));
        !kinds.contains(&EntityKind::Organisation) && !org_word
    }

    /// The person named in an appositive right after `source` (", Aitan Goelman,").
    pub(super) fn appositive_person(
        &mut self,
        source: Span,
        mentions: &[Mention],
        entities: &[Entity],
    ) -> Option<usize> {
        let body = &self.article.body;
        let rest = body[source.end..].strip_prefix(", ")?;
        let end = source.end + 2 + rest.find(',')?;
        let apposition = Span::new(source.end + 2, end);
        self.mentions.sync(mentions);
        // The name may follow a title ("former Vice President Dick Cheney").
        let covering = self
            .mentions
            .overlapping(apposition, mentions)
            .map(|i| &mentions[i])
            .find(|m| {
                m.span.start >= apposition.start
                    && m.span.end == apposition.end
                    && title_words(&body[apposition.start..m.span.start])
            })?;
        (entities[covering.entity].kind == EntityKind::Person).then_some(covering.entity)
    }

    /// The person or organisation a role phrase set off by commas before a relative pronoun
    /// describes ("Jeff Sessions, a former senator, who has told aides ...": the "who" refers to
    /// "a former senator", which is Sessions).
    pub(super) fn appositive_of(
        &mut self,
        tokens: &[Token],
        source: Span,
        sentence: usize,
        entities: &[Entity],
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        let relative = body[source.end..]
            .trim_start_matches(',')
            .trim_start()
            .starts_with("who ");
        if !relative || !tokens.first()?.is_any(&["a", "an", "the"]) {
            return None;
        }
        let comma = body[..source.start].trim_end();
        let comma_at = comma
            .len()
            .checked_sub(1)
            .filter(|_| comma.ends_with(','))?;
        self.mentions.sync(mentions);
        let named = self
            .mentions
            .ending_before(comma_at.saturating_sub(60), comma_at, mentions)
            .map(|i| &mentions[i])
            .find(|m| m.span.end == comma_at && m.kind != MentionKind::Adjectival)?;
        let entity = named.entity;
        if !matches!(
            entities[entity].kind,
            EntityKind::Person | EntityKind::Organisation
        ) {
            return None;
        }
        let role = Some(source.text(body).to_string());
        self.push_mention(mentions, entity, source, MentionKind::Role, role, sentence);
        Some(entity)
    }
}

/// Are these words (before a name in an appositive) only a title ("former Vice President", "the
/// state's attorney general")? Not a clause ("who met"), whose name is someone else.
fn title_words(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "former" | "the" | "a" | "an" | "then" | "late")
            || refer::is_tie_noun(w.trim_end_matches("'s").trim_end_matches("\u{2019}s"))
    })
}
