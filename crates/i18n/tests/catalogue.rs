//! The catalogue holds in every language, plurals follow CLDR (Polish's four forms
//! included, for a later translation), and numbers, dates and lists are written the
//! language's way.

use twinge_i18n::{catalogue_problems, Arg, Lang, Tr};

fn tr(code: &str) -> Tr {
    Tr::new(&Lang::from_code(code).unwrap())
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let problems = catalogue_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let codes: Vec<String> = Lang::available().iter().map(Lang::code).collect();
    for wanted in ["en", "de", "es", "fr"] {
        assert!(codes.contains(&wanted.to_string()), "{codes:?}");
    }
    assert_eq!(codes[0], "en", "English comes first");
}

#[test]
fn counts_take_the_plural_form_of_the_language() {
    let en = tr("en");
    assert_eq!(en.episodes_count(1), "1 episode");
    assert_eq!(en.episodes_count(2), "2 episodes");
    let de = tr("de");
    assert_eq!(de.episodes_count(1), "1 Episode");
    assert_eq!(de.episodes_count(1234), "1.234 Episoden");
    assert_eq!(tr("fr").days_count(0), "0 jour", "French 0 is singular");
    assert_eq!(tr("es").days_count(0), "0 días");
    // Medical words: German never says "Krampf" alone.
    assert_eq!(de.kind_cramp(), "Muskelkrampf");
    assert_eq!(tr("es").kind_cramp(), "Calambre");
    assert_eq!(tr("fr").kind_spasm(), "Spasme");
}

#[test]
fn polish_plurals_have_four_forms() {
    // Polish is not translated yet; its plural rules are what a translation will use.
    let text =
        "n = { $n ->\n    [one] jeden\n    [few] kilka\n    [many] wiele\n   *[other] ułamek\n}\n";
    let forms: Vec<String> = [1.0, 3.0, 5.0, 22.0, 25.0, 1.5]
        .iter()
        .map(|&n| twinge_i18n::format_with("pl", text, "n", Arg::from(n)))
        .collect();
    assert_eq!(
        forms,
        vec![
            "n = jeden",
            "n = kilka",
            "n = wiele",
            "n = kilka",
            "n = wiele",
            "n = ułamek"
        ]
    );
}

#[test]
fn numbers_dates_and_lists_are_written_the_languages_way() {
    let (en, de, es, fr) = (tr("en"), tr("de"), tr("es"), tr("fr"));
    assert_eq!(en.formats().number(1234.5, 1), "1,234.5");
    assert_eq!(de.formats().number(1234.5, 1), "1.234,5");
    assert_eq!(fr.formats().number(2.5, 1), "2,5");
    // A rate below 0.95 keeps two decimals, so that 0.23 against 0.26 reads as the 10%
    // printed beside it; from 0.95 on, one.
    assert_eq!(en.formats().rate(7.0 / 30.0), "0.23");
    assert_eq!(de.formats().rate(7.0 / 27.0), "0,26");
    assert_eq!(en.formats().rate(0.95), "1.0");
    assert_eq!(en.formats().rate(0.0), "0.0");
    assert_eq!(en.formats().rate(26.74), "26.7");
    assert_eq!(en.formats().date(2026, 12, 4), "4 December 2026");
    assert_eq!(de.formats().date(2026, 12, 4), "4. Dezember 2026");
    assert_eq!(es.formats().date(2026, 12, 4), "4 de diciembre de 2026");
    assert_eq!(fr.formats().date(2026, 12, 4), "4 décembre 2026");
    let places = ["Wade".to_string(), "Oberschenkel".to_string()];
    assert_eq!(de.formats().and_list(&places), "Wade und Oberschenkel");
    let three = ["A".to_string(), "B".to_string(), "C".to_string()];
    assert_eq!(es.formats().and_list(&three), "A, B y C");
    assert_eq!(en.formats().and_list(&three), "A, B and C");
    // Months, weekdays and clock times as each language writes them.
    assert_eq!(es.formats().month_year(2026, 11), "noviembre de 2026");
    assert_eq!(en.formats().month_year(2026, 11), "November 2026");
    assert_eq!(en.formats().weekday(0), "Mon");
    assert_eq!(de.formats().weekday(6), "So");
    assert_eq!(de.formats().time(14, 5), "14:05");
    assert_eq!(en.formats().day_month(2026, 11, 18), "18 Nov");
    let days = [(2026, 11, 19), (2026, 11, 18), (2026, 10, 30)];
    assert_eq!(en.formats().days(&days), "19, 18 Nov, 30 Oct");
    assert_eq!(de.formats().days(&days), "19, 18. Nov., 30. Okt.");
    assert_eq!(de.formats().short_date(1961, 3, 12), "12.03.1961");
    assert_eq!(en.formats().short_date(1961, 3, 12), "12 Mar 1961");
    // A decimal argument of a message is written by the same formatter.
    assert_eq!(de.percent(Arg::decimals(12.5, 1)), "12,5\u{a0}%");
}

#[test]
fn the_pseudo_language_changes_every_word_and_a_code_it_lacks_is_refused_in_words() {
    let pseudo = tr("en-XA");
    let title = pseudo.report_title();
    assert_ne!(title, tr("en").report_title());
    assert!(!title.is_ascii(), "{title}");
    let e = Lang::from_code("tlh").unwrap_err();
    assert!(
        e.to_string().contains("en, de, es, fr") || e.to_string().contains("de"),
        "{e}"
    );
    // The system's "de-AT" finds German; an unknown one English.
    assert_eq!(Lang::negotiate(&["de-AT", "en"]).code(), "de");
    assert_eq!(Lang::negotiate(&["ja"]).code(), "en");
}

#[test]
fn the_system_language_is_read_from_the_locale_variables_in_their_order() {
    let code = |vars: &[Option<&str>]| Lang::from_locale_vars(vars).code();
    assert_eq!(code(&[None, None, Some("de_DE.UTF-8")]), "de");
    assert_eq!(
        code(&[Some("fr_FR.UTF-8"), Some("es_ES"), Some("de_DE")]),
        "fr"
    );
    assert_eq!(
        code(&[Some(""), Some("es_MX.UTF-8@x"), Some("de_DE")]),
        "es"
    );
    assert_eq!(code(&[None, None, Some("C.UTF-8")]), "en");
    assert_eq!(code(&[None, None, Some("ja_JP.UTF-8")]), "en");
    assert_eq!(code(&[None, None, None]), "en");
    let english = Tr::new(&Lang::english());
    let (lang, notice) = Lang::or_english("tlh", &english);
    assert_eq!(lang.code(), "en");
    assert!(notice.is_some_and(|n| n.contains("tlh") && n.ends_with("Using English.")));
    assert_eq!(Lang::or_english("de", &english).1, None);
    let german = Tr::new(&Lang::from_code("de").unwrap());
    let notice = Lang::or_english("tlh", &german).1.unwrap();
    assert!(
        notice.contains("„tlh“") && notice.contains("Englisch"),
        "{notice}"
    );
    assert_eq!(Lang::from_code("es").unwrap().name(), "Español");
}
