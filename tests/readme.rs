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
