//! Unit tests of the quote groups rules.

use super::*;

#[test]
fn spelling_and_contraction_variants_normalize_alike() {
    assert_eq!(
        normalized_words("This is not yet co-ordinated. We\u{2019}re meeting"),
        normalized_words("this is not yet coordinated; we are meeting")
    );
    assert_eq!(
        normalized_words("We recognise the colour"),
        vec!["we", "recognize", "the", "color"]
    );
}

#[test]
fn a_name_of_several_words_is_one_token() {
    assert_eq!(
        name_tokens("fit to serve as President of the United States, she said"),
        vec![
            "fit",
            "to",
            "serve",
            "as",
            "president_of_the_united_states",
            "she",
            "said"
        ]
    );
    assert_eq!(
        name_tokens("I told the FBI"),
        vec!["i", "told", "the", "fbi"]
    );
}

#[test]
fn two_remarks_sharing_only_a_title_are_not_one_quote() {
    let q: Vec<QuoteIn> = [
        "She is in excellent physical condition and fit to serve as President of the United States.",
        "He is no longer the biggest wimp ever to serve as President of the United States.",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| QuoteIn::new(t, None, i as i64))
    .collect();
    assert_eq!(cluster(&q).len(), 2);
}

fn quotes(texts: &[(&str, i64)]) -> Vec<QuoteIn> {
    texts
        .iter()
        .enumerate()
        .map(|(i, (t, day))| QuoteIn::new(t, Some(*day), i as i64))
        .collect()
}

#[test]
fn part_of_a_quote_joins_the_full_quote_and_others_stay_apart() {
    let q = quotes(&[
        (
            "I think the critical thing is that all of the efforts need to be co-ordinated,",
            0,
        ),
        (
            "all of the efforts need to be coordinated. This is not yet coordinated.",
            0,
        ),
        ("We will never agree to that plan", 0),
        (
            "I think the critical thing is that all of the efforts need to be coordinated",
            1,
        ),
        (
            "This is not yet co-ordinated. I think we have concerns about how to go on.",
            0,
        ),
        ("We have concerns about the plan, but we will talk.", 0),
    ]);
    assert_eq!(cluster(&q), vec![vec![0, 1, 3, 4], vec![2], vec![5]]);
}

#[test]
fn a_stock_phrase_does_not_join_two_remarks() {
    let q = quotes(&[
        (
            "The harbour was cleared in a very short period of time by the crews on duty",
            0,
        ),
        (
            "Prices rose in a very short period of time, and families could not keep up",
            0,
        ),
    ]);
    assert_eq!(cluster(&q).len(), 2);
}

#[test]
fn a_short_partial_quote_joins_by_four_words_only_when_they_are_all_of_it() {
    let q = quotes(&[
        // A partial quote of four words, all inside the full one.
        ("harbour of broken promises", 0),
        ("Vardholm has become a harbour of broken promises.", 0),
        // Four words of six shared with another speaker's remark.
        ("not getting ferries back to work", 0),
        ("the minister will help get the ferries back to work", 0),
        // An outlet's bracketed insertion is not the speaker's words.
        ("[Mayor Ingrid] Moe's war on the fishermen", 0),
        ("I will end Moe's war on the fishermen", 0),
    ]);
    assert_eq!(cluster(&q), vec![vec![0, 1], vec![2], vec![3], vec![4, 5]]);
}

#[test]
fn short_quotes_days_apart_are_different_news_long_verbatim_ones_are_not() {
    let long = "we will keep every berth working until the ice breaks and the ships come home";
    let q = quotes(&[
        ("a witch hunt", 0),
        ("a witch hunt", 400),
        ("a witch hunt", 1),
        (long, 0),
        (long, 900),
    ]);
    assert_eq!(cluster(&q), vec![vec![0, 2], vec![1], vec![3, 4]]);
}

#[test]
fn regroup_keeps_each_speaker_and_groups_unattributed_quotes() {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE articles (article_id INTEGER PRIMARY KEY, outlet_id INTEGER, published TEXT);
         CREATE TABLE article_copies (article_id INTEGER, original_article_id INTEGER);
         CREATE TABLE quote_groups (quote_group_id INTEGER PRIMARY KEY, speaker_entity_id INTEGER,
             text TEXT NOT NULL, speakers INTEGER, outlets INTEGER, articles INTEGER,
             first_published TEXT);
         CREATE TABLE quotes (quote_id INTEGER PRIMARY KEY, article_id INTEGER, speaker_entity_id INTEGER,
             text TEXT, kind TEXT, quote_group_id INTEGER);
         CREATE TABLE entities (entity_id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
         INSERT INTO entities VALUES (7, 'Ilse Marren', 'person'), (8, 'Tomas Ardel', 'person');
         INSERT INTO articles VALUES (1, 1, '2031-01-01'), (2, 2, '2031-01-01'), (3, 3, '2031-01-02');
         INSERT INTO quotes VALUES (1, 1, 7, 'This is not yet co-ordinated. I think we have concerns', 'speech', NULL);
         INSERT INTO quotes VALUES (2, 2, NULL, 'This is not yet coordinated. I think we have concerns', 'partial', NULL);
         INSERT INTO quotes VALUES (3, 3, 8, 'This is not yet coordinated. I think we have concerns', 'speech', NULL);
         INSERT INTO quotes VALUES (4, 1, 7, 'the deal', 'phrase', NULL);",
    )
    .unwrap();
    regroup(&conn).unwrap();
    regroup(&conn).unwrap(); // idempotent
    let groups: Vec<Option<i64>> = conn
        .prepare("SELECT quote_group_id FROM quotes ORDER BY quote_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(groups[0], groups[1]);
    assert_eq!(groups[0], groups[2]);
    assert_eq!(groups[3], None);
    let counts: (i64, i64, i64, String) = conn
        .query_row(
            "SELECT speakers, outlets, articles, first_published FROM quote_groups",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(counts, (2, 3, 3, "2031-01-01".to_string()));
}

/// A group's first date is written back from the day numbers the grouping compares: the same date.
#[test]
fn day_numbers_turn_back_into_their_dates() {
    for date in [
        "2021-04-30",
        "2020-02-29",
        "1969-12-31",
        "1970-01-01",
        "2099-12-31",
    ] {
        let day = day_number(date).unwrap();
        assert_eq!(date_of_day(day), date);
    }
    assert_eq!(day_number("1970-01-02"), Some(1));
}
