extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt; // hide
use rustpython_vm::{pymodule, InterpreterBuilder}; // hide
 // hide
#[pymodule]
mod stats {
    use rustpython_vm::builtins::PyType; // hide
    use rustpython_vm::common::lock::PyMutex; // hide
    use rustpython_vm::types::{Constructor, Representable}; // hide
    use rustpython_vm::{function::ArgIntoFloat, pyclass, Py, PyPayload, PyResult, VirtualMachine}; // hide
 // hide
    #[pyattr]
    #[pyclass(name = "Tally")]
    #[derive(Debug, PyPayload)]
    struct Tally { // the payload: the Rust data inside each Python Tally object
        state: PyMutex<(u64, f64)>, // (count, total); PyRef<T> gives only &T
    }

    impl Constructor for Tally {
        type Args = (); // Tally() takes no arguments
        fn py_new(_cls: &Py<PyType>, _args: (), _vm: &VirtualMachine) -> PyResult<Self> {
            Ok(Tally { state: PyMutex::new((0, 0.0)) })
        }
    }

    impl Representable for Tally { // hide
        fn repr_str(zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> { // hide
            Ok(format!("Tally(count={})", zelf.state.lock().0)) // hide
        } // hide
    } // hide
    #[pyclass(with(Constructor, Representable))]
    impl Tally {
        #[pymethod]
        fn add(&self, x: ArgIntoFloat) {
            let mut state = self.state.lock();
            *state = (state.0 + 1, state.1 + x.into_float());
        }
        #[pygetset]
        fn mean(&self) -> Option<f64> {
            let (count, total) = *self.state.lock();
            (count > 0).then(|| total / count as f64)
        }
    }
}
const SCRIPT: &str = r#"
from stats import Tally
t = Tally()
print(t, t.mean)
for x in (2, 4, 9):
    t.add(x)
print(t, t.mean, type(t).__module__)
try: t.mean = 0                          # a getset with no setter
except AttributeError as exc: print("AttributeError:", exc)
"#;
 // hide
fn main() { // hide
    let builder = InterpreterBuilder::new().init_stdlib(); // hide
    let def = stats::module_def(&builder.ctx); // hide
    let interpreter = builder.add_native_module(def).interpreter(); // hide
    let code = interpreter.run(|vm| { // hide
        let scope = vm.new_scope_with_builtins(); // hide
        vm.run_string(scope, SCRIPT, "<script>".to_owned()).map(drop) // hide
    }); // hide
    std::process::exit(code as i32); // hide
} // hide
