//! `twinge report` chooses its appendix: notable (the default), all, none, and the older
//! `--no-appendix` as none; the two ways of saying it cannot be mixed. `--lang` writes
//! the report's words and dates in the doctor's language.

mod common;

use std::path::Path;
use std::process::Command;

use common::{add_with, command, stdout, twinge};

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_appendix_is_chosen_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (at, extra) in [
        (
            "2026-11-02T03:10",
            vec!["--notes", "woke with the calf in a knot"],
        ),
        ("2026-11-04T03:10", vec!["--symptom", "weakness"]),
        ("2026-11-06T03:10", vec![]),
    ] {
        let mut args = vec!["--at", at];
        args.extend(extra);
        add_with(d, "cramp", "calf:left", 6, &args);
    }
    // `twinge report` of the period into `name`, with `more` arguments.
    let run = |name: &str, more: &[&str]| {
        let out = d.join(name);
        let mut args = vec!["report", "--from", "2026-10-10", "--to", "2026-11-08"];
        args.extend(["--out", out.to_str().unwrap()]);
        args.extend(more);
        (twinge(d, &args), out)
    };
    let report = |name: &str, more: &[&str]| {
        let (done, out) = run(name, more);
        stdout(&done);
        pdf_text(&out)
    };
    let notable = report("notable.pdf", &[]);
    assert!(
        notable.contains("Appendix: the episodes with notes or symptoms"),
        "{notable}"
    );
    assert!(notable.contains("1 episode without notes or symptoms is not listed"));
    assert!(notable.contains("2026-11-02 03:10") && !notable.contains("2026-11-06 03:10"));
    let all = report("all.pdf", &["--appendix", "all"]);
    assert!(
        all.contains("● 2026-11-04 03:10") && all.contains("2026-11-06 03:10"),
        "{all}"
    );
    for none in [
        report("none.pdf", &["--appendix", "none"]),
        report("old.pdf", &["--no-appendix"]),
    ] {
        assert!(!none.contains("Appendix"), "{none}");
    }
    let (both, _) = run("both.pdf", &["--appendix", "all", "--no-appendix"]);
    assert!(!both.status.success());
    assert!(String::from_utf8_lossy(&both.stderr).contains("cannot be used with"));
}

#[test]
fn the_command_line_speaks_the_systems_language_and_the_report_the_doctors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for at in ["2026-11-02T03:10", "2026-11-04T03:10"] {
        add_with(d, "cramp", "calf:left", 6, &["--at", at]);
    }
    // A German system: the command line speaks German.
    let german = |args: &[&str]| {
        let done = command(d)
            .env("LANG", "de_DE.UTF-8")
            .args(args)
            .output()
            .unwrap();
        (
            stdout(&done),
            String::from_utf8_lossy(&done.stderr).into_owned(),
        )
    };
    let (list, _) = german(&["list"]);
    assert!(
        list.contains("Muskelkrampf") && list.contains("Wade, links"),
        "{list}"
    );
    let (stats, _) = german(&["stats", "--from", "2026-10-10", "--to", "2026-11-08"]);
    assert!(
        stats
            .contains("10. Oktober 2026 bis 8. November 2026: 2 Episoden, 7,0 pro erfasster Woche"),
        "{stats}"
    );
    assert!(stats.contains("Tage mit Episoden: 2"), "{stats}");
    // The rate is per logged week and its change is said, as on Insights and page 1.
    assert!(
        stats.contains("nicht vergleichbar: im früheren Zeitraum wurde nichts erfasst"),
        "{stats}"
    );
    // `--lang` overrides the system for the command line…
    let (english, _) = german(&["--lang", "en", "list"]);
    assert!(
        english.contains("Cramp") && english.contains("Calf, left"),
        "{english}"
    );
    // …and for `report` sets the PDF's language alone: a Spanish PDF, a German line.
    let report = |lang: Option<&str>| {
        let out = d.join(format!("{}.pdf", lang.unwrap_or("default")));
        let mut args = vec!["report", "--from", "2026-10-10", "--to", "2026-11-08"];
        args.extend(["--out", out.to_str().unwrap()]);
        args.extend(lang.map(|l| ["--lang", l]).into_iter().flatten());
        let (wrote, said) = german(&args);
        (wrote, said, pdf_text(&out))
    };
    let (wrote, _, es) = report(Some("es"));
    assert!(wrote.contains("geschrieben"), "{wrote}");
    assert!(
        es.contains("Periodo: 10 oct 2026 – 8 nov 2026 (30 días)") && es.contains("Calambre"),
        "{es}"
    );
    // The PDF's default is the system's language: its words, dates and numbers.
    let (_, _, de) = report(None);
    for words in [
        "Zusammenfassung",
        "Zeitraum: 10.10.2026 – 08.11.2026 (30 Tage)",
        "Muskelkrampf",
        "2 Episoden",
        "Fragen an meine Ärztin",
        // The headline numbers: their names, and a decimal comma.
        "Episoden pro erfasster Woche Tage mit Episoden Erfasste Tage 7,0 2 von 2 erfassten",
        "Seite 1 von",
    ] {
        assert!(de.contains(words), "{words}: {de}");
    }
    // A language Twinge does not have: English, and one line that says so, in the
    // system's language.
    let (list, said) = german(&["--lang", "tlh", "list"]);
    assert!(list.contains("Cramp"), "{list}");
    assert!(
        said.contains("keine Übersetzung für „tlh“") && said.contains("Englisch."),
        "{said}"
    );
    let (_, said, pdf) = report(Some("tlh"));
    assert!(said.contains("keine Übersetzung für „tlh“"), "{said}");
    assert!(pdf.contains("Spasm, cramp and twitch summary"), "{pdf}");
}

