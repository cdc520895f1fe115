//! Functions with the C ABI, loaded from Python with `ctypes.CDLL`.

/// The seed's exercise: `int add(int a, int b)`.
#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}
