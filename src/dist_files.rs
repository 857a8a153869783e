//! The files a package installs beside the binary, generated from the command
//! line's own definition so that they never drift from it: the man pages
//! (`sco-explorer.1` and one page per subcommand) and the bash, zsh and fish
//! completions.
//!
//! `sco-explorer dist-files --out DIR` writes them; `scripts/package-deb.sh`
//! runs it. The command is added to the parser at run time ([`with_command`])
//! rather than declared with the others, so the man pages and completions,
//! generated from the declared commands alone, do not offer it to users.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command, value_parser};
use clap_complete::Shell;

/// The hidden command's name.
pub const COMMAND: &str = "dist-files";

/// The shells completions are written for.
pub const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

/// `cli` with the hidden `dist-files` command added.
pub fn with_command(cli: Command) -> Command {
    cli.subcommand(
        Command::new(COMMAND)
            .hide(true)
            .about("Write the man pages and shell completions (for packaging).")
            .arg(
                Arg::new("out")
                    .long("out")
                    .value_name("DIR")
                    .required(true)
                    .value_parser(value_parser!(PathBuf))
                    .help("The folder to write them into (created when missing)."),
            ),
    )
}

/// The folder `dist-files --out` names, when that command was given.
pub fn requested(matches: &ArgMatches) -> Option<&Path> {
    matches
        .subcommand_matches(COMMAND)?
        .get_one::<PathBuf>("out")
        .map(PathBuf::as_path)
}

/// Writes the man pages (`NAME.1`, `NAME-SUBCOMMAND.1`) and the completions
/// (`NAME.bash`, `_NAME` for zsh, `NAME.fish`) for `cli`, named after its
/// name, into `out`, which is created when missing. Returns the man pages
/// now in `out` (sorted), then the completion files.
pub fn write(cli: &Command, out: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(out)?;
    clap_mangen::generate_to(cli.clone(), out)?;
    let mut written = Vec::new();
    for entry in std::fs::read_dir(out)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "1") {
            written.push(path);
        }
    }
    written.sort();
    let name = cli.get_name().to_owned();
    for shell in SHELLS {
        let mut cmd = cli.clone();
        written.push(clap_complete::generate_to(shell, &mut cmd, &name, out)?);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cli() -> Command {
        Command::new("demo")
            .version("1.0")
            .about("A demo.")
            .subcommand(Command::new("first").about("The first."))
            .subcommand(Command::new("second").arg(Arg::new("file")))
    }

    #[test]
    fn the_hidden_command_parses_and_is_not_documented() {
        let matches = with_command(cli())
            .try_get_matches_from(["demo", COMMAND, "--out", "x"])
            .unwrap();
        assert_eq!(requested(&matches), Some(Path::new("x")));
        let matches = with_command(cli())
            .try_get_matches_from(["demo", "first"])
            .unwrap();
        assert_eq!(requested(&matches), None);

        let dir = tempfile::tempdir().unwrap();
        let written = write(&cli(), dir.path()).unwrap();
        let names: Vec<_> = written
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "demo-first.1",
                "demo-second.1",
                "demo.1",
                "demo.bash",
                "_demo",
                "demo.fish"
            ]
        );
        for path in &written {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(!text.contains(COMMAND), "{}", path.display());
        }
        let page = std::fs::read_to_string(dir.path().join("demo.1")).unwrap();
        assert!(page.contains("first") && page.contains("second"), "{page}");
    }
}
