//! The `chatwise` command line: validate packs, walk lessons in a terminal, list lessons,
//! export printable documents.

mod check;
mod export;
mod lessons;
pub mod site;
mod walk;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::library::origin::Origin;

/// Exit status for a usage problem (bad arguments, unknown lesson).
pub const EXIT_USAGE: u8 = 2;

/// ChatWise: interactive lessons on sexting, grooming and sextortion, and where to get help.
#[derive(Debug, Parser)]
#[command(name = "chatwise", version, about, long_about = None)]
pub struct Cli {
    /// Lesson folder (with pack.ron and lessons/). Default: ./content if present, else the built-in lessons.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Translation folder (with one folder per language). Default: beside the content folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// A pack folder with content/ and locales/ inside (instead of --content and --locales).
    /// Default: ./content, else a `pack` folder beside this program, else the built-in lessons.
    #[arg(long, global = true, value_name = "DIR", conflicts_with_all = ["content", "locales"])]
    pub pack: Option<PathBuf>,
    /// App: where progress and settings are saved (default: the user's data folder).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// App: window size in logical pixels, e.g. 1280x800 or 360x640.
    #[arg(long, value_name = "WxH", default_value = "1280x800", value_parser = parse_size)]
    pub size: (f32, f32),
    /// App: screenshot, demo and benchmark aids (feature `dev`; hidden from `--help`).
    #[cfg(feature = "dev")]
    #[command(flatten)]
    pub dev: crate::app::dev::DevOptions,
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_size(s: &str) -> Result<(f32, f32), String> {
    let (w, h) = s.split_once('x').ok_or_else(|| format!("`{s}` is not WIDTHxHEIGHT, e.g. 1280x800"))?;
    let parse = |v: &str| {
        v.parse::<f32>().ok().filter(|v| *v >= 200.0).ok_or_else(|| format!("`{v}` is not a size of at least 200"))
    };
    Ok((parse(w)?, parse(h)?))
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate lessons and translations; every finding names file:line:column.
    Check {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Play a lesson in the terminal.
    Walk {
        /// The lesson's id (see `chatwise lessons`).
        lesson: String,
        /// Language code, e.g. en or uk. Default: the system language, else English.
        #[arg(long)]
        lang: Option<String>,
        /// Choices in order, e.g. 2,1,3 (a multiple-choice answer is 1+3; a sort takes one group per card).
        #[arg(long, value_delimiter = ',', conflicts_with = "auto")]
        choose: Option<Vec<String>>,
        /// Choose automatically: `first`, or `random:SEED`.
        #[arg(long, value_parser = parse_auto)]
        auto: Option<Auto>,
        /// Give up after this many actions (guards against loops).
        #[arg(long, default_value_t = 1000)]
        max_steps: usize,
        /// At the end, print the path taken (steps entered, replies, answers) one event a line.
        #[arg(long)]
        transcript: bool,
    },
    /// Write a printable lesson plan, take-home sheet or family agreement as an HTML file.
    Export {
        /// plan, handout or agreement.
        #[arg(value_enum)]
        document: export::Kind,
        /// The lesson's id (see `chatwise lessons`).
        lesson: String,
        /// Language code, e.g. en, uk or kk.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Country for the help and reporting section (ISO code, e.g. GB, UA, KZ). Default: international help.
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_enum, default_value_t = export::PaperArg::A4)]
        paper: export::PaperArg,
        /// The HTML file to write; open it in a browser and print, or save as PDF. For
        /// `results`, FILE.csv writes the counts as CSV instead.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// For `results`: the learning check's counts, a CSV file the app saved (or merged).
        #[arg(long, value_name = "FILE.csv")]
        counts: Option<PathBuf>,
    },
    /// Add up learning-check CSV files from many classes into one summary (no server, no names:
    /// the files hold counts only).
    MergeChecks {
        /// The CSV files the app saved ("Save the counts"), or earlier summaries.
        #[arg(required = true, value_name = "FILE.csv")]
        files: Vec<PathBuf>,
        /// The summary CSV file to write.
        #[arg(long, value_name = "SUMMARY.csv")]
        out: PathBuf,
    },
    /// Write a complete static website for a pack (checked first: a pack with errors is refused).
    Site {
        /// The folder to write the site into (new or empty, or a site written before).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The prebuilt web player. Default: web-player beside this program, else ./dist.
        #[arg(long, value_name = "DIR")]
        player: Option<PathBuf>,
        /// The language learners start in (a code from pack.ron). Default: pack.ron's default_language.
        #[arg(long)]
        language: Option<String>,
        /// The country whose help shows first (ISO code in portals.ron). Default: pack.ron's default_country.
        #[arg(long)]
        country: Option<String>,
        /// The organisation's name, shown while loading, on the start screen and in the web manifest.
        #[arg(long)]
        organisation: Option<String>,
    },
    /// For web/build.sh: write a web player's strings.json and script fonts into DIR.
    #[command(hide = true)]
    PageFiles {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Where the shipped fonts are (assets/fonts in a clone).
        #[arg(long, value_name = "DIR", default_value = "assets/fonts")]
        fonts: PathBuf,
    },
    /// List the lessons with topic, ages, minutes, audiences and translation coverage.
    Lessons {
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// How `walk --auto` picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auto {
    First,
    Random(u64),
}

fn parse_auto(s: &str) -> Result<Auto, String> {
    match s.split_once(':') {
        None if s == "first" => Ok(Auto::First),
        Some(("random", seed)) => {
            seed.parse().map(Auto::Random).map_err(|_| format!("`{seed}` is not a number; write e.g. random:42"))
        }
        _ => Err(format!("`{s}` is not `first` or `random:SEED`")),
    }
}

impl Cli {
    /// Where to read the pack from, from `--content` / `--locales` or the defaults.
    pub fn origin(&self) -> Origin {
        let beside = |dir: &PathBuf, name: &str| dir.parent().map_or_else(|| PathBuf::from(name), |p| p.join(name));
        if let Some(pack) = &self.pack {
            return Origin::Folders { content: pack.join("content"), locales: pack.join("locales") };
        }
        match (&self.content, &self.locales) {
            (None, None) => Origin::default_for_cwd(),
            (Some(content), None) => Origin::Folders { locales: beside(content, "locales"), content: content.clone() },
            (None, Some(locales)) => Origin::Folders { content: beside(locales, "content"), locales: locales.clone() },
            (Some(content), Some(locales)) => Origin::Folders { content: content.clone(), locales: locales.clone() },
        }
    }
}

/// Runs the command line with the process's arguments and standard streams.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let code = run(&cli, &mut input, &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    ExitCode::from(code)
}

