//! Reads `locales/<lang>/*.ftl` at build time: embeds every language's files (a new
//! language is a new folder, no code change) and generates a typed method of `Tr` for
//! each message of the English files, with one argument per variable it uses — so a
//! message that does not exist, or a missing argument, fails to compile.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Pattern, PatternElement};

#[path = "src/vars.rs"]
mod vars;
use vars::pattern_vars;

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

/// The English text of a pattern, for the method's documentation.
fn pattern_text(p: &Pattern<String>) -> String {
    p.elements
        .iter()
        .map(|el| match el {
            PatternElement::TextElement { value } => value.clone(),
            PatternElement::Placeable { .. } => "{…}".to_string(),
        })
        .collect::<String>()
        .replace('\n', " ")
}

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let root = root.canonicalize().expect("the locales folder exists");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("locales is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();

    let mut catalogue = String::from(
        "/// Every language in `locales/` with the text of its files, English first.\n\
         pub(crate) const CATALOGUE: &[(&str, &[&str])] = &[\n",
    );
    let english_first = langs
        .iter()
        .filter(|p| p.ends_with("en"))
        .chain(langs.iter().filter(|p| !p.ends_with("en")));
    for dir in english_first {
        println!("cargo:rerun-if-changed={}", dir.display());
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let _ = write!(catalogue, "    ({code:?}, &[");
        for f in ftl_files(dir) {
            println!("cargo:rerun-if-changed={}", f.display());
            let _ = write!(catalogue, "include_str!({:?}), ", f.display().to_string());
        }
        catalogue.push_str("]),\n");
    }
    catalogue.push_str("];\n");

    // A message takes as many arguments as it has variables.
    let mut methods = String::from("#[allow(clippy::too_many_arguments)]\nimpl crate::Tr {\n");
    let mut list = String::from(
        "/// Every message of the English catalogue with the variables it takes.\n\
         pub const MESSAGES: &[(&str, &[&str])] = &[\n",
    );
    for f in ftl_files(&root.join("en")) {
        let text = std::fs::read_to_string(&f).unwrap();
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", f.display()));
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(value) = &m.value else { continue };
            let mut vars = BTreeSet::new();
            pattern_vars(value, &mut vars);
            let id = &m.id.name;
            let _ = writeln!(
                list,
                "    ({id:?}, &[{}]),",
                vars.iter()
                    .map(|v| format!("{v:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let params: String = vars
                .iter()
                .map(|v| format!(", {}: impl Into<crate::Arg>", snake(v)))
                .collect();
            let sets: String = vars
                .iter()
                .map(|v| format!("args.set({v:?}, {}.into().value());", snake(v)))
                .collect();
            let _ = writeln!(
                methods,
                "    /// `{id}`: {}\n    pub fn {}(&self{params}) -> String {{\n        \
                 #[allow(unused_mut)] let mut args = fluent_bundle::FluentArgs::new(); {sets}\n        \
                 self.message({id:?}, &args)\n    }}",
                pattern_text(value).replace('`', "'"),
                snake(id)
            );
        }
    }
    list.push_str("];\n");
    methods.push_str("}\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("catalogue.rs"), catalogue + &list).unwrap();
    std::fs::write(out.join("messages.rs"), methods).unwrap();
}
