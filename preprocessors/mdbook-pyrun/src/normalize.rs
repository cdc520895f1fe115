//! The one place where listing output is normalised before it is shown, cached
//! or compared with a recorded output. Listings should avoid nondeterministic
//! output in the first place; this catches what cannot be avoided.

/// Decode output bytes (invalid UTF-8 becomes U+FFFD) and normalise it:
/// hexadecimal addresses of six or more digits, such as `0x7f3a2c1b9e80`,
/// become `0x…`.
pub fn normalize_output(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(pos) = rest.find("0x") {
        let (before, from) = rest.split_at(pos);
        out.push_str(before);
        let digits = from[2..].bytes().take_while(u8::is_ascii_hexdigit).count();
        let preceded_by_word = before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        if digits >= 6 && !preceded_by_word {
            out.push_str("0x…");
        } else {
            out.push_str(&from[..2 + digits]);
        }
        rest = &from[2 + digits..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::normalize_output;

    #[test]
    fn addresses_are_replaced() {
        assert_eq!(normalize_output(b"<object at 0x7f3a2c1b9e80>"), "<object at 0x…>");
    }

    #[test]
    fn short_hex_literals_and_words_are_kept() {
        assert_eq!(normalize_output(b"0xff 0x1234 ab0x123456"), "0xff 0x1234 ab0x123456");
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(normalize_output(b"a\xffb"), "a\u{fffd}b");
    }
}
