//! The catalogue held to English: every language has each English message, with the
//! same variables, parses cleanly, names no message twice, and gives every message
//! that picks a plural form each form its language has (CLDR's plural rules).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use icu_plurals::{PluralCategory, PluralRules};

use crate::vars::pattern_vars;
use crate::CATALOGUE;

/// The CLDR names of the plural forms a language's counts take ("one", "many", "other"),
/// from ICU4X's plural rules (current CLDR, as the web view's `Intl` has them).
pub(crate) fn plural_forms(code: &str) -> BTreeSet<&'static str> {
    let Ok(locale) = icu_locale_core::Locale::try_from_str(code) else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::try_new_cardinal((&locale).into()) else {
        return BTreeSet::new();
    };
    rules
        .categories()
        .map(|c| match c {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The variant keys of every selector in `p` that picks a plural form (one whose keys
/// are plural names), each as a set.
fn plural_selectors(p: &Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_selectors(expression, out);
        }
    }
}

fn expression_selectors(e: &Expression<&str>, out: &mut Vec<BTreeSet<String>>) {
    match e {
        Expression::Select { variants, .. } => {
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if keys
                .iter()
                .any(|k| k != "other" && PLURAL_KEYS.contains(&k.as_str()))
            {
                out.push(keys);
            }
            for v in variants {
                plural_selectors(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_selectors(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// Each message of one language's files with its variables; problems found reading them.
fn messages(
    code: &str,
    files: &[&str],
    problems: &mut Vec<String>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (i, text) in files.iter().enumerate() {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(format!("{code}, file {}: cannot be read: {e:?}", i + 1));
                }
                r
            }
        };
        for entry in &resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                    let mut selectors = Vec::new();
                    plural_selectors(v, &mut selectors);
                    let forms = plural_forms(code);
                    for keys in selectors {
                        let missing: Vec<&str> = forms
                            .iter()
                            .filter(|f| !keys.contains(**f))
                            .copied()
                            .collect();
                        if !missing.is_empty() {
                            problems.push(format!(
                                "{code}: “{}” lacks the plural forms {}",
                                m.id.name,
                                missing.join(", ")
                            ));
                        }
                    }
                }
                if out.insert(m.id.name.to_string(), vars).is_some() {
                    problems.push(format!("{code}: “{}” is there twice", m.id.name));
                }
            }
        }
    }
    out
}

/// What is wrong with the catalogue, in words; empty when every language holds.
pub fn catalogue_problems() -> Vec<String> {
    let mut problems = Vec::new();
    let Some((_, english_files)) = CATALOGUE.iter().find(|(c, _)| *c == "en") else {
        return vec!["there is no English catalogue (locales/en)".into()];
    };
    let english = messages("en", english_files, &mut problems);
    for (code, files) in CATALOGUE.iter().filter(|(c, _)| *c != "en") {
        let own = messages(code, files, &mut problems);
        for (id, vars) in &english {
            match own.get(id) {
                None => problems.push(format!("{code}: “{id}” is missing")),
                Some(v) if v != vars => problems.push(format!(
                    "{code}: “{id}” takes {v:?}, English takes {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: “{id}” is not in English"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms_are_those_of_cldr_and_a_missing_one_is_reported() {
        assert_eq!(plural_forms("de"), BTreeSet::from(["one", "other"]));
        assert_eq!(plural_forms("fr"), BTreeSet::from(["one", "many", "other"]));
        assert_eq!(
            plural_forms("pl"),
            BTreeSet::from(["one", "few", "many", "other"])
        );
        let mut problems = Vec::new();
        let text = "n = { $n ->\n    [one] one\n   *[other] more\n}\n";
        messages("fr", &[text], &mut problems);
        assert_eq!(problems, ["fr: “n” lacks the plural forms many"]);
    }
}
