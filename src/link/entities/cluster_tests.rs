use super::*;

fn person(name: &str) -> Local {
    Local {
        name: name.into(),
        kind: EntityKind::Person,
        gazetteer_id: None,
        aliases: vec![],
        short_mentions: 0,
        // Full names in these tests come with a title ("Judge Miriam Okafor"): person-shaped.
        with_role: name.contains(' '),
    }
}

fn names(items: &[Local], clusters: &[Cluster]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = clusters
        .iter()
        .map(|c| {
            let mut v: Vec<String> = c.members.iter().map(|&i| items[i].name.clone()).collect();
            v.sort();
            v
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_bare_surname_joins_the_only_person_with_it_and_neither_of_two() {
    let one = vec![person("Kerry"), person("John Kerry")];
    let c = cluster(&one, &[]);
    assert_eq!(names(&one, &c), vec![vec!["John Kerry", "Kerry"]]);
    assert_eq!(c[0].name, "John Kerry");
    let two = vec![person("Kerry"), person("John Kerry"), person("Mary Kerry")];
    let c = cluster(&two, &[]);
    assert_eq!(c.len(), 3, "{c:?}");
}

#[test]
fn the_result_does_not_depend_on_the_order_of_the_input() {
    let items = vec![
        person("Okafor"),
        person("Miriam Okafor"),
        person("Daniel Okafor"),
        person("Sergey V. Valenko"),
        person("Sergei Valenko"),
        person("Valenko"),
    ];
    let forward = names(&items, &cluster(&items, &[]));
    let mut reversed = items.clone();
    reversed.reverse();
    assert_eq!(names(&reversed, &cluster(&reversed, &[])), forward);
    assert!(forward.contains(&vec![
        "Sergei Valenko".to_string(),
        "Sergey V. Valenko".to_string(),
        "Valenko".to_string()
    ]));
    assert!(forward.contains(&vec!["Okafor".to_string()]));
}

#[test]
fn decisions_merge_and_split() {
    let items = vec![person("Martha Quill"), person("Quill")];
    assert_eq!(cluster(&items, &[]).len(), 1);
    let split = Decision {
        action: "split".into(),
        name: "Martha Quill".into(),
        other_name: "Quill".into(),
        kind: None,
    };
    let c = cluster(&items, &[split]);
    assert_eq!(c.len(), 2);
    let orgs = vec![
        Local {
            kind: EntityKind::Organisation,
            ..person("Kelvar Group")
        },
        Local {
            kind: EntityKind::Organisation,
            ..person("Kelvar Holdings")
        },
    ];
    let merge = Decision {
        action: "merge".into(),
        name: "Kelvar Group".into(),
        other_name: "Kelvar Holdings".into(),
        kind: None,
    };
    let c = cluster(&orgs, &[merge]);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].name, "Kelvar Group");
    assert_eq!(c[0].aliases.get("Kelvar Holdings"), Some(&Origin::User));
}

#[test]
fn a_titled_surname_joins_the_one_family_member_of_the_titles_gender() {
    let items = vec![
        Local {
            short_mentions: 4,
            ..person("Robert Lark")
        },
        Local {
            short_mentions: 4,
            ..person("Martha Lark")
        },
        person("Mr. Lark"),
        person("Mrs. Lark"),
        person("Lark"),
    ];
    let c = names(&items, &cluster(&items, &[]));
    assert!(
        c.contains(&vec!["Mr. Lark".to_string(), "Robert Lark".to_string()]),
        "{c:?}"
    );
    assert!(
        c.contains(&vec!["Martha Lark".to_string(), "Mrs. Lark".to_string()]),
        "{c:?}"
    );
    // A bare surname shared by two people of equal weight stays apart.
    assert!(c.contains(&vec!["Lark".to_string()]), "{c:?}");
}

#[test]
fn initials_written_with_a_short_name_must_agree_with_the_long_ones_middle_names() {
    let items = vec![
        person("Harold T. Voss"),
        person("Harold Voss"),
        person("Harold Ames Voss"),
    ];
    let c = names(&items, &cluster(&items, &[]));
    assert!(c.contains(&vec!["Harold Ames Voss".to_string()]), "{c:?}");
    let items = vec![person("Harold T. Voss"), person("Harold Talbot Voss")];
    assert_eq!(cluster(&items, &[]).len(), 1);
}

#[test]
fn a_surname_with_a_suffix_is_the_sons_and_the_bare_surname_the_fathers() {
    let items = vec![
        person("Okafor Jr."),
        person("Daniel Okafor Jr."),
        person("Daniel Okafor"),
        person("Okafor"),
    ];
    let c = cluster(&items, &[]);
    assert_eq!(
        names(&items, &c),
        vec![
            vec!["Daniel Okafor", "Okafor"],
            vec!["Daniel Okafor Jr.", "Okafor Jr."]
        ]
    );
}

#[test]
fn a_suffix_is_optional_unless_the_news_tells_a_son_apart_by_it() {
    // The Times writes the suffix and a middle initial, others leave them out: one man.
    let items = vec![
        person("Robert Q. Voss Jr."),
        person("Bob Voss"),
        person("Robert Voss"),
    ];
    assert_eq!(cluster(&items, &[]).len(), 1, "{:?}", cluster(&items, &[]));
    // The same name written the same way without the suffix is the father.
    let items = vec![
        person("Robert Q. Voss Jr."),
        person("Robert Q. Voss"),
        person("Bob Voss"),
    ];
    let c = names(&items, &cluster(&items, &[]));
    assert!(c.contains(&vec!["Robert Q. Voss Jr.".to_string()]), "{c:?}");
    let items = vec![person("Robert Voss Jr."), person("Robert Voss")];
    assert_eq!(cluster(&items, &[]).len(), 2);
    // The suffix after the surname alone tells the son from his father.
    let items = vec![
        person("Robert Q. Voss Jr."),
        person("Voss Jr."),
        person("Robert Voss"),
    ];
    let c = names(&items, &cluster(&items, &[]));
    assert!(c.contains(&vec!["Robert Voss".to_string()]), "{c:?}");
    // So does a given name with the suffix ("Don Jr."), and another suffix after the same name.
    let items = vec![
        person("Robert Q. Voss Jr."),
        person("Bob Jr."),
        person("Robert Voss"),
    ];
    assert_eq!(cluster(&items, &[]).len(), 2);
    let items = vec![
        person("Robert Q. Voss Jr."),
        person("Robert Voss Sr."),
        person("Robert Voss"),
    ];
    assert_eq!(cluster(&items, &[]).len(), 3);
}

#[test]
fn a_slip_of_one_letter_inside_a_long_given_name_is_the_same_person() {
    let items = vec![person("Vicenta Orlov"), person("Vincenta Orlov")];
    assert_eq!(cluster(&items, &[]).len(), 1);
    // Not at the end of the name, not between genders, not a short name, not with a third spelling.
    for pair in [
        ["Robert Orlov", "Roberto Orlov"],
        ["Daniel Orlov", "Danielle Orlov"],
        ["Dana Orlov", "Diana Orlov"],
    ] {
        let items = vec![person(pair[0]), person(pair[1])];
        assert_eq!(cluster(&items, &[]).len(), 2, "{pair:?}");
    }
    let items = vec![
        person("Vicenta Orlov"),
        person("Vincenta Orlov"),
        person("Vicentia Orlov"),
    ];
    assert_eq!(cluster(&items, &[]).len(), 3);
}
