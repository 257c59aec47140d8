//! `chatwise walk`: plays a lesson in the terminal like an interactive-fiction player, so
//! authors can read a lesson through and scripts can test every path.

use std::collections::VecDeque;
use std::io::{BufRead, Write};

use crate::i18n::{Localizer, ui_text};
use crate::library::{self, origin::Origin};
use crate::runtime::{BodyView, Decision, FeedbackView, LessonRun, OptionMark, Pending, Sender, StepView, Strategy};

use super::{Auto, EXIT_USAGE};
use crate::i18n::system_language;

/// Where choices come from.
pub enum Choices<'a> {
    /// Typed at the keyboard (or piped); a bad entry is explained and asked again.
    Input(&'a mut dyn BufRead),
    /// `--choose 2,1,3`: used in order; a bad or missing one ends the walk with an error.
    Scripted(VecDeque<String>),
    /// `--auto`.
    Auto(Auto),
}

/// How to play.
pub struct Options<'a> {
    pub lang: Option<&'a str>,
    pub max_steps: usize,
    pub transcript: bool,
}

/// Exit status when the walk could not reach an End.
const EXIT_STUCK: u8 = 1;

pub fn run(
    origin: &Origin,
    lesson_id: &str,
    options: &Options,
    mut choices: Choices,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let loaded = library::load(origin)?;
    let library = &loaded.library;
    let Some(lesson) = library.pack.lesson(lesson_id) else {
        let known: Vec<&str> = library.pack.lessons.iter().map(|l| l.id.as_str()).collect();
        writeln!(err, "chatwise: there is no playable lesson `{lesson_id}`. Lessons: {}", known.join(", "))?;
        if loaded.error_count() > 0 {
            writeln!(err, "(some lesson files have errors and were left out; run `chatwise check`)")?;
        }
        return Ok(EXIT_USAGE);
    };
    let (lang, max_steps) = (options.lang, options.max_steps);
    let requested = lang.map(str::to_owned).or_else(system_language);
    let loc = library.localizer(&requested.as_deref().into_iter().collect::<Vec<_>>());
    if let Some(lang) = lang
        && !loc.language().eq_ignore_ascii_case(lang)
        && !lang.to_ascii_lowercase().starts_with(&format!("{}-", loc.language()))
    {
        writeln!(err, "note: no `{lang}` translation; showing `{}`", loc.language())?;
    }
    let mut strategy = match &choices {
        Choices::Auto(Auto::First) => Some(Strategy::First),
        Choices::Auto(Auto::Random(seed)) => Some(Strategy::random(*seed)),
        _ => None,
    };

    let mut run = LessonRun::start(lesson.clone());
    let labels = Labels::new(&loc);
    writeln!(out, "=== {} ===", loc.text(lesson.title.as_str()))?;
    if let Some(note) = &lesson.content_note {
        writeln!(out, "[{}] {}", loc.text(ui_text::CONTENT_NOTE_TITLE.id), loc.text(note.as_str()))?;
        writeln!(out, "    {}", loc.text(ui_text::CONTENT_NOTE_STOP.id))?;
    }
    print_step(&run.view(&loc), &labels, out)?;

    for _ in 0..max_steps {
        let pending = run.pending();
        if pending == Pending::Finished {
            let mut score = crate::i18n::FluentArgs::new();
            score.set("score", run.score());
            writeln!(
                out,
                "--- {} ({}) ---",
                loc.text(ui_text::LESSON_FINISHED.id),
                loc.text_with(ui_text::WALK_SCORE.id, &score)
            )?;
            if options.transcript {
                writeln!(out, "Transcript:")?;
                for event in run.transcript() {
                    writeln!(out, "  {event}")?;
                }
            }
            return Ok(0);
        }
        let decision = match (&pending, &mut strategy) {
            (Pending::Continue, _) => Decision::Continue,
            (_, Some(strategy)) => strategy.decide(&pending).unwrap_or(Decision::Continue),
            (_, None) => match next_decision(&mut choices, &pending, &run, &loc, out)? {
                Ok(decision) => decision,
                Err(problem) => {
                    writeln!(err, "chatwise: {problem} (at step `{}`)", run.step().id)?;
                    return Ok(EXIT_STUCK);
                }
            },
        };
        let before = run.step().id.clone();
        let before_len = run.transcript().len();
        if let Err(e) = run.apply(&decision) {
            match &choices {
                Choices::Input(_) => {
                    writeln!(out, "  ({e})")?;
                    continue;
                }
                _ => {
                    writeln!(err, "chatwise: {e} (at step `{before}`)")?;
                    return Ok(EXIT_STUCK);
                }
            }
        }
        if let Some(echo) = describe_decision(&decision) {
            writeln!(out, "> {echo}")?;
        }
        let view = run.view(&loc);
        let entered = run.transcript()[before_len..].iter().any(|e| matches!(e, crate::runtime::Event::Entered { .. }));
        if entered {
            print_step(&view, &labels, out)?;
        } else {
            print_outcome(&view, &labels, out)?;
        }
    }
    writeln!(err, "chatwise: gave up after {max_steps} actions without reaching an End (a loop? raise --max-steps)")?;
    Ok(EXIT_STUCK)
}

