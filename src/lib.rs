//! Test harness for the book; see tests/.
