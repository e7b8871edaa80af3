//! Tables of generic web-page wording that marks a line as page furniture rather than article text.
//!
//! Every entry is wording that web templates (news sites, blogs, shops; English, German, Spanish,
//! French) print around articles: share buttons, newsletter boxes, paywalls, comment forms, cookie
//! banners, "read more" links, photo credits. None of it is copied from a particular page: an entry
//! belongs here only when it is what a *site* says, never what an article says.
//!
//! All matching is on the lower-cased line, so entries are lower case.

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;
use std::sync::LazyLock;

/// A whole line that is exactly one of these (ignoring case, surrounding punctuation and a count
/// such as "12 comments") is a menu item, a button or a section label. Real paragraphs are never a
/// bare "Share" or "Kommentare".
const WHOLE_LINE: &[&str] = &[
    // Caption toggles, "continued" markers and video widgets between paragraphs.
    "story continued below",
    "article continues below",
    "story continues below",
    "continue reading below",
    "hide caption",
    "show caption",
    "toggle caption",
    "enlarge this image",
    "caption",
    "watch the video",
    "watch video",
    "play video",
    "video",
    "replay video",
    "view gallery",
    "view photos",
    "photo gallery",
    // Sharing and social buttons.
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "instagram",
    "linkedin",
    "pinterest",
    "whatsapp",
    "reddit",
    "youtube",
    "telegram",
    "social share",
    "teilen",
    "artikel teilen",
    "twittern",
    "drucken",
    "compartir",
    "partager",
    "imprimer",
    "copy link",
    "link kopieren",
    "be sociable, share!",
    // Navigation and site sections.
    "home",
    "menu",
    "menü",
    "hauptmenü",
    "search",
    "suche",
    "suchen",
    "suche nach",
    "buscar",
    "rechercher",
    "close",
    "schließen",
    "cerrar",
    "fermer",
    "skip to content",
    "skip to main content",
    "direkt zum inhalt",
    "zum inhalt springen",
    "toggle navigation",
    "navigation",
    "startseite",
    "inicio",
    "accueil",
    "back to top",
    "nach oben",
    "zurück",
    "back",
    "next",
    "previous",
    "weiter",
    "more",
    "mehr",
    "read more",
    "weiterlesen",
    "mehr erfahren",
    "leer más",
    "lire la suite",
    "continue reading",
    "load more",
    "show more",
    "see more",
    "view all",
    "alle anzeigen",
    "beitrags-navigation",
    "post navigation",
    "vorheriger artikel",
    "nächster artikel",
    "previous article",
    "next article",
    "previous post",
    "next post",
    // Account, subscription, newsletter.
    "login",
    "log in",
    "sign in",
    "sign up",
    "register",
    "anmelden",
    "registrieren",
    "abmelden",
    "logout",
    "log out",
    "subscribe",
    "subscribe now",
    "abonnieren",
    "jetzt anmelden",
    "newsletter",
    "newsletters",
    "suscríbete",
    "s'abonner",
    "abo",
    "my account",
    "mein konto",
    "warenkorb",
    "cart",
    "donate",
    "spenden",
    // Site furniture and legal.
    "impressum",
    "kontakt",
    "contact",
    "contact us",
    "about",
    "about us",
    "über uns",
    "über mich",
    "datenschutz",
    "datenschutzerklärung",
    "privacy",
    "privacy policy",
    "cookie policy",
    "cookie-einstellungen",
    "cookie settings",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "nutzungsbedingungen",
    "agb",
    "sitemap",
    "rss",
    "rss-feed",
    "faq",
    "help",
    "hilfe",
    "advertise",
    "advertise with us",
    "mediadaten",
    "careers",
    "karriere",
    "jobs",
    "advertisement",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "sponsored",
    // Comment sections and tags.
    "comments",
    "comment",
    "kommentar",
    "kommentare",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "schreibe einen kommentar",
    "kommentar verfassen",
    "hinterlasse einen kommentar",
    "hinterlasse eine antwort",
    "antworten",
    "reply",
    "abbrechen",
    "cancel reply",
    "comentarios",
    "commentaires",
    "tags",
    "schlagwörter",
    "categories",
    "kategorien",
    "archive",
    "archiv",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related coverage",
    "related news",
    "ähnliche beiträge",
    "ähnliche artikel",
    "das könnte sie auch interessieren",
    "you may also like",
    "you might also like",
    "more from",
    "recommended",
    "most popular",
    "most read",
    "meistgelesen",
    "trending",
    "neueste beiträge",
    "neueste kommentare",
    "letzte beiträge",
    "recent posts",
    "recent comments",
    "notas relacionadas",
    "mehr zum thema",
    "lesen sie auch",
    "read also",
    "see also",
    "también te puede interesar",
    "à lire aussi",
    "name",
    "name *",
    "email *",
    "e-mail *",
    "website",
    "webseite",
    "comment *",
    "ok",
    "x",
    "×",
    "verwandte artikel",
    "beitrag teilen",
    "explore further",
    "informate más",
    "veja também",
    "mirá también",
    "nos siga no",
    "temas relacionados",
    "temas",
    "tags relacionados",
    "argomenti",
    "empfehlungen aus der redaktion",
    "noch mehr infos für dich",
    "zurück zur übersicht",
    "inhaltsverzeichnis",
    "table of contents",
    "contents",
    "print recipe",
    "jump to recipe",
    "rezept drucken",
    "pinnen",
    "vorheriges",
    "nächstes",
    "newsticker",
    "vergrößern",
    "click to enlarge",
    "enlarge",
    "zoom",
];

