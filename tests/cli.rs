//! The command line, run as a user would run it: `check`, `export` and `screenshot`.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::process::Command;

fn sco_explorer(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_summarises_valid_files_and_exits_zero() {
    let output = sco_explorer(&[
        "check",
        "assets/sco.ron",
        "tests/fixtures/valid/minimal.ron",
    ]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(
        text.contains("assets/sco.ron: ok: 27 countries, 86 events, 213 sources, 5 tours"),
        "{text}"
    );
    assert!(
        text.contains(
            "tests/fixtures/valid/minimal.ron: ok: 2 countries, 2 events, 2 sources, 1 tour\n"
        ),
        "{text}"
    );
}

#[test]
fn check_lists_every_problem_with_file_line_column_and_fails() {
    let output = sco_explorer(&[
        "check",
        "tests/fixtures/valid/minimal.ron",
        "tests/fixtures/invalid/many_problems.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("tests/fixtures/invalid/many_problems.ron:38:13: unknown field `titel`"),
        "{text}"
    );
    assert!(text.contains("tests/fixtures/invalid/many_problems.ron:51:21: \"2023-02-30\" is not a real calendar date"), "{text}");
    assert!(text.contains("3 problems found"), "{text}");
    let missing = sco_explorer(&["check", "no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stdout(&missing).contains("no/such/file.ron: cannot read the file"));
}

#[test]
fn export_csv_has_a_header_and_one_row_per_event_in_time_order() {
    let output = sco_explorer(&["export", "--format", "csv"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,kind,title,start,end,city,country,series,numbers,format,participants,observers,size,confidence,confidence_note,sources,outcomes"
    );
    let rows: Vec<&str> = lines.collect();
    let bundled = sco_explorer::model::load_bundled().unwrap();
    assert_eq!(rows.len(), bundled.file().events.len());
    assert!(
        rows[0].starts_with("s5-1996-shanghai,summit,"),
        "{}",
        rows[0]
    );
    assert!(rows.iter().any(|r| r.starts_with(
        "rescue-2013-shaoxing,rescue-drill,Rescue Cooperation-2013,2013-06-11,2013-06-16,"
    )));
}

#[test]
fn export_json_keeps_every_field_and_writes_atomically_to_a_file() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("sco.json");
    let output = sco_explorer(&[
        "export",
        "--format",
        "json",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["events"].as_array().unwrap().len(), 86);
    assert_eq!(json["countries"].as_array().unwrap().len(), 27);
    let pm2005 = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "pm-2005")
        .unwrap();
    assert_eq!(pm2005["start"], "2005-08-18");
    // A translated note exports as its three languages.
    assert!(
        pm2005["confidence"]["Conflict"]["en"]
            .as_str()
            .unwrap()
            .contains("2005-08-19")
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temporary file left"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn screenshot_writes_a_png_of_the_requested_size() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("bishkek.png");
    let output = sco_explorer(&[
        "screenshot",
        "--out",
        path.to_str().unwrap(),
        "--select",
        "summit-2013-bishkek",
        "--size",
        "800x500",
        "--theme",
        "dark",
    ]);
    assert!(output.status.success(), "{output:?}");
    let image = image::open(&path).unwrap();
    assert_eq!((image.width(), image.height()), (800, 500));
    let written = std::fs::read(&path).unwrap();
    let unknown = sco_explorer(&[
        "screenshot",
        "--out",
        path.to_str().unwrap(),
        "--select",
        "nowhere",
    ]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("neither an event id nor a country code")
    );
    // A refused screenshot leaves the PNG already there as it was.
    assert_eq!(std::fs::read(&path).unwrap(), written);
    std::fs::remove_dir_all(&dir).ok();
}

/// Runs the program with a deadline that only a hang can exceed; `None` if it was killed.
fn sco_explorer_or_hang(args: &[&str]) -> Option<std::process::Output> {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Some(child.wait_with_output().unwrap())
}

#[test]
fn check_refuses_a_named_pipe_instead_of_waiting_on_it() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let fifo = dir.join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let output = sco_explorer_or_hang(&["check", fifo.to_str().unwrap()])
        .expect("check on a FIFO must not block");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("this is a named pipe (FIFO), not a dataset file"),
        "{output:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_keeps_each_problem_on_one_line_whatever_the_values_hold() {
    let file = "tests/fixtures/hostile/forged_line.ron";
    let output = sco_explorer(&["check", file]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        !text.contains('\u{1b}'),
        "no terminal escape codes: {text:?}"
    );
    for line in text.lines() {
        assert!(
            line.starts_with(&format!("{file}:")),
            "forged line: {line:?}"
        );
    }
    assert!(text.contains(r"all good\u{1b}[2J"), "{text}");
    assert!(text.contains("1 problem found"), "{text}");
}

#[test]
fn export_csv_neutralises_cells_a_spreadsheet_would_run() {
    let output = sco_explorer(&[
        "export",
        "--format",
        "csv",
        "tests/fixtures/hostile/csv_formula.ron",
    ]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "summit-2001")
        .unwrap();
    assert_eq!(&row[2], "'=HYPERLINK(\"http://evil.example/\",\"click\")");
    assert_eq!(&row[5], "'@SUM(1+1)");
    // Lists are joined first; the cell starts with "+1".
    assert_eq!(&row[16], "'+1; -2");
    // Ordinary cells are untouched.
    assert_eq!(&row[3], "2001-06-14");
}

#[test]
fn export_to_dev_stdout_prints_the_export() {
    let output = sco_explorer(&["export", "--format", "json", "--out", "/dev/stdout"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let bundled = sco_explorer::model::load_bundled().unwrap();
    assert_eq!(
        json["events"].as_array().unwrap().len(),
        bundled.file().events.len()
    );
}

#[test]
fn generate_out_keeps_the_old_file_when_the_write_is_cut_short() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("big.ron");
    std::fs::write(&path, "the old file").unwrap();
    // A file-size limit of 64 KiB kills the program part-way through a 2 MB write,
    // as a full disk or a crash would stop it.
    let output = Command::new("sh")
        .args(["-c", "ulimit -f 64 && exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_sco-explorer"))
        .args([
            "generate",
            "--countries",
            "20",
            "--events",
            "10000",
            "--out",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!output.status.success(), "{output:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "the old file");

    // Without the limit the new file replaces the old one.
    let output = sco_explorer(&[
        "generate",
        "--countries",
        "20",
        "--events",
        "10",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("Dataset(")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn screenshot_refuses_sizes_the_renderer_cannot_make_before_rendering() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("huge.png");
    for (size, scale) in [("2100x300", "4"), ("8000x8000", "1")] {
        let output = sco_explorer_or_hang(&[
            "screenshot",
            "--out",
            path.to_str().unwrap(),
            "--size",
            size,
            "--scale",
            scale,
        ])
        .expect("refused at once, not rendered");
        assert_eq!(output.status.code(), Some(1), "{size}: {output:?}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(
            message.contains("at most 8192 pixels wide or high and 16777216 pixels"),
            "{message}"
        );
    }
    assert!(!path.exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn datasets_lists_every_bundled_dataset_with_its_counts() {
    let output = sco_explorer(&["datasets"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    for bundled in sco_explorer::model::BUNDLED {
        let dataset = bundled.load().unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{}\t", bundled.name)))
            .unwrap_or_else(|| panic!("no line for {}: {text}", bundled.name));
        assert!(line.contains(dataset.file().title.en()), "{line}");
        assert!(
            line.contains(&format!("{} events", dataset.file().events.len())),
            "{line}"
        );
    }
}

#[test]
fn dataset_option_picks_a_bundled_dataset_for_export() {
    let output = sco_explorer(&["export", "--format", "json", "--dataset", "asean"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["organisation"]["short_name"]["en"], "ASEAN");
    assert_eq!(json["organisation"]["short_name"]["ru"], "АСЕАН");
    assert_eq!(json["format_version"], 2);
    // An unknown name is refused with the list of names.
    let unknown = sco_explorer(&["export", "--format", "json", "--dataset", "nato"]);
    assert!(!unknown.status.success());
    let message = String::from_utf8_lossy(&unknown.stderr);
    assert!(message.contains("no bundled dataset \"nato\""), "{message}");
    assert!(message.contains("sco, asean"), "{message}");
}

#[test]
fn screenshot_of_an_asean_scene_uses_the_asean_dataset() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let out = dir.join("asean.png");
    let output = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args([
            "screenshot",
            "--dataset",
            "asean",
            "--select",
            "TLS",
            "--out",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TZ", "UTC")
        .output()
        .unwrap();
    // Timor-Leste is only in the ASEAN dataset: selecting it proves which one was drawn.
    assert!(output.status.success(), "{output:?}");
    assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn export_of_a_version_1_file_is_a_version_2_dataset() {
    let output = sco_explorer(&[
        "export",
        "--format",
        "json",
        "tests/fixtures/valid/minimal_v1.ron",
    ]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["format_version"], 2);
    // The implied definitions are written out, so the export is a complete version 2 dataset.
    assert_eq!(json["statuses"][0]["id"], "member");
    assert_eq!(json["events"][0]["kind"], "summit");
}

#[test]
fn check_and_export_open_a_generated_dataset_of_100k_events_and_refuse_an_absurd_file() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let big = dir.join("big.ron");
    let big_text = big.to_str().unwrap();
    let output = sco_explorer(&[
        "generate",
        "--countries",
        "200",
        "--events",
        "100000",
        "--seed",
        "1",
        "--out",
        big_text,
    ]);
    assert!(output.status.success(), "{output:?}");
    let size = std::fs::metadata(&big).unwrap().len();
    assert!(size > 16 * 1024 * 1024, "larger than the old limit: {size}");

    let output = sco_explorer(&["check", big_text]);
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout(&output).contains("ok: 200 countries, 100000 events"),
        "{}",
        stdout(&output)
    );

    let csv = dir.join("events.csv");
    let output = sco_explorer(&[
        "export",
        "--format",
        "csv",
        big_text,
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let rows = std::fs::read_to_string(&csv).unwrap().lines().count();
    assert_eq!(rows, 100_001, "a header and one row per event");

    // A 2 GB file (sparse: it takes no room) is refused from its size, at once.
    let absurd = dir.join("absurd.ron");
    std::fs::File::create(&absurd)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let started = std::time::Instant::now();
    let output = sco_explorer(&["check", absurd.to_str().unwrap()]);
    assert!(!output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(
        text.contains("the file is 2 GiB (2147483648 bytes); datasets over 256 MiB are refused"),
        "{text}"
    );
    assert!(text.contains("are refused"), "{text}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "refused without reading it"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rendering_without_a_desktop_session_prints_no_false_alarm() {
    let dir = common::temp_dir();
    let out = dir.path().join("shot.png");
    // CI, ssh and cron have no XDG_RUNTIME_DIR; Mesa's device-select layer used
    // to make libwayland print an "error:" line there though nothing failed.
    let output = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["screenshot", "--size", "320x200", "--out"])
        .arg(&out)
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("NODEVICE_SELECT")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(out.exists());
}

#[test]
fn export_into_a_missing_folder_names_the_folder() {
    let output = sco_explorer(&[
        "export",
        "--format",
        "json",
        "--out",
        "no-such-folder/x.json",
    ]);
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("the folder no-such-folder does not exist"),
        "{said}"
    );
    assert!(!said.contains(".tmp"), "{said}");
}

#[test]
fn screenshot_says_when_it_moves_a_date_or_step_into_range() {
    let tmp = common::temp_dir();
    let out = tmp.path().join("x.png");
    let output = sco_explorer(&[
        "screenshot",
        "--as-of",
        "1800-01-01",
        "--present",
        "--step",
        "0",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("note: --as-of 1800-01-01 is outside the dataset's dates (1996-04-26 to "),
        "{said}"
    );
    assert!(
        said.contains("note: --step 0 is outside the tour's steps (1 to "),
        "{said}"
    );
}

#[test]
fn check_stops_quietly_when_its_reader_stops_reading() {
    // `check many.ron | head -1`: before, println! panicked on the closed pipe
    // ("failed printing to stdout: Broken pipe") with a backtrace on stderr.
    let tmp = common::temp_dir();
    let file = tmp.path().join("many.ron");
    let events: String = (0..20_000)
        .map(|i| format!("        Event(id: \"e{i}\", kind: \"rescue-drill\", title: \"Drill\", start: \"2013\", sources: [\"missing{i}\"]),\n"))
        .collect();
    let minimal = std::fs::read_to_string(common::fixture("valid/minimal.ron")).unwrap();
    std::fs::write(
        &file,
        minimal.replacen("    events: [\n", &format!("    events: [\n{events}"), 1),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["check", file.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe.
    let mut first = String::new();
    let stdout = child.stdout.take().unwrap();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut first).unwrap();
    assert!(first.contains("unknown source"), "{first}");
    let output = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(output.status.code(), Some(141), "{said}");
}

/// `quiz --format json` as a value, with its exit code checked.
fn quiz_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["quiz", "--format", "json"];
    all.extend_from_slice(args);
    let output = sco_explorer(&all);
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn quiz_json_is_an_answer_key_that_matches_the_data() {
    let json = quiz_json(&["--dataset", "csto", "--seed", "3", "--count", "12"]);
    assert_eq!(json["code"], "csto-3");
    let questions = json["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 12);
    let csto = sco_explorer::model::find_bundled("csto")
        .unwrap()
        .load()
        .unwrap();
    for q in questions {
        let choices = q["choices"].as_array().unwrap();
        assert!(choices.len() >= 3, "{q}");
        // The answer is one of the choices, or a list of them.
        let answer: Vec<&serde_json::Value> = match &q["answer"] {
            serde_json::Value::Array(list) => list.iter().collect(),
            one => vec![one],
        };
        assert!(answer.iter().all(|a| choices.contains(a)), "{q}");
        let sources = q["sources"].as_array().unwrap();
        assert!(!sources.is_empty());
        assert!(
            sources
                .iter()
                .all(|s| csto.source(s.as_str().unwrap()).is_some())
        );
        // `about` names a sourced record: an event, or a country's status period.
        let about = &q["about"];
        let confidence = if let Some(id) = about["event"].as_str() {
            &csto.event(id).unwrap().confidence
        } else {
            let country = csto.country(about["country"].as_str().unwrap()).unwrap();
            let index = usize::try_from(about["status"].as_u64().unwrap()).unwrap();
            &country.statuses[index].confidence
        };
        assert_eq!(*confidence, sco_explorer::model::Confidence::Sourced, "{q}");
        if q["type"] == "status-year" {
            let country = csto.country(about["country"].as_str().unwrap()).unwrap();
            let index = usize::try_from(about["status"].as_u64().unwrap()).unwrap();
            let year = country.statuses[index].from.year().to_string();
            assert_eq!(q["answer"].as_str(), Some(year.as_str()), "{q}");
        }
    }
}

#[test]
fn quiz_is_the_same_for_a_seed_and_in_every_language() {
    let args = ["--dataset", "asean", "--seed", "9"];
    let english = quiz_json(&args);
    assert_eq!(english, quiz_json(&args));
    let russian = quiz_json(&[&args[..], &["--lang", "ru"]].concat());
    let english = english["questions"].as_array().unwrap();
    let russian = russian["questions"].as_array().unwrap();
    assert_eq!(english.len(), 10);
    assert_eq!(english.len(), russian.len());
    for (en, ru) in english.iter().zip(russian) {
        for key in ["type", "about", "sources", "facts"] {
            assert_eq!(en[key], ru[key], "{key}");
        }
        assert_ne!(en["prompt"], ru["prompt"]);
        let position = |q: &serde_json::Value| {
            let choices = q["choices"].as_array().unwrap().clone();
            match &q["answer"] {
                serde_json::Value::Array(list) => list
                    .iter()
                    .map(|a| choices.iter().position(|c| c == a))
                    .collect::<Vec<_>>(),
                one => vec![choices.iter().position(|c| c == one)],
            }
        };
        assert_eq!(position(en), position(ru));
    }
    let other = quiz_json(&["--dataset", "asean", "--seed", "10"]);
    assert_ne!(english, other["questions"].as_array().unwrap());
}

#[test]
fn quiz_text_numbers_the_questions_and_gives_the_answers() {
    let output = sco_explorer(&["quiz", "--seed", "3", "--count", "2", "--lang", "zh"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(text.starts_with("测验 sco-3："), "{text}");
    assert!(text.contains("\n1. ") && text.contains("\n2. ") && !text.contains("\n3. "));
    assert_eq!(text.matches("答案：").count(), 2, "{text}");
    assert_eq!(text.matches("来源：").count(), 2, "{text}");
}

#[test]
fn quiz_refuses_bad_arguments_with_exit_code_2() {
    for (args, says) in [
        (&["quiz", "--count", "0"][..], "--count"),
        (&["quiz", "--count", "101"][..], "--count"),
        (
            &["quiz", "--dataset", "nato"][..],
            "no bundled dataset \"nato\"",
        ),
        (&["quiz", "--lang", "fr"][..], "not a language"),
        (&["quiz", "--format", "xml"][..], "--format"),
        (&["quiz", "--seed", "x"][..], "--seed"),
        (
            &["quiz", "--dataset", "sco", "--data", "x.ron"][..],
            "cannot be used with",
        ),
    ] {
        let output = sco_explorer(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(error.contains(says), "{args:?}: {error}");
    }
    let missing = sco_explorer(&["quiz", "--data", "no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(1));
}
