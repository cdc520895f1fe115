//! The info string of a listing's fence: ```` ```python file=a/b.py caption="..." ````.
//!
//! Every `python` (or `py`) block is a listing. A `rust` block is a listing
//! when it names a program file with `file=`; other Rust blocks are left to
//! `mdbook test`.

use thiserror::Error;

/// The language a listing is written in, which decides how it runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// Run in a fresh interpreter of the embedded VM.
    #[default]
    Python,
    /// A program of the workspace that embeds the VM, built by cargo and run.
    Rust,
}

/// What a listing's fence says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attrs {
    pub language: Language,
    pub file: Option<String>,
    pub caption: Option<String>,
    pub id: Option<String>,
    pub expect_error: Option<String>,
    pub session: Option<String>,
    pub norun: bool,
    pub timeout: Option<f64>,
    pub memory_mb: Option<u64>,
    pub cpu_seconds: Option<u64>,
    pub file_size_mb: Option<u64>,
    /// A workspace package whose `cdylib` is built and copied into the
    /// listing's working directory before it runs.
    pub cdylib: Option<String>,
    /// Why the VM's output differs materially from CPython's, when it does.
    pub differs: Option<String>,
    /// What the listing needs that some implementations lack (`cpython::CAPABILITIES`).
    pub needs: Vec<String>,
    /// Runs on CPython only: it shows what the VM does not have.
    pub cpython_only: bool,
}

#[derive(Debug, Error, PartialEq)]
pub enum FenceError {
    #[error("unterminated quote in the fence's info string")]
    UnterminatedQuote,
    #[error("unknown attribute `{0}` (known: file, caption, id, expect-error, session, timeout, memory-mb, cpu-seconds, file-size-mb, cdylib, norun, differs, needs, cpython-only)")]
    UnknownAttribute(String),
    #[error("attribute `{0}` needs a value, as in `{0}=...`")]
    MissingValue(String),
    #[error("attribute `{0}` takes no value")]
    UnexpectedValue(String),
    #[error("attribute `{name}` must be a positive number, not `{value}`")]
    BadNumber { name: String, value: String },
    #[error("attribute `{0}` is given twice")]
    Repeated(String),
    #[error("attribute `{0}` is not supported on Rust listings")]
    NotForRust(String),
    #[error("attribute `{name}` must be a whole number, not `{value}`")]
    NotWhole { name: String, value: String },
    #[error("`needs={0}` is unknown (known: {known})", known = crate::cpython::CAPABILITIES.join(", "))]
    UnknownNeed(String),
    #[error("`norun` and `cpython-only` exclude each other: `norun` never runs, `cpython-only` runs on CPython")]
    NorunAndCPythonOnly,
    #[error("a `cpython-only` listing cannot be part of a session, whose other blocks run on the VM too")]
    SessionOnCPythonOnly,
    #[error(
        "`differs` explains a difference between the VM and CPython, but a `cpython-only` listing never runs on the VM"
    )]
    DiffersOnCPythonOnly,
}

/// The languages that make a fenced block a Python listing.
const PYTHON_LANGUAGES: [&str; 2] = ["python", "py"];

/// Attributes that only make sense for Python listings.
const PYTHON_ONLY: [&str; 6] = ["expect-error", "session", "cdylib", "differs", "needs", "cpython-only"];

/// Parse an info string. `Ok(None)` means the block is not a listing.
pub fn parse_info(info: &str) -> Result<Option<Attrs>, FenceError> {
    let words = split_words(info)?;
    let Some((language, rest)) = words.split_first() else { return Ok(None) };
    let language = match language.as_str() {
        l if PYTHON_LANGUAGES.contains(&l) => Language::Python,
        "rust" if rest.iter().any(|w| w.starts_with("file=")) => Language::Rust,
        _ => return Ok(None),
    };
    let mut attrs = Attrs { language, ..Attrs::default() };
    let mut seen = Vec::new();
    for word in rest {
        let (name, value) = match word.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (word.as_str(), None),
        };
        if seen.contains(&name) {
            return Err(FenceError::Repeated(name.to_string()));
        }
        if language == Language::Rust && PYTHON_ONLY.contains(&name) {
            return Err(FenceError::NotForRust(name.to_string()));
        }
        seen.push(name);
        let text = |value: Option<String>| value.ok_or_else(|| FenceError::MissingValue(name.to_string()));
        match name {
            "file" => attrs.file = Some(text(value)?),
            "caption" => attrs.caption = Some(text(value)?),
            "id" => attrs.id = Some(text(value)?),
            "expect-error" => attrs.expect_error = Some(text(value)?),
            "session" => attrs.session = Some(text(value)?),
            "timeout" => attrs.timeout = Some(number(name, text(value)?)?),
            "memory-mb" => attrs.memory_mb = Some(whole(name, text(value)?)?),
            "cpu-seconds" => attrs.cpu_seconds = Some(whole(name, text(value)?)?),
            "file-size-mb" => attrs.file_size_mb = Some(whole(name, text(value)?)?),
            "cdylib" => attrs.cdylib = Some(text(value)?),
            "differs" => attrs.differs = Some(text(value)?),
            "needs" => {
                for need in text(value)?.split(',').map(str::trim) {
                    if !crate::cpython::CAPABILITIES.contains(&need) {
                        return Err(FenceError::UnknownNeed(need.to_string()));
                    }
                    attrs.needs.push(need.to_string());
                }
            }
            "norun" | "cpython-only" => match value {
                None if name == "norun" => attrs.norun = true,
                None => attrs.cpython_only = true,
                Some(_) => return Err(FenceError::UnexpectedValue(name.to_string())),
            },
            _ => return Err(FenceError::UnknownAttribute(name.to_string())),
        }
    }
    if attrs.norun && attrs.cpython_only {
        return Err(FenceError::NorunAndCPythonOnly);
    }
    if attrs.cpython_only && attrs.session.is_some() {
        return Err(FenceError::SessionOnCPythonOnly);
    }
    if attrs.cpython_only && attrs.differs.is_some() {
        return Err(FenceError::DiffersOnCPythonOnly);
    }
    Ok(Some(attrs))
}