/// Line prefixes that introduce a link to another page or a label, not article text:
/// "Read more: <other headline>", "Tags: a, b", "Photo: <credit>".
const PREFIXES: &[&str] = &[
    "read more:",
    "read more »",
    "read also:",
    "also read:",
    "see also:",
    "related:",
    "more:",
    "watch:",
    "listen:",
    "click here",
    "tags:",
    "filed under",
    "posted in",
    "categories:",
    "category:",
    "kategorie:",
    "schlagwörter:",
    "photo:",
    "image:",
    "foto:",
    "bild:",
    "picture:",
    "credit:",
    "image credit",
    "photo credit",
    "lesen sie auch",
    "mehr zum thema",
    "auch interessant",
    "vea también",
    "lea también",
    "lee también",
    "mira:",
    "ver también",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "share on",
    "share this",
    "follow us",
    "folgen sie uns",
    "follow @",
    "sign up for",
    "subscribe to",
    "subscribe for",
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "alle rechte vorbehalten",
    "you've read",
    "you have read",
    "this article was",
    "this post was",
    "dieser beitrag wurde",
    "dieser eintrag wurde",
    "published in",
    "veröffentlicht in",
    "posted on",
    "veröffentlicht am",
    "zuletzt aktualisiert",
    "last updated",
    "pingback",
    "trackback",
    "qr code",
    "advertisement",
    "anzeige",
    "werbung",
    "*werbung",
    "titelbild:",
    "(quelle:",
    "quelle:",
    "(foto:",
    "(crédito:",
    "crédito:",
    "photograph by",
    "photo by",
    "image by",
    "lesen sie hier:",
    "mehr dazu:",
    "ultima modifica",
    "pubblicato il",
    "vervielfältigung",
    "jump to recipe",
    "rezept drucken",
    "zum rezept",
    "vergrößern",
    "this post contains",
    "this article contains",
    "this page contains",
    "we want to hear",
    "der beitrag wurde am",
    "dieser text wurde veröffentlicht",
    "wählen sie ihren zugang",
    "alle artikel",
    "get the latest",
    "for the latest",
];

