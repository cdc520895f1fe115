extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::PyDict;
use rustpython_vm::{InterpreterBuilder, PyObjectRef};
use std::collections::BTreeMap;

const PLUGIN: &str = r#"
def score(words, bonus):
    """Length of each word, plus a bonus for the host's favourites."""
    return {w: len(w) + (bonus if w in FAVOURITES else 0) for w in words}
"#;

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    let code = interpreter.run(|vm| {
        let scope = vm.new_scope_with_builtins();
        // Rust -> Python: a global the plugin reads. Each element is converted explicitly.
        let favourites: Vec<PyObjectRef> = ["rust", "python"].iter().map(|w| vm.new_pyobj(*w)).collect();
        scope.globals.set_item("FAVOURITES", vm.new_pyobj(favourites), vm)?;
        vm.run_string(scope.clone(), PLUGIN, "<plugin>".to_owned())?;

        // Look the function up; call it with a tuple of Rust values (ToPyObject).
        let score = scope.globals.get_item("score", vm)?;
        let words: Vec<PyObjectRef> = ["rust", "go", "python"].iter().map(|w| vm.new_pyobj(*w)).collect();
        let result = score.call((words, 10), vm)?;

        // Python -> Rust: check the type, then convert key by key.
        let dict = result.downcast_ref::<PyDict>().ok_or_else(|| vm.new_type_error("expected a dict"))?;
        let mut scores = BTreeMap::new();
        for (key, value) in dict {
            scores.insert(key.try_into_value::<String>(vm)?, value.try_into_value::<i64>(vm)?);
        }
        println!("{scores:?}");

        // Call a method by name, as Python's result.get("go", 0) would.
        let go: i64 = vm.call_method(&result, "get", ("go", 0))?.try_into_value(vm)?;
        println!("go = {go}; repr from Python: {}", result.repr(vm)?);
        Ok(())
    });
    std::process::exit(code as i32);
}