fn describe_decision(decision: &Decision) -> Option<String> {
    let n = |v: &[usize]| v.iter().map(|i| (i + 1).to_string()).collect::<Vec<_>>().join("+");
    match decision {
        Decision::Continue => None,
        Decision::Reply(i) => Some((i + 1).to_string()),
        Decision::Answer(v) => Some(n(v)),
        Decision::Sort(v) => Some(v.iter().map(|g| (g + 1).to_string()).collect::<Vec<_>>().join(",")),
        Decision::Reveal => Some("reveal".to_owned()),
        Decision::Back => Some("back".to_owned()),
        Decision::Hint => Some("hint".to_owned()),
    }
}

/// Reads the next decision; `Err` explains why the walk cannot go on.
fn next_decision(
    choices: &mut Choices,
    pending: &Pending,
    run: &LessonRun,
    loc: &Localizer,
    out: &mut dyn Write,
) -> std::io::Result<Result<Decision, String>> {
    let tokens_needed = match pending {
        Pending::Sort { cards, .. } => *cards,
        _ => 1,
    };
    let mut tokens = Vec::new();
    while tokens.len() < tokens_needed {
        let prompt = match (pending, run.view(loc).body) {
            (Pending::Sort { groups, .. }, BodyView::Sort(sort)) => {
                format!("card {} \"{}\": group 1-{groups}? ", tokens.len() + 1, sort.cards[tokens.len()].text)
            }
            (Pending::Answer { count, multiple: true }, _) => format!("answers 1-{count}, joined with + (e.g. 1+3)? "),
            (Pending::Answer { count, .. } | Pending::Reply { count, .. }, _) => {
                format!("choice 1-{count}? ")
            }
            _ => "? ".to_owned(),
        };
        let token = match choices {
            Choices::Scripted(queue) => match queue.pop_front() {
                Some(token) => token,
                None => {
                    return Ok(Err(format!("the --choose list ran out; this step needs {}", expected(pending))));
                }
            },
            Choices::Input(input) => {
                write!(out, "{prompt}")?;
                out.flush()?;
                let mut line = String::new();
                if input.read_line(&mut line)? == 0 {
                    return Ok(Err(format!(
                        "input ended before the lesson did; this step needs {}",
                        expected(pending)
                    )));
                }
                line.trim().to_owned()
            }
            Choices::Auto(_) => unreachable!("auto choices are decided by a strategy"),
        };
        if token.eq_ignore_ascii_case("b") && tokens.is_empty() {
            return Ok(Ok(Decision::Back));
        }
        match parse_token(&token, pending) {
            Ok(()) => tokens.push(token),
            Err(problem) => match choices {
                Choices::Input(_) => writeln!(out, "  ({problem})")?,
                _ => return Ok(Err(problem)),
            },
        }
    }
    let numbers = |t: &str| t.split('+').map(|n| n.trim().parse::<usize>().unwrap_or(1) - 1).collect::<Vec<_>>();
    Ok(Ok(match pending {
        Pending::Reply { .. } => Decision::Reply(numbers(&tokens[0])[0]),
        Pending::Answer { .. } => Decision::Answer(numbers(&tokens[0])),
        Pending::Sort { .. } => Decision::Sort(tokens.iter().map(|t| numbers(t)[0]).collect()),
        Pending::Continue | Pending::Finished => Decision::Continue,
    }))
}