/// Phrases that mark a *short* line (see [`SHORT_LINE_WORDS`]) as boilerplate wherever they occur
/// in it: newsletter and paywall boxes, comment forms, cookie banners, app promotions. In a long
/// paragraph the same words may be news ("the newsletter reported"), so they only count on short
/// lines.
const SHORT_LINE_PHRASES: &[&str] = &[
    "newsletter",
    "subscribe",
    "subscription",
    "subscriber",
    "sign up",
    "signup",
    "free articles",
    "free article",
    "continue reading",
    "read the full",
    "to continue reading",
    "full story",
    "your inbox",
    "delivered to your",
    "unlimited access",
    "unlimited website access",
    "cancel or pause",
    "cancel anytime",
    "already a subscriber",
    "log in to",
    "create an account",
    "your email address",
    "email address",
    "e-mail-adresse",
    "required fields",
    "pflichtfelder",
    "will not be published",
    "wird nicht veröffentlicht",
    "no será publicada",
    "leave a comment",
    "leave a reply",
    "comments are closed",
    "kommentare geschlossen",
    "keine kommentare",
    "no comments",
    "comment by",
    "kommentar von",
    "kommentieren",
    "cookie",
    "cookies",
    "privacy policy",
    "datenschutz",
    "terms of use",
    "terms and conditions",
    "all rights reserved",
    "rechte vorbehalten",
    "derechos reservados",
    "droits réservés",
    "download the app",
    "download our app",
    "get the app",
    "app store",
    "google play",
    "follow us",
    "folgen sie uns",
    "share this",
    "share on",
    "click here",
    "hier klicken",
    "read more",
    "weiterlesen",
    "mehr lesen",
    "leer más",
    "lire la suite",
    "image credit",
    "photo credit",
    "getty images",
    "shutterstock",
    "istock",
    "advertisement",
    "sponsored content",
    "affiliate",
    "dear reader",
    "support our journalism",
    "support independent",
    "make a donation",
    "teilen sie",
    "teile diesen",
    "diesen beitrag teilen",
    "weitere infos unter",
    "mehr infos",
    "könnte dich auch interessieren",
    "könnte sie auch interessieren",
    "klicken sie auf",
    "click the button",
    "trending",
    "unterstützen sie uns",
    "this site uses",
    "diese website verwendet",
    "diese seite verwendet",
    "javascript",
    "your browser",
    "ihr browser",
    "minute read",
    "min read",
    "min. lesezeit",
    "lesezeit",
    "para comentar",
    "debes registrarte",
    "qr code",
    "ios and android",
    "for ios",
    "for android",
    "our app",
    "straight to your phone",
    "letter to the editor",
    "affiliate links",
    "bezahlschranke",
    "paywall",
    "unabhängigen journalismus",
    "independent journalism",
    "lizenz cc",
    "license cc",
    "© ",
    "bild via",
    "photograph by",
    "(foto",
    "foto:",
    "(crédito",
    "imágenes capturadas",
    "schreiben sie uns",
    "write to us",
    "support us",
];

/// Phrases that mark a line of any length up to [`CONSENT_LINE_WORDS`] words as boilerplate:
/// cookie-consent and tracking notices are long, well-formed prose, so length does not clear them.
const CONSENT_PHRASES: &[&str] = &[
    "cookie",
    "google analytics",
    "tracking technolog",
    "datenschutzeinstellungen",
    "privacy settings",
    "consent preferences",
    "javascript",
];
/// Cookie banners run to a few sentences; an article paragraph mentioning cookies is longer.
pub const CONSENT_LINE_WORDS: usize = 80;
static CONSENT_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(CONSENT_PHRASES));
/// Words that make a mention of cookies a consent notice rather than news about biscuits.
const CONSENT_CONTEXT: &[&str] = &[
    "website",
    "site",
    "browser",
    "consent",
    "accept",
    "settings",
    "privacy",
    "we use",
    "webseite",
    "website",
    "verwende",
    "einstellungen",
    "akzeptier",
    "zustimm",
    "datenschutz",
    "sitio",
    "navegador",
    "aceptar",
    "navigateur",
    "accepter",
];
static CONSENT_CONTEXT_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(CONSENT_CONTEXT));

/// Does the (lower-cased) line talk about cookies, tracking or consent?
pub fn has_consent_phrase(lower: &str) -> bool {
    CONSENT_MATCHER.is_match(lower) && CONSENT_CONTEXT_MATCHER.is_match(lower)
}

/// A line of at most this many words is "short" for [`SHORT_LINE_PHRASES`]: boxes and buttons
/// are short; the article's paragraphs usually are not.
pub const SHORT_LINE_WORDS: usize = 25;

