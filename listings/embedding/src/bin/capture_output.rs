extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::{InterpreterBuilder, PyResult, VirtualMachine};

/// Run `source` with sys.stdout and sys.stderr swapped for io.StringIO objects;
/// return what the script printed to each.
fn run_captured(vm: &VirtualMachine, source: &str) -> PyResult<(String, String)> {
    let sys = vm.import("sys", 0)?;
    let io = vm.import("io", 0)?;
    let (out, err) = (vm.call_method(&io, "StringIO", ())?, vm.call_method(&io, "StringIO", ())?);
    let saved = (sys.get_attr("stdout", vm)?, sys.get_attr("stderr", vm)?);
    sys.set_attr("stdout", out.clone(), vm)?;
    sys.set_attr("stderr", err.clone(), vm)?;
    let result = vm.run_string(vm.new_scope_with_builtins(), source, "<plugin>".to_owned());
    sys.set_attr("stdout", saved.0, vm)?; // restore before looking at the result
    sys.set_attr("stderr", saved.1, vm)?;
    result?;
    let out: String = vm.call_method(&out, "getvalue", ())?.try_into_value(vm)?;
    let err: String = vm.call_method(&err, "getvalue", ())?.try_into_value(vm)?;
    Ok((out, err))
}

const PLUGIN: &str = "import sys\nprint('rows:', 3)\nprint('careful', file=sys.stderr)\nprint('done')\n";

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    let code = interpreter.run(|vm| {
        let (out, err) = run_captured(vm, PLUGIN)?;
        println!("host got stdout {out:?}");
        println!("host got stderr {err:?}");
        println!("lines on stdout: {}", out.lines().count());
        vm.run_string(vm.new_scope_with_builtins(), "print('after: real stdout again')", "<check>".to_owned())?;
        Ok(())
    });
    std::process::exit(code as i32);
}