/// A positive whole number: a limit of `0.5` MiB must not silently become 0.
fn whole(name: &str, value: String) -> Result<u64, FenceError> {
    match value.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ if value.parse::<f64>().is_ok_and(|n| n > 0.0) => Err(FenceError::NotWhole { name: name.to_string(), value }),
        _ => Err(FenceError::BadNumber { name: name.to_string(), value }),
    }
}

fn number(name: &str, value: String) -> Result<f64, FenceError> {
    match value.parse::<f64>() {
        Ok(n) if n > 0.0 && n.is_finite() => Ok(n),
        _ => Err(FenceError::BadNumber { name: name.to_string(), value }),
    }
}

/// Split on whitespace; `"..."` groups words, and `\"` / `\\` escape inside quotes.
fn split_words(info: &str) -> Result<Vec<String>, FenceError> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = info.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        None => return Err(FenceError::UnterminatedQuote),
                        Some('"') => break,
                        Some('\\') => word.push(chars.next().ok_or(FenceError::UnterminatedQuote)?),
                        Some(c) => word.push(c),
                    }
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_are_not_listings() {
        assert_eq!(parse_info("rust"), Ok(None));
        assert_eq!(parse_info(""), Ok(None));
        assert_eq!(parse_info("pythonic"), Ok(None));
    }

    #[test]
    fn bare_python_is_a_listing_with_defaults() {
        assert_eq!(parse_info("python"), Ok(Some(Attrs::default())));
        assert_eq!(parse_info("py"), Ok(Some(Attrs::default())));
    }

    #[test]
    fn attributes_and_quoted_values() {
        let attrs = parse_info(r#"python file=ch/a.py caption="Two names, \"one\" list" expect-error=TypeError session=s norun timeout=2.5 memory-mb=512"#)
            .unwrap()
            .unwrap();
        assert_eq!(attrs.file.as_deref(), Some("ch/a.py"));
        assert_eq!(attrs.caption.as_deref(), Some(r#"Two names, "one" list"#));
        assert_eq!(attrs.expect_error.as_deref(), Some("TypeError"));
        assert_eq!(attrs.session.as_deref(), Some("s"));
        assert!(attrs.norun);
        assert_eq!(attrs.timeout, Some(2.5));
        assert_eq!(attrs.memory_mb, Some(512));
    }

    #[test]
    fn rust_blocks_are_listings_only_with_a_file() {
        assert_eq!(parse_info("rust"), Ok(None));
        assert_eq!(parse_info("rust,ignore"), Ok(None));
        let attrs = parse_info("rust file=embedding/src/bin/hello.rs caption=\"Hi\"").unwrap().unwrap();
        assert_eq!(attrs.language, Language::Rust);
        assert_eq!(parse_info("rust file=a.rs session=s"), Err(FenceError::NotForRust("session".into())));
        let python = parse_info("python cdylib=ffi-demo").unwrap().unwrap();
        assert_eq!((python.language, python.cdylib.as_deref()), (Language::Python, Some("ffi-demo")));
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(parse_info("python fil=a.py"), Err(FenceError::UnknownAttribute("fil".into())));
        assert_eq!(parse_info("python caption"), Err(FenceError::MissingValue("caption".into())));
        assert_eq!(parse_info("python norun=yes"), Err(FenceError::UnexpectedValue("norun".into())));
        assert_eq!(parse_info(r#"python caption="open"#), Err(FenceError::UnterminatedQuote));
        assert_eq!(
            parse_info("python timeout=0"),
            Err(FenceError::BadNumber { name: "timeout".into(), value: "0".into() })
        );
        assert_eq!(parse_info("python norun norun"), Err(FenceError::Repeated("norun".into())));
        assert_eq!(
            parse_info("python cpu-seconds=0.9"),
            Err(FenceError::NotWhole { name: "cpu-seconds".into(), value: "0.9".into() })
        );
        assert_eq!(
            parse_info("python memory-mb=0"),
            Err(FenceError::BadNumber { name: "memory-mb".into(), value: "0".into() })
        );
        assert_eq!(parse_info("python needs=gpu"), Err(FenceError::UnknownNeed("gpu".into())));
        assert_eq!(parse_info("python norun cpython-only"), Err(FenceError::NorunAndCPythonOnly));
        assert_eq!(parse_info("python cpython-only differs=x"), Err(FenceError::DiffersOnCPythonOnly));
        assert_eq!(parse_info("rust file=a.rs differs=x"), Err(FenceError::NotForRust("differs".into())));
    }

    #[test]
    fn implementation_attributes() {
        let attrs = parse_info(r#"python differs="no immortal objects" needs=threads,fork"#).unwrap().unwrap();
        assert_eq!(attrs.differs.as_deref(), Some("no immortal objects"));
        assert_eq!(attrs.needs, vec!["threads".to_string(), "fork".to_string()]);
        assert!(parse_info("python cpython-only").unwrap().unwrap().cpython_only);
    }
}
