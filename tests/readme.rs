//! README.md stays true to the program: its keyboard table is the keymap.

use sco_explorer::actions::readme_table;

#[test]
fn readme_keyboard_table_matches_the_keymap() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = "<!-- keymap: generated from src/actions.rs; tests/readme.rs checks it -->\n";
    let end = "<!-- /keymap -->";
    let from = readme.find(start).expect("README has no keymap block") + start.len();
    let to = from
        + readme[from..]
            .find(end)
            .expect("the keymap block is not closed");
    let expected = readme_table();
    assert!(
        readme[from..to] == expected,
        "README's keyboard table differs from the keymap; replace the block with:\n{expected}"
    );
}

#[test]
fn readme_states_the_text_limits_the_loader_applies() {
    use sco_explorer::model::TextKind;
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let from = readme
        .find("<!-- text limits")
        .expect("README has no text limits block");
    let to = from + readme[from..].find("<!-- /text limits -->").unwrap();
    let block = &readme[from..to];
    for kind in TextKind::ALL {
        let row = format!("\n| {} | {} |", kind.what(), kind.max_chars());
        assert!(
            block.contains(&row),
            "README's text limits lack the row {row:?}"
        );
    }
    assert_eq!(
        block.matches("\n| ").count(),
        TextKind::ALL.len() + 1,
        "{block}"
    );
}
