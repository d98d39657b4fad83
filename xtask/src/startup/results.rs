//! The rows `cargo xtask bench startup` adds to `target/bench/results.json`.

use std::path::Path;

use crate::Result;

/// One row of `target/bench/results.json`, as the benchmark binary writes them.
pub struct Figure {
    pub name: &'static str,
    pub unit: &'static str,
    pub figure: f64,
    pub baseline_name: &'static str,
    pub baseline: f64,
    pub budget: &'static str,
    pub within: bool,
}

impl Figure {
    fn json(&self) -> String {
        // The texts are this file's own, without quotes or backslashes.
        format!(
            "  {{\n    \"name\": \"{}\",\n    \"unit\": \"{}\",\n    \"figure\": {:.3},\n    \
             \"baseline_name\": \"{}\",\n    \"baseline\": {:.3},\n    \"ratio\": {:.4},\n    \
             \"budget\": \"{}\",\n    \"within\": {}\n  }}",
            self.name,
            self.unit,
            self.figure,
            self.baseline_name,
            self.baseline,
            self.figure / self.baseline.max(1e-9),
            self.budget,
            self.within
        )
    }
}

/// Adds the rows to the results file the benchmark binary wrote earlier in this run,
/// or writes a file of these rows alone (`cargo xtask bench startup`).
pub fn write_results(rows: &[Figure], after_other_figures: bool) -> Result {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench/results.json");
    let earlier = std::fs::read_to_string(&path)
        .ok()
        .filter(|_| after_other_figures);
    let text = joined(earlier.as_deref(), rows);
    path.parent()
        .map(std::fs::create_dir_all)
        .unwrap_or(Ok(()))
        .and_then(|()| std::fs::write(&path, text))
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    println!("(also in {})", path.display());
    Ok(())
}

/// The rows as a JSON array, after the rows of `earlier` (a JSON array) when there is one.
fn joined(earlier: Option<&str>, rows: &[Figure]) -> String {
    let ours: Vec<String> = rows.iter().map(Figure::json).collect();
    match earlier.map(str::trim_end).and_then(|t| t.strip_suffix(']')) {
        Some(head) if head.trim_end().ends_with('}') => {
            format!("{},\n{}\n]\n", head.trim_end(), ours.join(",\n"))
        }
        _ => format!("[\n{}\n]\n", ours.join(",\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn startup_rows_join_the_file_or_make_their_own() {
        let row = |name| Figure {
            name,
            unit: "MB",
            figure: 300.0,
            baseline_name: "blank Tauri app",
            baseline: 240.0,
            budget: "≤ 1.2× baseline",
            within: false,
        };
        let alone = joined(None, &[row("a"), row("b")]);
        assert!(
            alone.starts_with("[\n  {") && alone.ends_with("}\n]\n"),
            "{alone}"
        );
        assert_eq!(alone.matches("\"name\"").count(), 2);
        assert!(alone.contains("\"ratio\": 1.2500"), "{alone}");
        let both = joined(Some("[\n  {\n    \"name\": \"x\"\n  }\n]\n"), &[row("a")]);
        assert!(
            both.contains("\"x\"\n  },\n  {\n    \"name\": \"a\""),
            "{both}"
        );
        // An empty earlier array: this run's rows alone.
        assert_eq!(joined(Some("[]"), &[row("a")]), joined(None, &[row("a")]));
    }
}