/// Headings after which the page no longer carries the article: comment sections, author boxes,
/// paywalls and donation letters. Once the article's prose has begun, nothing after one of these is
/// article text (see `block`). Matched like [`WHOLE_LINE`], or anywhere in a line of at most
/// [`END_MARKER_WORDS`] words ("Hinterlasse jetzt einen Kommentar", "35 Comments »").
const HARD_END_MARKERS: &[&str] = &[
    "dear reader",
    "dear readers",
    "liebe leserin",
    "liebe leser",
    "querido lector",
    "chers lecteurs",
    "about the author",
    "über den autor",
    "über die autorin",
    "zum autor",
    "sobre el autor",
    "à propos de l'auteur",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "comments are closed",
    "join the conversation",
    "einen kommentar",
    "kommentar hinterlassen",
    "kommentar schreiben",
    "kommentar verfassen",
    "kommentare geschlossen",
    "hinterlasse eine antwort",
    "deja un comentario",
    "deja una respuesta",
    "laisser un commentaire",
    "you've read",
    "you have read",
    "free articles",
    "support our journalism",
    "unterstützen sie uns",
    "antworten zu",
    "responses to",
    "replies to",
    "comentar este artículo",
    "dołącz do dyskusji",
    "verraten sie gerne in den kommentaren",
];
/// Bare section headings of a comment thread ("Comments", "12 Kommentare").
const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "comment",
    "kommentare",
    "comentarios",
    "commentaires",
    "responses",
    "reader comments",
    "leserkommentare",
    "diskussion",
];

/// Headings of related-content boxes. They often sit *inside* an article ("Most read" between two
/// paragraphs), so they are not walls: they only weigh heavily against the lines around them.
const SOFT_END_MARKERS: &[&str] = &[
    "related articles",
    "related stories",
    "related posts",
    "related coverage",
    "related news",
    "related content",
    "related topics",
    "ähnliche beiträge",
    "ähnliche artikel",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "you may also like",
    "you might also like",
    "more from",
    "more stories",
    "more news",
    "recommended",
    "recommended for you",
    "most popular",
    "most read",
    "most viewed",
    "meistgelesen",
    "meistgelesene artikel",
    "notas relacionadas",
    "también te puede interesar",
    "à lire aussi",
    "weitere artikel",
    "weitere beiträge",
    "mehr zum thema",
    "neueste beiträge",
    "top stories",
    "trending now",
    "editor's picks",
    "read next",
    "up next",
];

/// Labels that introduce a link to another article on the next line(s): "Related", "Read more",
/// "See also". The short lines right after one are headlines of other articles.
const LINK_LABELS: &[&str] = &[
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "more",
    "watch",
    "listen",
    "lesen sie auch",
    "auch interessant",
    "mehr",
    "mehr zum thema",
    "siehe auch",
    "vea también",
    "lea también",
    "lee también",
    "ver también",
    "mira",
    "à lire aussi",
    "lire aussi",
    "voir aussi",
    "read next",
    "up next",
    "recommended",
];
static LINK_LABEL_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LINK_LABELS.iter().copied().collect());

/// Is the (lower-cased) line a bare label introducing a link to another article?
pub fn is_link_label(lower: &str) -> bool {
    LINK_LABEL_SET.contains(key(lower))
}

/// The closing credit line of a news article ("Jane Roe contributed to this report."): the last
/// line of the article itself, and nothing after it is article text.
const ARTICLE_TAIL_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "additional reporting by",
    "reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "mitarbeit:",
    "mit material von",
];
static ARTICLE_TAIL_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(ARTICLE_TAIL_PHRASES));

/// Is the (lower-cased) line of at most 40 words an article's closing credit line?
pub fn is_article_tail(lower: &str, words: usize) -> bool {
    words <= 40 && ARTICLE_TAIL_MATCHER.is_match(lower)
}

/// A line of at most this many words can be an end-marker heading by containing a marker phrase.
const END_MARKER_WORDS: usize = 8;

