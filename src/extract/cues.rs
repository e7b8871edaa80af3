//! The vocabulary of attribution: verbs and phrases that introduce what someone said or asserted.
//! Shared by [`super::quotes`] and [`super::claims`] so both recognise the same cues.

/// Lemmas of speech and assertion verbs, with their inflected forms. A cue matches one of the forms as a
/// whole word, case-insensitively.
pub const SPEECH_VERBS: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("add", &["add", "adds", "added", "adding"]),
    (
        "announce",
        &["announce", "announces", "announced", "announcing"],
    ),
    ("state", &["state", "states", "stated", "stating"]),
    ("write", &["write", "writes", "wrote", "writing"]),
    ("report", &["report", "reports", "reported", "reporting"]),
    ("reply", &["reply", "replies", "replied", "replying"]),
    (
        "respond",
        &["respond", "responds", "responded", "responding"],
    ),
    ("insist", &["insist", "insists", "insisted", "insisting"]),
    ("warn", &["warn", "warns", "warned", "warning"]),
    ("tweet", &["tweet", "tweets", "tweeted", "tweeting"]),
    ("claim", &["claim", "claims", "claimed", "claiming"]),
    ("argue", &["argue", "argues", "argued", "arguing"]),
    (
        "explain",
        &["explain", "explains", "explained", "explaining"],
    ),
    ("note", &["note", "notes", "noted", "noting"]),
    ("ask", &["ask", "asks", "asked", "asking"]),
    ("declare", &["declare", "declares", "declared", "declaring"]),
    ("deny", &["deny", "denies", "denied", "denying"]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    (
        "acknowledge",
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
    ),
    (
        "estimate",
        &["estimate", "estimates", "estimated", "estimating"],
    ),
    ("cite", &["cite", "cites", "cited", "citing"]),
    (
        "confirm",
        &["confirm", "confirms", "confirmed", "confirming"],
    ),
    (
        "suggest",
        &["suggest", "suggests", "suggested", "suggesting"],
    ),
    (
        "predict",
        &["predict", "predicts", "predicted", "predicting"],
    ),
    ("promise", &["promise", "promises", "promised", "promising"]),
    ("recall", &["recall", "recalls", "recalled", "recalling"]),
    ("remark", &["remark", "remarks", "remarked", "remarking"]),
    (
        "comment",
        &["comment", "comments", "commented", "commenting"],
    ),
    ("continue", &["continued"]),
    ("concede", &["concede", "concedes", "conceded", "conceding"]),
    (
        "contend",
        &["contend", "contends", "contended", "contending"],
    ),
    (
        "maintain",
        &["maintain", "maintains", "maintained", "maintaining"],
    ),
    ("assert", &["assert", "asserts", "asserted", "asserting"]),
    ("allege", &["allege", "alleges", "alleged", "alleging"]),
    ("believe", &["believe", "believes", "believed"]),
    ("think", &["think", "thinks", "thought"]),
    (
        "emphasize",
        &[
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasise",
            "emphasises",
            "emphasised",
        ],
    ),
    ("stress", &["stress", "stresses", "stressed", "stressing"]),
    ("urge", &["urge", "urges", "urged", "urging"]),
    ("point out", &["pointed out", "points out", "point out"]),
    ("shout", &["shout", "shouts", "shouted"]),
    ("joke", &["joke", "jokes", "joked"]),
    ("quip", &["quip", "quips", "quipped"]),
    ("complain", &["complain", "complains", "complained"]),
    ("boast", &["boast", "boasts", "boasted"]),
    ("demur", &["demur", "demurs", "demurred"]),
    ("reveal", &["reveal", "reveals", "revealed"]),
    ("testify", &["testify", "testifies", "testified"]),
    ("describe", &["describe", "describes", "described"]),
    ("call", &["called"]),
    // Added for quote attribution: verbs news uses to close a quote ("...," he concluded).
    ("conclude", &["conclude", "concludes", "concluded"]),
    ("observe", &["observe", "observes", "observed"]),
    ("counter", &["counter", "counters", "countered"]),
    ("exclaim", &["exclaim", "exclaims", "exclaimed"]),
    ("proclaim", &["proclaim", "proclaims", "proclaimed"]),
    ("retort", &["retort", "retorts", "retorted"]),
    ("vow", &["vow", "vows", "vowed"]),
    ("pledge", &["pledged"]),
    ("caution", &["cautions", "cautioned"]),
    ("recount", &["recount", "recounts", "recounted"]),
    ("muse", &["mused", "muses"]),
    ("scoff", &["scoffed", "scoffs"]),
    ("agree", &["agreed", "agrees"]),
    ("yell", &["yell", "yells", "yelled"]),
    ("scream", &["screamed", "screams"]),
    ("whisper", &["whispered", "whispers"]),
    ("mutter", &["muttered", "mutters"]),
    ("post", &["posted"]),
    ("begin", &["began"]),
    ("go on", &["went on"]),
    ("charge", &["charged"]),
    ("lament", &["lamented", "laments"]),
    ("declare", &["proclaimed"]),
    ("summarize", &["summarized", "summarised"]),
    ("interject", &["interjected"]),
    ("chant", &["chanted", "chant"]),
    ("quote", &["quoted"]),
    ("answer", &["answer", "answers", "answered"]),
    ("assure", &["assured", "assures"]),
    ("surmise", &["surmised"]),
    ("elaborate", &["elaborated"]),
    ("reason", &["reasoned"]),
    ("marvel", &["marveled", "marvelled"]),
    ("gush", &["gushed"]),
    ("sigh", &["sighed"]),
    ("laugh", &["laughed"]),
    ("shoot back", &["shot back"]),
    ("fire back", &["fired back"]),
    ("hit back", &["hit back"]),
    ("chime in", &["chimed in"]),
    ("weigh in", &["weighed in"]),
    ("spell out", &["spelled out"]),
    ("opine", &["opined", "opines"]),
];

/// Multi-word cues that put the source after them: "according to X".
pub const SOURCE_FIRST_PHRASES: &[&str] = &["according to", "in the words of", "as quoted by"];

/// Returns the lemma of a speech verb form, if `word` (any case) is one.
pub fn speech_verb_lemma(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    SPEECH_VERBS
        .iter()
        .find(|(_, forms)| forms.iter().any(|f| *f == lower))
        .map(|(lemma, _)| *lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_map_to_lemmas() {
        assert_eq!(speech_verb_lemma("Told"), Some("tell"));
        assert_eq!(speech_verb_lemma("insisted"), Some("insist"));
        assert_eq!(speech_verb_lemma("table"), None);
    }
}
