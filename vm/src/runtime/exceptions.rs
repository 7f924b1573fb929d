//! Throwing Java exceptions from Rust.
//!
//! A Java exception in flight is the thread's *pending exception*: a root
//! holding the `Throwable`. Rust functions that can throw return
//! [`JResult`]; the error value [`Pending`] carries nothing but the fact
//! that an exception is pending, and only this module makes one, by setting
//! the pending exception first. Compiled code and runtime helpers follow
//! the same protocol (ARCHITECTURE.md §6): nothing unwinds through frames;
//! every caller checks and passes the `Pending` on, or handles it.
//!
//! Exceptions the VM raises are ordinary objects built by running their
//! Java constructors, so `fillInStackTrace` records the frames of the code
//! that failed. Two cannot be built that way when the resources they need
//! are gone: `StackOverflowError` (built in a stack reserve) and
//! `OutOfMemoryError` (built in a heap reserve, or preallocated).

use crate::classfile::descriptor::external_method_signature;
use crate::metadata::ClassRef;
use crate::oops::Oop;

use super::JavaThread;
use super::natives::JValue;

/// An exception is pending in the current thread.
#[derive(Debug)]
#[must_use = "a pending exception must be propagated or handled"]
pub struct Pending(());

/// The result of anything that can throw a Java exception.
pub type JResult<T> = Result<T, Pending>;

impl JavaThread {
    /// Makes `exception` the pending exception.
    pub fn throw(&self, exception: Oop) -> Pending {
        self.set_pending_exception(Some(exception));
        Pending(())
    }

    /// Re-raises the exception already pending (for code that inspected it
    /// and decided to pass it on).
    pub fn rethrow(&self) -> Pending {
        debug_assert!(self.pending_exception().is_some());
        Pending(())
    }

    /// Throws a new `class` (internal name) with `message`.
    pub fn throw_new(&self, class: &str, message: Option<&str>) -> Pending {
        match self.new_throwable(class, message, None) {
            Ok(e) => self.throw(e),
            Err(p) => p,
        }
    }

    /// Throws a new `class` with `message` and `cause`.
    pub fn throw_new_with_cause(&self, class: &str, message: Option<&str>, cause: Option<Oop>) -> Pending {
        let scope = self.scope();
        let cause = scope.handle(cause);
        match self.new_throwable(class, message, Some(cause)) {
            Ok(e) => self.throw(e),
            Err(p) => p,
        }
    }

    /// Builds a `Throwable` by running its constructor: `(String)`, `()`,
    /// `(Throwable)` or `(String, Throwable)` depending on what is given.
    pub fn new_throwable(
        &self,
        class_name: &str,
        message: Option<&str>,
        cause: Option<super::handles::Handle<'_>>,
    ) -> JResult<Oop> {
        self.set_pending_exception(None);
        let class = match crate::loader::load_class(self, self.vm().boot_loader(), class_name)? {
            Some(c) => c,
            // Throwing NoClassDefFoundError would need this very class.
            None if class_name == "java/lang/NoClassDefFoundError" => {
                panic!(
                    "the class library lacks java/lang/NoClassDefFoundError (needed to report that {class_name} is missing)"
                )
            }
            None => return Err(self.throw_new("java/lang/NoClassDefFoundError", Some(class_name))),
        };
        crate::link::ensure_initialized(self, class)?;
        let scope = self.scope();
        let msg = match message {
            Some(m) => Some(scope.oop_handle(self.new_string(m)?)),
            None => None,
        };
        let obj = scope.oop_handle(self.alloc_instance(class)?);
        let (desc, args): (&str, Vec<JValue>) = match (msg, cause) {
            (Some(m), Some(c)) => (
                "(Ljava/lang/String;Ljava/lang/Throwable;)V",
                vec![JValue::Ref(Some(obj.get())), JValue::Ref(Some(m.get())), JValue::Ref(c.get())],
            ),
            (Some(m), None) => {
                ("(Ljava/lang/String;)V", vec![JValue::Ref(Some(obj.get())), JValue::Ref(Some(m.get()))])
            }
            (None, Some(c)) => ("(Ljava/lang/Throwable;)V", vec![JValue::Ref(Some(obj.get())), JValue::Ref(c.get())]),
            (None, None) => ("()V", vec![JValue::Ref(Some(obj.get()))]),
        };
        let Some(init) = class.find_declared_method("<init>", desc) else {
            return Err(self.throw_new(
                "java/lang/NoSuchMethodError",
                Some(&external_method_signature(class.name(), "<init>", desc)),
            ));
        };
        self.call(init, &args)?;
        Ok(obj.get())
    }