#[test]
fn in_the_pseudo_language_every_word_comes_from_the_catalogue_or_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for at in ["2026-11-02T03:10", "2026-11-04T03:10"] {
        add_with(
            d,
            "cramp",
            "calf:left",
            6,
            &["--at", at, "--notes", "Zqnote"],
        );
    }
    // The system speaks the pseudo-language: the command line's lines and the PDF.
    let pseudo =
        |args: &[&str]| stdout(&command(d).env("LANG", "en-XA").args(args).output().unwrap());
    let out = d.join("xa.pdf");
    let shown = [
        pseudo(&[
            "add",
            "--kind",
            "cramp",
            "--at",
            "2026-11-05T03:10",
            "--where",
            "calf:left",
            "--intensity",
            "5",
        ]),
        pseudo(&["checkin", "--date", "2026-11-05", "--factor", "caffeine"]),
        pseudo(&["backup", "--out", d.join("b.db").to_str().unwrap()]),
        pseudo(&["list"]),
        pseudo(&["stats", "--from", "2026-10-10", "--to", "2026-11-08"]),
        pseudo(&[
            "report",
            "--from",
            "2026-10-10",
            "--to",
            "2026-11-08",
            "--appendix",
            "all",
            "--out",
            out.to_str().unwrap(),
        ]),
        pdf_text(&out),
    ];
    for text in shown {
        assert!(text.contains('['), "{text}");
        let stray: Vec<String> = twinge_app::unbracketed(&text)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() > 1 && *w != "Zqnote")
            .map(str::to_string)
            .collect();
        assert!(stray.is_empty(), "words from code: {stray:?} in {text}");
    }
}

/// The names a person types: commands and options stay as they are in every language.
const TYPED: [&str; 17] = [
    "twinge",
    "add",
    "appointment",
    "checkin",
    "list",
    "check",
    "stats",
    "export",
    "import",
    "backup",
    "restore",
    "report",
    "demo",
    "remind",
    "passcode",
    "set",
    "remove",
];

/// Every line in brackets once the person's own words, the names of commands and
/// options, and the system's technical details (the "details:" line, kept for a bug
/// report) are set aside.
fn only_catalogue_words(text: &str) {
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("twinge: details:"))
        .map(|l| {
            l.split(' ')
                .filter(|w| !w.starts_with('-') && !TYPED.contains(w) && *w != "twinge:")
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains('['), "{text}");
    let stray: Vec<String> = twinge_app::unbracketed(&text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_string)
        .collect();
    assert!(stray.is_empty(), "words from code: {stray:?} in {text}");
}

#[test]
fn in_the_pseudo_language_errors_imports_and_checks_come_from_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    add_with(d, "cramp", "calf:left", 6, &["--at", "2026-11-02T03:10"]);
    let run = |args: &[&str]| command(d).env("LANG", "en-XA").args(args).output().unwrap();
    let export = d.join("export.json");
    let not_json = d.join("notes.json");
    std::fs::write(&not_json, "Dear diary").unwrap();
    let mut said = String::new();
    for args in [
        &[
            "export",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ][..],
        &["import", "--dry-run", export.to_str().unwrap()],
        &["check"],
    ] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}");
        said += &stdout(&out);
    }
    only_catalogue_words(&said);
    // Refusals: a file that is not an export, a value out of range, a file not there.
    for args in [
        &["import", not_json.to_str().unwrap()][..],
        &"add --kind cramp --where calf:left --intensity 12"
            .split(' ')
            .collect::<Vec<_>>(),
        &["restore", d.join("gone.db").to_str().unwrap()],
        &["report"],
        &["export", "--format", "pdf", "--out", "x"],
    ] {
        let out = run(args);
        assert!(!out.status.success(), "{args:?}");
        only_catalogue_words(&String::from_utf8_lossy(&out.stderr));
    }
    // The same refusal in German.
    let out = command(d)
        .env("LANG", "de_DE.UTF-8")
        .args(["import", not_json.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Diese Datei kann nicht importiert werden")
            && err.contains("Nichts wurde verändert."),
        "{err}"
    );
}
