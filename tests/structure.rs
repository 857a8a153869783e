//! Holds the line on the code's structure (issue "One picture of what is
//! shown, one door for input, layers without circles"): no circle between the
//! crate's top-level modules, none between the files of one folder, and no
//! source file longer than the limit below (its `#[cfg(test)]` module and the
//! data tables listed aside). It reads `src/` as text: `crate::name` and
//! `super::name` paths are the edges.
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Longest a source file may be, in lines, not counting its test module.
const MAX_FILE_LINES: usize = 500;

/// Files that are data tables rather than code, exempt from the length limit.
const TABLES: &[&str] = &[];

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The file's code lines: comments dropped, and the test module (from a
/// `#[cfg(test)]` line followed by `mod`) left out.
fn code_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut code = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        if line.starts_with("#[cfg(test)]") && next.starts_with("mod ") {
            break;
        }
        if !line.starts_with("//") {
            code.push(lines[i]);
        }
        i += 1;
    }
    code
}

/// The names that follow `prefix` in `line` (`crate::model::X` gives `model`).
fn names_after<'a>(line: &'a str, prefix: &str) -> Vec<&'a str> {
    line.match_indices(prefix)
        .filter(|(at, _)| {
            // `$crate::` inside a macro is the crate too; `xcrate::` is not.
            let before = line[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, _)| {
            let rest = &line[at + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Names the `use crate::{a, b::c}` groups in `text` bring in at their top
/// level (groups may span lines).
fn grouped_names(text: &str, prefix: &str) -> Vec<String> {
    let opening = format!("{prefix}{{");
    let mut names = Vec::new();
    for (at, _) in text.match_indices(&opening) {
        let rest = &text[at + opening.len()..];
        let mut depth = 0;
        let mut current = String::new();
        for c in rest.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => names.push(std::mem::take(&mut current)),
                _ if depth == 0 => current.push(c),
                _ => {}
            }
        }
        names.push(current);
    }
    names
        .iter()
        .filter_map(|n| n.trim().split("::").next().map(str::to_owned))
        .filter(|n| !n.is_empty())
        .collect()
}

/// A circle in `edges`, if there is one, as the names along it.
fn find_circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_owned(), 1);
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let start = path.iter().position(|n| n == next).unwrap_or(0);
                    let mut circle = path[start..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                Some(_) => {}
                None => {
                    if let Some(circle) = visit(next, edges, state, path) {
                        return Some(circle);
                    }
                }
            }
        }
        path.pop();
        state.insert(node.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node.as_str()) {
            let mut path = Vec::new();
            if let Some(circle) = visit(node, edges, &mut state, &mut path) {
                return Some(circle);
            }
        }
    }
    None
}

/// The top-level modules: files and folders directly under `src/`.
fn top_modules(src: &Path) -> BTreeSet<String> {
    std::fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_owned();
            (p.is_dir() || stem != "lib" && stem != "main").then_some(stem)
        })
        .collect()
}

/// Edges between top-level modules (`tr` is the catalogs' macro, in `i18n`).
fn top_level_edges(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let modules = top_modules(src);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).unwrap();
        let first = relative.components().next().unwrap();
        let from = Path::new(first.as_os_str())
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !modules.contains(&from) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = code_lines(&text).join("\n");
        let mut names: Vec<String> = names_after(&code, "crate::")
            .into_iter()
            .map(str::to_owned)
            .collect();
        names.extend(grouped_names(&code, "crate::"));
        {
            for name in names {
                let to = if name == "tr" {
                    "i18n".to_owned()
                } else {
                    name
                };
                if to != from && modules.contains(&to) {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    edges
}

/// Edges between the files of one folder (`super::sibling`), per folder.
fn folder_edges(src: &Path) -> BTreeMap<PathBuf, BTreeMap<String, BTreeSet<String>>> {
    let mut folders: BTreeMap<PathBuf, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in rust_files(src) {
        let folder = file.parent().unwrap().to_owned();
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        if stem == "mod" || folder == src {
            continue;
        }
        let siblings: BTreeSet<String> = std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(|e| {
                let p = e.unwrap().path();
                let stem = p.file_stem()?.to_str()?.to_owned();
                (stem != "mod").then_some(stem)
            })
            .collect();
        let folder_name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        let code = code_lines(&text).join("\n");
        {
            let line = code.as_str();
            let mut names: Vec<String> = names_after(line, "super::")
                .into_iter()
                .map(str::to_owned)
                .collect();
            names.extend(grouped_names(line, "super::"));
            let inner = format!("{folder_name}::");
            for crate_path in names_after(line, "crate::") {
                if crate_path == folder_name
                    && let Some(at) = line.find(&format!("crate::{inner}"))
                {
                    names.extend(
                        names_after(&line[at..], &inner)
                            .into_iter()
                            .map(str::to_owned),
                    );
                }
            }
            for name in names {
                if name != stem && siblings.contains(&name) {
                    let edges = folders.entry(folder.clone()).or_default();
                    edges.entry(stem.clone()).or_default().insert(name);
                }
            }
        }
    }
    folders
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_circle_between_top_level_modules() {
    let edges = top_level_edges(&src());
    assert!(edges.contains_key("app"), "the scan found the app's edges");
    if let Some(circle) = find_circle(&edges) {
        panic!("module circle: {}", circle.join(" -> "));
    }
}

#[test]
fn no_circle_between_the_files_of_a_folder() {
    for (folder, edges) in folder_edges(&src()) {
        if let Some(circle) = find_circle(&edges) {
            panic!("circle in {}: {}", folder.display(), circle.join(" -> "));
        }
    }
}

#[test]
fn no_source_file_is_longer_than_the_limit() {
    let src = src();
    let mut long = Vec::new();
    for file in rust_files(&src) {
        let name = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if TABLES.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = code_lines(&text).len();
        if lines > MAX_FILE_LINES {
            long.push(format!("{name}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_FILE_LINES} lines (split by concern): {long:#?}"
    );
}

#[test]
fn the_checks_see_a_circle_and_a_long_file() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_circle(&edges), None);
    edges.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_circle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let text = "fn a() {}\n// note\n#[cfg(test)]\nmod tests {\n fn t() {}\n}\n";
    assert_eq!(code_lines(text), vec!["fn a() {}"]);
    assert_eq!(
        names_after("use crate::model::{Dataset}; $crate::i18n::x", "crate::"),
        vec!["model", "i18n"]
    );
    assert_eq!(
        grouped_names("use crate::{app::ExplorerApp, png::save_png};", "crate::"),
        vec!["app", "png"]
    );
}
