//! Functions with the C ABI, loaded from Python with `ctypes.CDLL`.
//!
//! Every item here is what a C header would declare; the comments give that
//! declaration. Nothing here knows about Python: ctypes does all the converting.

use std::ffi::{c_char, CStr};

/// The seed's exercise: `int add(int a, int b);`
#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// `double mean(const double *values, size_t n);` (0.0 for an empty array)
///
/// # Safety
/// `values` must point to `n` readable doubles (or `n` must be 0).
#[no_mangle]
pub unsafe extern "C" fn mean(values: *const f64, n: usize) -> f64 {
    if values.is_null() || n == 0 {
        return 0.0;
    }
    let slice = unsafe { std::slice::from_raw_parts(values, n) };
    slice.iter().sum::<f64>() / n as f64
}

/// `size_t count_byte(const char *text, char byte);` counts `byte` in a
/// NUL-terminated string.
///
/// # Safety
/// `text` must be a valid NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn count_byte(text: *const c_char, byte: c_char) -> usize {
    let text = unsafe { CStr::from_ptr(text) };
    text.to_bytes().iter().filter(|&&b| b == byte as u8).count()
}

/// `size_t greet(char *buf, size_t cap);` writes a NUL-terminated greeting
/// into a buffer the caller owns and returns its length without the NUL.
///
/// # Safety
/// `buf` must point to `cap` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn greet(buf: *mut u8, cap: usize) -> usize {
    let message = b"hello from Rust";
    if buf.is_null() || cap == 0 {
        return 0;
    }
    let n = message.len().min(cap - 1);
    unsafe {
        std::ptr::copy_nonoverlapping(message.as_ptr(), buf, n);
        *buf.add(n) = 0;
    }
    n
}

/// `struct Point { double x; double y; };` with C layout.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// `struct Point point_new(double x, double y);` returns a struct by value.
#[no_mangle]
pub extern "C" fn point_new(x: f64, y: f64) -> Point {
    Point { x, y }
}

/// `double point_norm2(struct Point p);` takes a struct by value (a copy).
#[no_mangle]
pub extern "C" fn point_norm2(p: Point) -> f64 {
    p.x * p.x + p.y * p.y
}

/// `void point_mid(const struct Point *a, const struct Point *b,
///                 struct Point *out);` writes the midpoint into the caller's
/// struct: how C APIs usually hand a struct back.
///
/// # Safety
/// `a` and `b` must point to readable `Point`s; `out` to a writable one.
#[no_mangle]
pub unsafe extern "C" fn point_mid(a: *const Point, b: *const Point, out: *mut Point) {
    let (a, b) = unsafe { (&*a, &*b) };
    unsafe {
        *out = Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0 };
    }
}

static UNIT_X: Point = Point { x: 1.0, y: 0.0 };

/// `const struct Point *point_unit_x(void);` a pointer into the library's own
/// memory: the caller reads it and must never free it.
#[no_mangle]
pub extern "C" fn point_unit_x() -> *const Point {
    &UNIT_X
}

/// `void point_scale(struct Point *p, double k);` changes the caller's struct.
///
/// # Safety
/// `p` must be null or point to a writable `Point`.
#[no_mangle]
pub unsafe extern "C" fn point_scale(p: *mut Point, k: f64) {
    if let Some(p) = unsafe { p.as_mut() } {
        p.x *= k;
        p.y *= k;
    }
}

/// `long long fold(const int *values, size_t n, long long init,
///                 long long (*step)(long long acc, int value));`
///
/// Calls `step` once per element, in order, threading the accumulator through:
/// C code calling back into whoever supplied the function pointer.
///
/// # Safety
/// `values` must point to `n` readable ints; `step` must be callable or null.
#[no_mangle]
pub unsafe extern "C" fn fold(
    values: *const i32,
    n: usize,
    init: i64,
    step: Option<extern "C" fn(i64, i32) -> i64>,
) -> i64 {
    let Some(step) = step else { return init };
    if values.is_null() {
        return init;
    }
    let values = unsafe { std::slice::from_raw_parts(values, n) };
    values.iter().fold(init, |acc, &v| step(acc, v))
}

