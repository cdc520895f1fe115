extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt; // hide
use rustpython_vm::{pymodule, InterpreterBuilder}; // hide
 // hide
#[pymodule]
mod fast {
    #[pyfunction] // contender 2: the macro's glue converts the arguments
    fn add(a: i64, b: i64) -> i64 {
        a.wrapping_add(b)
    }
}

extern "C" fn c_add(a: i32, b: i32) -> i32 { a.wrapping_add(b) } // contender 3: via ctypes

const SCRIPT: &str = r#"
import ctypes, time
from fast import add as native_add
def py_add(a, b):
    return a + b
C_ADD = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_int)(C_ADD_ADDRESS)

def loop(f, n=20_000):
    start = time.perf_counter()
    for i in range(n):
        f(i, 1)
    return time.perf_counter() - start
contenders = {"python": py_add, "native": native_add, "ctypes": C_ADD}
assert [f(2, 3) for f in contenders.values()] == [5, 5, 5]
best = dict.fromkeys(contenders, float("inf"))
for _ in range(5):                       # interleaved; keep each one's best
    for name, f in contenders.items():
        best[name] = min(best[name], loop(f))
print("native call cheaper than a Python call:", best["native"] < best["python"])
print("ctypes call > 5x a native call:       ", best["ctypes"] > 5 * best["native"])
print("ctypes call > 3x a Python call:       ", best["ctypes"] > 3 * best["python"])
"#;
fn main() {
    let builder = InterpreterBuilder::new().init_stdlib(); // hide
    let def = fast::module_def(&builder.ctx); // hide
    let interpreter = builder.add_native_module(def).interpreter(); // hide
    let code = interpreter.run(|vm| {
        let scope = vm.new_scope_with_builtins();
        let address = c_add as extern "C" fn(i32, i32) -> i32 as usize;
        scope.globals.set_item("C_ADD_ADDRESS", vm.new_pyobj(address), vm)?;
        vm.run_string(scope, SCRIPT, "<script>".to_owned()).map(drop)
    });
    std::process::exit(code as i32); // hide
}