    /// Throws `NullPointerException` (without a message).
    pub fn throw_npe(&self) -> Pending {
        self.throw_new("java/lang/NullPointerException", None)
    }

    /// Throws `ArrayIndexOutOfBoundsException` with HotSpot's message.
    pub fn throw_array_index(&self, index: i64, length: usize) -> Pending {
        self.throw_new(
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&format!("Index {index} out of bounds for length {length}")),
        )
    }

    /// Throws `ClassCastException` for casting an instance of `from` to `to`.
    pub fn throw_class_cast(&self, from: ClassRef, to: ClassRef) -> Pending {
        self.throw_new("java/lang/ClassCastException", Some(&class_cast_message(from, to)))
    }

    /// Throws `StackOverflowError`, building it in the stack reserve.
    #[cold]
    pub fn throw_stack_overflow(&self) -> Pending {
        if self.in_stack_reserve() {
            // Already building one: give up on the constructor.
            return self.throw_bare("java/lang/StackOverflowError");
        }
        let old = self.enter_stack_reserve();
        let rust_limit = self.lower_rust_stack_limit(256 * 1024);
        let result = self.new_throwable("java/lang/StackOverflowError", None, None);
        self.set_rust_stack_limit(rust_limit);
        self.leave_stack_reserve(old);
        match result {
            Ok(e) => self.throw(e),
            Err(p) => p,
        }
    }

    /// Throws `OutOfMemoryError` with `message`, built in the heap reserve
    /// or, if even that is exhausted, the preallocated one.
    #[cold]
    pub fn throw_oom(&self, message: &str) -> Pending {
        if self.in_oom.get() {
            return match self.vm().preallocated_oom() {
                Some(e) => self.throw(e),
                None => self.throw_bare("java/lang/OutOfMemoryError"),
            };
        }
        self.in_oom.set(true);
        let result = self.new_throwable("java/lang/OutOfMemoryError", Some(message), None);
        self.in_oom.set(false);
        match result {
            Ok(e) => self.throw(e),
            Err(p) => p,
        }
    }

    /// Throws an instance of `class_name` whose constructor has not run
    /// (no message, no stack trace): the last resort when running one is
    /// impossible.
    fn throw_bare(&self, class_name: &str) -> Pending {
        let class = match self.vm().load_boot_class(self, class_name) {
            Ok(c) => c,
            Err(p) => return p,
        };
        match self.alloc_instance(class) {
            Ok(e) => self.throw(e),
            Err(p) => p,
        }
    }
}

/// `'bootstrap'`, `'app'`, ...: how HotSpot names a class's loader in
/// messages, with the module (`module java.base`, `unnamed module`).
fn module_and_loader(class: ClassRef) -> (String, String) {
    let mut element = class;
    while let Some(c) = element.component() {
        element = c;
    }
    let loader = element.loader();
    let module = if loader.is_boot() { "module java.base".to_string() } else { "unnamed module".to_string() };
    (module, loader.describe().to_string())
}

/// `X is in unnamed module of loader 'app'`: where a class lives, as
/// HotSpot's linkage messages say it.
pub fn module_and_loader_text(class: ClassRef) -> String {
    let (module, loader) = module_and_loader(class);
    format!("{} is in {module} of loader {loader}", class.java_name())
}

/// HotSpot's `ClassCastException` message.
pub fn class_cast_message(from: ClassRef, to: ClassRef) -> String {
    let (a, b) = (from.java_name(), to.java_name());
    let (ma, la) = module_and_loader(from);
    let (mb, lb) = module_and_loader(to);
    if ma == mb && la == lb {
        format!("class {a} cannot be cast to class {b} ({a} and {b} are in {ma} of loader {la})")
    } else {
        format!("class {a} cannot be cast to class {b} ({a} is in {ma} of loader {la}; {b} is in {mb} of loader {lb})")
    }
}