/// How strongly a heading says the article is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndMarker {
    None,
    /// Related-content box: weighs against the lines around it.
    Soft,
    /// Comments, author box, paywall, donation letter: the article is over.
    Hard,
}

fn automaton(patterns: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(patterns)
        .expect("lexicon patterns are valid")
}

static WHOLE_LINE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| WHOLE_LINE.iter().copied().collect());
static HARD_END_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(HARD_END_MARKERS));
static SOFT_END_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(SOFT_END_MARKERS));
static SHORT_LINE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(SHORT_LINE_PHRASES));

/// The line as the tables see it: lower case, without surrounding punctuation, symbols and
/// digits, so "Comments (12)", "12 Comments" and "COMMENTS:" all become "comments".
pub fn key(lower: &str) -> &str {
    lower
        .trim_matches(|c: char| !c.is_alphanumeric() || c.is_ascii_digit())
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ' ')
        .trim()
}

/// Is the (lower-cased) line a bare menu item, button or section label?
pub fn is_whole_line_furniture(lower: &str) -> bool {
    let k = key(lower);
    WHOLE_LINE_SET.contains(k) || WHOLE_LINE_SET.contains(lower.trim()) || is_gallery_counter(lower)
}

/// "1 of 12", "3/10": a photo gallery's position.
fn is_gallery_counter(lower: &str) -> bool {
    let mut parts = lower.trim().split([' ', '/']).filter(|p| !p.is_empty());
    let number = |p: Option<&str>| p.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
    let first = parts.next();
    let middle = parts.next();
    match middle {
        Some("of") => number(first) && number(parts.next()) && parts.next().is_none(),
        m => number(first) && number(m) && parts.next().is_none() && lower.contains('/'),
    }
}

/// Does the (lower-cased) line start with a link or label prefix?
pub fn has_furniture_prefix(lower: &str) -> bool {
    let trimmed = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(' && c != '*');
    PREFIXES.iter().any(|p| trimmed.starts_with(p))
}

/// Does the (lower-cased) line contain a phrase that marks a short line as boilerplate?
pub fn has_short_line_phrase(lower: &str) -> bool {
    has_word_match(&SHORT_LINE_MATCHER, lower)
}

/// Is there a match that starts and ends at word boundaries ("subscribe" does not match
/// "oversubscribed", "subscription" does not match "subscriptions")?
fn has_word_match(matcher: &AhoCorasick, lower: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    matcher.find_iter(lower).any(|m| {
        let first = lower[m.start()..].chars().next();
        let last = lower[..m.end()].chars().next_back();
        let before = lower[..m.start()].chars().next_back();
        let after = lower[m.end()..].chars().next();
        (!is_word(first) || !is_word(before)) && (!is_word(last) || !is_word(after))
    })
}

/// Is the (lower-cased) line a heading that says the article is over, and how strongly?
pub fn end_marker(lower: &str, words: usize) -> EndMarker {
    let k = key(lower);
    let short = words <= END_MARKER_WORDS;
    if COMMENT_HEADINGS.contains(&k)
        || HARD_END_MARKERS.contains(&k)
        || (short && HARD_END_MATCHER.is_match(k))
    {
        EndMarker::Hard
    } else if SOFT_END_MARKERS.contains(&k) || (short && SOFT_END_MATCHER.is_match(k)) {
        EndMarker::Soft
    } else {
        EndMarker::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_counts_and_punctuation() {
        assert_eq!(key("12 comments"), "comments");
        assert_eq!(key("comments (12)"), "comments");
        assert_eq!(key("» read more «"), "read more");
        assert!(is_whole_line_furniture("share"));
        assert!(!is_whole_line_furniture("share prices fell sharply."));
    }

    #[test]
    fn end_markers_are_headings_not_sentences() {
        assert_eq!(end_marker("dear reader,", 2), EndMarker::Hard);
        assert_eq!(end_marker("35 comments »", 3), EndMarker::Hard);
        assert_eq!(end_marker("related articles", 2), EndMarker::Soft);
        assert_eq!(
            end_marker(
                "the comments drew criticism from lawmakers across the spectrum on monday.",
                11
            ),
            EndMarker::None
        );
    }
}
