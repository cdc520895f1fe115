extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt; // hide
use rustpython_vm::{pymodule, InterpreterBuilder}; // hide
 // hide
#[pymodule]
mod geometry {
    use rustpython_vm::{function::ArgIntoFloat, PyResult, VirtualMachine}; // hide
 // hide
    #[pyattr]
    const ORIGIN: (f64, f64) = (0.0, 0.0);

    #[pyfunction]
    fn hypot(x: ArgIntoFloat, y: ArgIntoFloat) -> f64 {
        x.into_float().hypot(y.into_float())
    }

    #[pyfunction]
    fn mean(values: Vec<ArgIntoFloat>, vm: &VirtualMachine) -> PyResult<f64> {
        let values = ArgIntoFloat::vec_into_f64(values);
        if values.is_empty() {
            return Err(vm.new_value_error("mean() of an empty sequence"));
        }
        Ok(values.iter().sum::<f64>() / values.len() as f64)
    }
}

const SCRIPT: &str = r#"
import geometry
print(geometry.hypot(3, 4), geometry.mean(range(1, 5)), geometry.ORIGIN)
print(type(geometry).__name__, type(geometry.hypot).__name__)
for call in (lambda: geometry.mean([]), lambda: geometry.mean("xy"),
             lambda: geometry.hypot(3)):
    try:
        call()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, "->", exc)
"#;
fn main() {
    let builder = InterpreterBuilder::new().init_stdlib();
    let def = geometry::module_def(&builder.ctx); // what PyInit_geometry returns in C
    let interpreter = builder.add_native_module(def).interpreter();
    let code = interpreter.run(|vm| {
        let scope = vm.new_scope_with_builtins();
        vm.run_string(scope, SCRIPT, "<script>".to_owned()).map(drop)
    });
    std::process::exit(code as i32); // hide
}
