//! Error messages for authors: where, which listing, expected versus actual.

use crate::listing::MarkupError;
use crate::verdict::Failure;

/// How many lines of a failing listing's output to show.
const OUTPUT_LINES_SHOWN: usize = 40;

pub fn format_failure(failure: &Failure) -> String {
    let mut text = format!("error: listing `{}` failed\n  --> {}", failure.listing_id, failure.location);
    if let Some(file) = &failure.file {
        text.push_str(&format!(" ({file})"));
    }
    text.push_str(&format!("\n  expected: {}\n  actual:   {}\n", failure.expected, failure.actual));
    let lines: Vec<&str> = failure.output.lines().collect();
    if lines.is_empty() {
        text.push_str("  output:   (none)\n");
    } else {
        text.push_str("  output:\n");
        let skip = lines.len().saturating_sub(OUTPUT_LINES_SHOWN);
        if skip > 0 {
            text.push_str(&format!("  | [… {skip} earlier lines …]\n"));
        }
        for line in &lines[skip..] {
            text.push_str(&format!("  | {line}\n"));
        }
    }
    text
}

pub fn format_markup_error(error: &MarkupError) -> String {
    format!("error: {}\n  --> {}:{}\n", error.message, error.chapter_path.display(), error.line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::{Actual, Expected};

    #[test]
    fn failure_names_place_listing_expectation_and_output() {
        let failure = Failure {
            listing_id: "ch/broken".into(),
            location: "book/ch.md:12".into(),
            file: Some("listings/ch/broken.py".into()),
            expected: Expected::Completes,
            actual: Actual::Raised("ZeroDivisionError".into()),
            output: "Traceback (most recent call last):\nZeroDivisionError: division by zero\n".into(),
        };
        let text = format_failure(&failure);
        assert!(text.starts_with("error: listing `ch/broken` failed\n  --> book/ch.md:12 (listings/ch/broken.py)\n"));
        assert!(text.contains("  actual:   it raised ZeroDivisionError\n"));
        assert!(text.contains("  | ZeroDivisionError: division by zero\n"));
    }
}
