//! `twinge report` chooses its appendix: notable (the default), all, none, and the older
//! `--no-appendix` as none; the two ways of saying it cannot be mixed. `--lang` writes
//! the report's words and dates in the doctor's language.

mod common;

use std::path::Path;
use std::process::Command;

use common::{add_with, stdout, twinge};

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
fn the_report_speaks_the_doctors_language_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for at in ["2026-11-02T03:10", "2026-11-04T03:10"] {
        add_with(d, "cramp", "calf:left", 6, &["--at", at]);
    }
    let report = |lang: &str| {
        let out = d.join(format!("{lang}.pdf"));
        let args = [
            "report",
            "--from",
            "2026-10-10",
            "--to",
            "2026-11-08",
            "--out",
            out.to_str().unwrap(),
            "--lang",
            lang,
        ];
        let done = twinge(d, &args);
        (done, out)
    };
    let (done, de) = report("de");
    stdout(&done);
    let de = pdf_text(&de);
    for words in [
        "Zusammenfassung",
        "Zeitraum: 10. Oktober 2026 – 8. November 2026 (30 Tage)",
        "Muskelkrampf",
        "2 Episoden",
        "Fragen an meine Ärztin",
        // The headline numbers: their names, and a decimal comma.
        "Episoden pro erfasster Woche Tage mit Episoden Erfasste Tage 7,0 2 von 2 erfassten",
        "Seite 1 von",
    ] {
        assert!(de.contains(words), "{words}: {de}");
    }
    let (done, es) = report("es");
    stdout(&done);
    let es = pdf_text(&es);
    assert!(es.contains("10 de octubre de 2026"), "{es}");
    assert!(
        es.contains("Calambre") && es.contains("2 episodios"),
        "{es}"
    );
    // A language Twinge does not have is refused in words, and no file is written.
    let (refused, out) = report("tlh");
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("no translation for “tlh”"), "{said}");
    assert!(!out.exists());
}