fn expected(pending: &Pending) -> String {
    match pending {
        Pending::Reply { count, .. } => format!("a reply number 1-{count}"),
        Pending::Answer { count, multiple: false } => format!("an answer number 1-{count}"),
        Pending::Answer { count, multiple: true } => format!("answers 1-{count} joined with +"),
        Pending::Sort { cards, groups } => {
            format!("a group number 1-{groups} for each of {cards} cards")
        }
        Pending::Continue | Pending::Finished => "nothing".to_owned(),
    }
}

/// Checks a typed choice against what the step offers.
fn parse_token(token: &str, pending: &Pending) -> Result<(), String> {
    let (max, multiple) = match pending {
        Pending::Reply { count, .. } | Pending::Answer { count, multiple: false } => (*count, false),
        Pending::Answer { count, multiple: true } => (*count, true),
        Pending::Sort { groups, .. } => (*groups, false),
        Pending::Continue | Pending::Finished => return Ok(()),
    };
    let parts: Vec<&str> = token.split('+').collect();
    if parts.len() > 1 && !multiple {
        return Err(format!("choose one option here, not `{token}`"));
    }
    for part in parts {
        match part.trim().parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => {}
            _ => {
                return Err(format!("choice `{token}` is not on the list (choose 1-{max})"));
            }
        }
    }
    if let Pending::Reply { tried, .. } = pending
        && let Ok(n) = token.trim().parse::<usize>()
        && tried.contains(&(n - 1))
    {
        return Err(format!("reply {n} was already tried; choose another"));
    }
    Ok(())
}

/// The terminal's own words, in the walk's language (the lesson's words come resolved in the view).
struct Labels {
    you: String,
    groups: String,
    card: String,
    picture: String,
    model_answer: String,
    parent_tip: String,
}

impl Labels {
    fn new(loc: &crate::i18n::Localizer) -> Labels {
        Labels {
            you: loc.text(ui_text::WALK_YOU.id),
            groups: loc.text(ui_text::WALK_GROUPS.id),
            card: loc.text(ui_text::WALK_CARD.id),
            picture: loc.text(ui_text::WALK_PICTURE.id),
            model_answer: loc.text(ui_text::MODEL_ANSWER.id),
            parent_tip: loc.text(ui_text::PARENT_TIP.id),
        }
    }
}

fn print_feedback(feedback: &FeedbackView, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "  [{}]", feedback.title)?;
    if let Some(body) = &feedback.body {
        writeln!(out, "  {body}")?;
    }
    Ok(())
}

