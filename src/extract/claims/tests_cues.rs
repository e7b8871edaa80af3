//! Cue families of `data/lexicon/cues.txt` beyond "said": verbs of saying in a manner, judging aloud,
//! knowing and intending, on invented sentences.

use super::tests::run;
use crate::extract::Stance;

/// One sentence per family: each cue frames a claim with the subject as its source.
#[test]
fn verbs_of_each_family_frame_claims() {
    let out = run(&[
        "The harbour master hinted that the ferry fares would rise in spring.",
        "Councillor Omar Reyes lambasted the toll board for its late accounts.",
        "The fishermen realized that the new quota favoured the larger boats.",
        "Mayor Lena Ortiz aims to reopen the old pier before the summer festival.",
        "The ferry union implored the board to keep the night crossings.",
    ]);
    let c = out.find("ferry fares would rise");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour master"));
    assert!(c.hedged, "a hint is tentative");
    let c = out.find("toll board");
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    let c = out.find("new quota");
    assert_eq!(out.source_text(c).as_deref(), Some("The fishermen"));
    let c = out.find("reopen the old pier");
    assert_eq!(out.source_text(c).as_deref(), Some("Mayor Lena Ortiz"));
    assert_eq!(c.stance, Stance::Wish);
    let c = out.find("night crossings");
    assert_eq!(c.stance, Stance::Request);
}

/// A judging verb is a view: it frames a claim but never names the speaker of a quotation.
#[test]
fn a_judging_verb_is_no_quote_attribution() {
    assert_eq!(crate::extract::cues::speech_verb_lemma("lambasted"), None);
    assert_eq!(
        crate::extract::cues::claim_verb_lemma("lambasted"),
        Some("lambaste")
    );
    assert_eq!(crate::extract::cues::speech_verb_lemma("hinted"), Some("hint"));
}