/// Runs a parsed command with the given streams; returns the exit status.
pub fn run(cli: &Cli, input: &mut dyn std::io::BufRead, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match &cli.command {
        None => Ok(run_app(cli, err)),
        Some(Command::Check { format }) => check::run(&cli.origin(), *format, out),
        Some(Command::Export { document, lesson, lang, country, paper, out: file, counts }) => {
            let request = export::Request {
                kind: *document,
                lesson,
                lang,
                country: country.as_deref(),
                paper: *paper,
                out: file,
                counts: counts.as_deref(),
            };
            export::run(&cli.origin(), &request, out, err)
        }
        Some(Command::MergeChecks { files, out: file }) => export::merge_checks(files, file, out, err),
        Some(Command::Site { out: dir, player, language, country, organisation }) => {
            let request = site::Request {
                out: dir.clone(),
                player: player.clone(),
                settings: crate::library::bundle::SiteSettings {
                    organisation: organisation.clone(),
                    language: language.clone(),
                    country: country.as_ref().map(|c| c.to_ascii_uppercase()),
                },
            };
            site::run(&cli.origin(), &request, out, err)
        }
        Some(Command::PageFiles { out: dir, fonts }) => site::page_files(&cli.origin(), dir, fonts, err),
        Some(Command::Lessons { lang, format }) => lessons::run(&cli.origin(), lang.as_deref(), *format, out, err),
        Some(Command::Walk { lesson, lang, choose, auto, max_steps, transcript }) => {
            let source = match (choose, auto) {
                (Some(tokens), _) => walk::Choices::Scripted(tokens.clone().into()),
                (None, Some(auto)) => walk::Choices::Auto(*auto),
                (None, None) => walk::Choices::Input(input),
            };
            let options = walk::Options { lang: lang.as_deref(), max_steps: *max_steps, transcript: *transcript };
            walk::run(&cli.origin(), lesson, &options, source, out, err)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "chatwise: could not read the lesson files: {e}");
            1
        }
    }
}

/// Starts the window app (or explains how to get one in a build without it).
#[cfg(feature = "app")]
fn run_app(cli: &Cli, _err: &mut dyn Write) -> u8 {
    crate::app::run(crate::app::Options {
        origin: cli.origin(),
        live_reload: cli.content.is_some() || cli.locales.is_some(),
        data_dir: cli.data_dir.clone(),
        size: cli.size,
        #[cfg(feature = "dev")]
        dev: cli.dev.clone(),
    })
}

#[cfg(not(feature = "app"))]
fn run_app(_cli: &Cli, err: &mut dyn Write) -> u8 {
    let _ = writeln!(
        err,
        "This build of chatwise has no window app (it was built without the `app` feature). Use a subcommand:\n  chatwise check    validate lessons and translations\n  chatwise lessons  list lessons\n  chatwise walk ID  play a lesson in the terminal\nRun `chatwise --help` for details, or build with `cargo run --release` for the app."
    );
    EXIT_USAGE
}
