//! Reports: the comparison table, the output check with its diff, JSON, and
//! an SVG bar chart. The benchmark runner reuses the table and the chart.

use std::fmt::Write;

use super::Comparison;
use super::diff::unified;

fn secs(d: std::time::Duration) -> String {
    format!("{:.3}s", d.as_secs_f64())
}

fn mib(kb: u64) -> String {
    format!("{:.1} MiB", kb as f64 / 1024.0)
}

/// Pads each column of `rows` to its widest cell (first column left,
/// others right aligned).
pub fn align(rows: &[Vec<String>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> =
        (0..cols).map(|c| rows.iter().map(|r| r.get(c).map_or(0, |s| s.chars().count())).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            let pad = width[c] - cell.chars().count();
            if c == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A Markdown table of `rows` (the first row is the header).
pub fn markdown(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for (i, r) in rows.iter().enumerate() {
        out.push_str("| ");
        out.push_str(&r.join(" | "));
        out.push_str(" |\n");
        if i == 0 {
            out.push('|');
            for c in 0..r.len() {
                out.push_str(if c == 0 { " --- |" } else { " ---: |" });
            }
            out.push('\n');
        }
    }
    out
}

/// The human-readable report of a comparison.
pub fn text(c: &Comparison) -> String {
    let mut out = format!("{}\n\n", c.program);
    for &k in c.crema.iter().chain([&c.java_int]) {
        let label = &c.runners[k].runner.label;
        if c.matches_java(k) {
            let _ = writeln!(out, "output of {label}: same as java (stdout and exit code)");
        } else {
            let (a, b) = (c.runners[c.java].output(), c.runners[k].output());
            let _ = writeln!(out, "output of {label}: DIFFERS from java");
            if a.exit_code != b.exit_code {
                let _ = writeln!(out, "  exit code: java {}, {label} {}", a.exit_code, b.exit_code);
            }
            out.push_str(&unified(&a.stdout, &b.stdout, "java", label, 3));
            if !b.stderr.is_empty() {
                let tail: Vec<&str> = b.stderr.lines().rev().take(10).collect();
                let _ = writeln!(out, "  {label} stderr (last lines):");
                for l in tail.iter().rev() {
                    let _ = writeln!(out, "    {l}");
                }
            }
        }
    }
    out.push('\n');
    let mut rows = vec![vec![
        "runner".to_string(),
        "median".into(),
        "min".into(),
        "max".into(),
        "cpu (user+sys)".into(),
        "peak RSS".into(),
        "vs java -Xint".into(),
        "vs java".into(),
    ]];
    for (k, r) in c.runners.iter().enumerate() {
        let w = r.wall();
        let ratio = |other: usize| if k == other { "1.00".to_string() } else { format!("{:.2}", c.ratio(k, other)) };
        rows.push(vec![
            r.runner.label.clone(),
            secs(w.median),
            secs(w.min),
            secs(w.max),
            secs(r.cpu().median),
            mib(r.max_rss_kb()),
            ratio(c.java_int),
            ratio(c.java),
        ]);
    }
    out.push_str(&align(&rows));
    let n = c.runners[0].samples.len();
    let _ = writeln!(
        out,
        "\n{n} measured runs per runner; ratios are median wall times (below 1: faster than that runner)."
    );
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The comparison as a JSON object.
pub fn json(c: &Comparison) -> String {
    let mut out = format!("{{\"program\": {}, \"runners\": [", json_string(&c.program));
    for (k, r) in c.runners.iter().enumerate() {
        let w = r.wall();
        let samples: Vec<String> = r.samples.iter().map(|m| format!("{:.6}", m.wall.as_secs_f64())).collect();
        let _ = write!(
            out,
            "{}{{\"label\": {}, \"command\": {}, \"wall_seconds\": {{\"median\": {:.6}, \"min\": {:.6}, \"max\": {:.6}, \"samples\": [{}]}}, \"cpu_seconds_median\": {:.6}, \"peak_rss_kb\": {}, \"exit_code\": {}, \"output_matches_java\": {}, \"ratio_to_java_int\": {:.4}, \"ratio_to_java\": {:.4}}}",
            if k > 0 { ", " } else { "" },
            json_string(&r.runner.label),
            json_string(&r.runner.command_line()),
            w.median.as_secs_f64(),
            w.min.as_secs_f64(),
            w.max.as_secs_f64(),
            samples.join(", "),
            r.cpu().median.as_secs_f64(),
            r.max_rss_kb(),
            r.output().exit_code,
            c.matches_java(k),
            c.ratio(k, c.java_int),
            c.ratio(k, c.java),
        );
    }
    out.push_str("]}\n");
    out
}

/// A bar chart: one group per entry of `groups` (a label and one value per
/// series), one colour per series.
pub fn svg(title: &str, series: &[String], groups: &[(String, Vec<f64>)], unit: &str) -> String {
    const COLORS: [&str; 6] = ["#c2410c", "#2563eb", "#16a34a", "#9333ea", "#ca8a04", "#0f766e"];
    let bar = 18.0;
    let gap = 14.0;
    let label_w = 130.0;
    let chart_w = 520.0;
    let max = groups.iter().flat_map(|g| g.1.iter().copied()).fold(0.0f64, f64::max).max(1e-9);
    let group_h = bar * series.len() as f64 + gap;
    let height = 60.0 + group_h * groups.len() as f64 + 20.0 * series.len() as f64;
    let width = label_w + chart_w + 110.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"10\" y=\"22\" font-size=\"15\">{}</text>\n",
        escape(title)
    );
    for (g, (label, values)) in groups.iter().enumerate() {
        let top = 40.0 + g as f64 * group_h;
        let _ = writeln!(out, "<text x=\"10\" y=\"{:.1}\">{}</text>", top + group_h / 2.0, escape(label));
        for (s, v) in values.iter().enumerate() {
            let y = top + s as f64 * bar;
            let w = (v / max * chart_w).max(1.0);
            let _ = writeln!(
                out,
                "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{v:.3}{unit}</text>",
                bar - 3.0,
                COLORS[s % COLORS.len()],
                label_w + w + 4.0,
                y + bar - 6.0
            );
        }
    }
    let legend_top = 40.0 + group_h * groups.len() as f64;
    for (s, name) in series.iter().enumerate() {
        let y = legend_top + s as f64 * 20.0;
        let _ = writeln!(
            out,
            "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"14\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            COLORS[s % COLORS.len()],
            label_w + 20.0,
            y + 12.0,
            escape(name)
        );
    }
    out.push_str("</svg>\n");
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The comparison's medians as a chart.
pub fn comparison_svg(c: &Comparison) -> String {
    let series: Vec<String> = c.runners.iter().map(|r| r.runner.label.clone()).collect();
    let groups = vec![(c.program.clone(), c.runners.iter().map(|r| r.wall().median.as_secs_f64()).collect())];
    svg("median wall time", &series, &groups, "s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables() {
        let rows = vec![vec!["a".to_string(), "b".into()], vec!["long".into(), "1".into()]];
        assert_eq!(align(&rows), "a     b\nlong  1\n");
        assert_eq!(markdown(&rows), "| a | b |\n| --- | ---: |\n| long | 1 |\n");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\\n\u{1}"), "\"a\\\"b\\\\\\n\\u0001\"");
    }

    #[test]
    fn charts_are_svg() {
        let s = svg("t", &["x".into(), "y".into()], &[("fib".into(), vec![1.0, 2.0])], "s");
        assert!(s.starts_with("<svg") && s.ends_with("</svg>\n"));
        assert_eq!(s.matches("<rect").count(), 1 + 2 + 2);
    }
}