/// Prints a step as it first appears.
fn print_step(view: &StepView, labels: &Labels, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "--- {} · {} ---", view.progress, view.step_id)?;
    match &view.body {
        BodyView::Story { title, body, image } => {
            if let Some(title) = title {
                writeln!(out, "# {title}")?;
            }
            if let Some(image) = image {
                writeln!(out, "[{}: {}]", labels.picture, image.alt)?;
            }
            writeln!(out, "{body}")?;
        }
        BodyView::Chat(chat) => {
            let label = chat.contact_label.as_ref().map(|l| format!(" · {l}")).unwrap_or_default();
            writeln!(out, "({}) {}{label}", chat.initials, chat.contact_name)?;
            for bubble in &chat.bubbles {
                let time = bubble.time.as_ref().map(|t| format!("  {t}")).unwrap_or_default();
                match bubble.sender {
                    Sender::Contact => writeln!(out, "  {}: {}{time}", chat.contact_name, bubble.text)?,
                    Sender::Learner => writeln!(out, "                    {}: {}{time}", labels.you, bubble.text)?,
                }
            }
            print_replies(chat, out)?;
        }
        BodyView::Quiz(quiz) => {
            writeln!(out, "{}", quiz.question)?;
            writeln!(out, "({})", quiz.instruction)?;
            for (i, option) in quiz.options.iter().enumerate() {
                writeln!(out, "  {}. {}", i + 1, option.text)?;
            }
        }
        BodyView::Sort(sort) => {
            writeln!(out, "{}", sort.prompt)?;
            let groups: Vec<String> = sort.groups.iter().enumerate().map(|(i, g)| format!("{}. {g}", i + 1)).collect();
            writeln!(out, "{}: {}", labels.groups, groups.join("   "))?;
            for (i, card) in sort.cards.iter().enumerate() {
                writeln!(out, "  {} {}: {}", labels.card, i + 1, card.text)?;
            }
        }
        BodyView::Discussion(d) => {
            writeln!(out, "{}", d.prompt)?;
            for starter in &d.starters {
                writeln!(out, "  - {starter}")?;
            }
            if let Some(answer) = &d.model_answer {
                writeln!(out, "  ({}) {answer}", labels.model_answer)?;
            }
            if let Some(tip) = &d.parent_tip {
                writeln!(out, "  ({}) {tip}", labels.parent_tip)?;
            }
        }
        BodyView::Help(help) => {
            writeln!(out, "# {}", help.title)?;
            if let Some(body) = &help.body {
                writeln!(out, "{body}")?;
            }
            for point in &help.points {
                writeln!(out, "  * {point}")?;
            }
        }
        BodyView::End(end) => {
            writeln!(out, "# {}", end.title)?;
            if let Some(summary) = &end.summary {
                writeln!(out, "{summary}")?;
            }
            writeln!(out, "{}:", end.practised_title)?;
            for message in &end.key_messages {
                writeln!(out, "  - {message}")?;
            }
            if let Some(line) = &end.safe_replies {
                writeln!(out, "{line}")?;
            }
            writeln!(out, "# {}", end.help.title)?;
            for point in &end.help.points {
                writeln!(out, "  * {point}")?;
            }
        }
    }
    Ok(())
}

fn print_replies(chat: &crate::runtime::ChatView, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", chat.prompt)?;
    for (i, reply) in chat.replies.iter().enumerate() {
        let tried = if reply.tried { "   (tried)" } else { "" };
        writeln!(out, "  {}. {}{tried}", i + 1, reply.text)?;
    }
    Ok(())
}

/// Prints what changed within a step after a decision (feedback, results).
fn print_outcome(view: &StepView, labels: &Labels, out: &mut dyn Write) -> std::io::Result<()> {
    match &view.body {
        BodyView::Chat(chat) => match &chat.feedback {
            Some(feedback) => print_feedback(feedback, out),
            None => print_replies(chat, out),
        },
        BodyView::Quiz(quiz) => {
            for (i, option) in quiz.options.iter().enumerate() {
                if let (Some(mark), Some(feedback)) = (option.mark, &option.feedback) {
                    let sign = match mark {
                        OptionMark::Correct => "v",
                        OptionMark::NotQuite => "~",
                        OptionMark::Missed => "+",
                    };
                    writeln!(out, "  ({sign}) {}. {feedback}", i + 1)?;
                }
            }
            if let Some(summary) = &quiz.summary {
                print_feedback(summary, out)?;
            }
            if let Some(explanation) = &quiz.explanation {
                writeln!(out, "  {explanation}")?;
            }
            if quiz.summary.is_none() {
                for (i, option) in quiz.options.iter().enumerate() {
                    writeln!(out, "  {}. {}", i + 1, option.text)?;
                }
            }
            Ok(())
        }
        BodyView::Sort(sort) => {
            for (i, card) in sort.cards.iter().enumerate() {
                if let Some(feedback) = &card.feedback {
                    writeln!(out, "  {} {}: {feedback}", labels.card, i + 1)?;
                }
            }
            if let Some(summary) = &sort.summary {
                writeln!(out, "  {summary}")?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
