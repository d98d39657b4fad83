//! The catalogue held to English: every language has each English message, with the
//! same variables, parses cleanly, and names no message twice.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;

use crate::vars::pattern_vars;
use crate::CATALOGUE;

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
