//! The same report as an HTML page, for headless Chromium to print: the baseline of
//! the PDF figures (same numbers, same tables, the same SVG charts, every appendix row).

use twinge_report::ReportModel;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The same content as the Typst template, as one print-ready HTML page.
pub(crate) fn html_of(m: &ReportModel) -> String {
    let mut h = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Twinge report</title><style>\
         @page { size: A4; margin: 16mm 14mm }\
         body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111 }\
         h1 { font-size: 15pt; margin: 0 0 4pt } h2 { font-size: 10pt; margin: 9pt 0 5pt }\
         table { border-collapse: collapse; width: 100% } td, th { border-bottom: 0.5pt solid #ccc; padding: 2pt 4pt; text-align: left; vertical-align: top }\
         thead { display: table-header-group } tr { break-inside: avoid }\
         .cols { display: flex; gap: 12pt } .cols > div { flex: 1 } svg { max-width: 100%; height: auto }\
         .page { break-before: page } .muted { color: #555 }\
         </style></head><body>",
    );
    h += &format!(
        "<h1>Spasm, cramp and twitch summary</h1><p>{} · {} ({} days) · {}</p>",
        escape(&m.cover.name),
        escape(&m.cover.period_label),
        m.cover.days,
        escape(&m.cover.generated_label)
    );
    h += "<table><thead><tr><th></th><th>This period</th><th>Previous period</th></tr></thead><tbody>";
    for l in &m.how_often.headline {
        h += &format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&l.label),
            escape(&l.value),
            escape(&l.previous)
        );
    }
    h += "</tbody></table>";
    h += "<table><thead><tr><th>Kind</th>";
    for c in &m.how_often.kinds.columns {
        h += &format!("<th>{}</th>", escape(c));
    }
    h += "</tr></thead><tbody>";
    for k in &m.how_often.kinds.rows {
        h += &format!(
            "<tr><td>{}<br>{}</td>",
            escape(&k.label),
            escape(&k.episodes)
        );
        for (now, before) in k.cells.iter().zip(&k.previous) {
            h += &format!("<td>{}<br>before: {}</td>", escape(now), escape(before));
        }
        h += "</tr>";
    }
    h += "</tbody></table>";
    if let Some(p) = &m.how_often.psfs {
        h += &format!(
            "<h2>Penn-style ratings (self-rated, {})</h2><p>Frequency {}: {} · Severity {}: {}</p>",
            escape(&p.source),
            p.frequency,
            escape(&p.frequency_text),
            p.severity,
            escape(&p.severity_text)
        );
    }
    h += &format!("<h2>How often</h2>{}", m.charts.frequency);
    let small = |title: &str, lines: &[twinge_report::Line]| {
        let mut t = format!("<h2>{}</h2><table><tbody>", escape(title));
        for l in lines {
            t += &format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&l.label),
                escape(&l.count),
                escape(&l.note)
            );
        }
        t + "</tbody></table>"
    };
    h += &format!(
        "<div class=\"cols\"><div><h2>Where</h2>{}{}</div><div>{}<p class=\"muted\">{}</p>{}</div></div>",
        m.charts.body,
        small("Places", &m.locations),
        small("After what", &m.triggers.lines),
        escape(&m.triggers.note),
        small("What helped", &m.reliefs)
    );
    h += "<h2>Medications</h2><ul>";
    for med in &m.medications {
        h += &format!("<li>{}</li>", escape(med));
    }
    h += &format!(
        "</ul><h2>Questions for the doctor</h2><p>{}</p>",
        escape(&m.questions)
    );
    h += &format!(
        "<div class=\"page\"><h2>When</h2>{}<h2>How bad, week by week</h2>{}</div>",
        m.charts.heatmap, m.charts.intensity
    );
    if let Some(appendix) = &m.appendix {
        h += "<div class=\"page\"><h2>Appendix: every episode of the period (patient-entered data)</h2>";
        for month in &appendix.months {
            h += &format!(
                "<h3{}>{}</h3><table><thead><tr><th>When</th><th>Kind</th><th>Where</th><th>Intensity</th>\
                 <th>Duration</th><th>Triggers</th><th>Helped</th><th>Notes</th></tr></thead><tbody>",
                if month.new_page {
                    " style=\"break-before: page\""
                } else {
                    ""
                },
                escape(&month.label)
            );
            for r in &month.rows {
                h += &format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&r.when),
                    escape(&r.kind),
                    escape(&r.place),
                    escape(&r.intensity),
                    escape(&r.duration),
                    escape(&r.triggers),
                    escape(&r.reliefs),
                    escape(if r.note_below { "" } else { &r.notes })
                );
                if r.note_below {
                    h += &format!("<tr><td colspan=\"8\">{}</td></tr>", escape(&r.notes));
                }
            }
            h += "</tbody></table>";
        }
        h += "</div>";
    }
    h + "</body></html>"
}
