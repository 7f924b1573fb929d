//! Which classes have assertions enabled: the `-ea`/`-da`/`-esa`/`-dsa`
//! options, in command-line order, answered per class the way
//! `Class.desiredAssertionStatus` reports it.
//!
//! The rules are HotSpot's: an option naming the class itself decides
//! (the last such option wins); otherwise the option naming the nearest
//! enclosing package decides (`-ea:p...` covers `p` and its subpackages,
//! `-ea:...` only the unnamed package); otherwise the general switch decides —
//! `-ea`/`-da` for application classes, `-esa`/`-dsa` for boot classes.

/// One `-ea:<name>` or `-da:<name>` option.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// Binary name with `/` separators; empty for the unnamed package.
    name: String,
    package: bool,
    enabled: bool,
}

/// The assertion options of one VM.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssertionOptions {
    /// `-ea` / `-da` with no argument.
    pub user_default: bool,
    /// `-esa` / `-dsa`.
    pub system_default: bool,
    entries: Vec<Entry>,
}

impl AssertionOptions {
    /// Records `-ea:<arg>` (`enabled`) or `-da:<arg>`. `arg` is a class
    /// name (`a.b.C`), a package with its subpackages (`a.b...`), or
    /// `...` for the unnamed package.
    pub fn add(&mut self, arg: &str, enabled: bool) {
        let (name, package) = match arg.strip_suffix("...") {
            Some(p) => (p, true),
            None => (arg, false),
        };
        self.entries.push(Entry { name: name.replace('.', "/"), package, enabled });
    }

    /// Whether assertions are enabled in the class named `class_name`
    /// (internal form, `a/b/C`), loaded by the boot loader if `boot`.
    pub fn enabled(&self, class_name: &str, boot: bool) -> bool {
        let last_for = |name: &str, package: bool| {
            self.entries.iter().rev().find(|e| e.package == package && e.name == name).map(|e| e.enabled)
        };
        if let Some(on) = last_for(class_name, false) {
            return on;
        }
        let mut package = class_name.rsplit_once('/').map_or("", |(p, _)| p);
        // `a/b` is inside `a`; no named package is inside the unnamed one.
        loop {
            if let Some(on) = last_for(package, true) {
                return on;
            }
            match package.rsplit_once('/') {
                Some((outer, _)) => package = outer,
                None => break,
            }
        }
        if boot { self.system_default } else { self.user_default }
    }
}

#[cfg(test)]
mod tests {
    use super::AssertionOptions;

    #[test]
    fn nearest_option_decides() {
        let mut a = AssertionOptions { user_default: true, ..Default::default() };
        a.add("Main$Quiet", false);
        a.add("com.x...", false);
        a.add("com.x.y...", true);
        a.add("...", false);
        assert!(!a.enabled("Main$Quiet", false));
        assert!(!a.enabled("Main", false), "the unnamed package option beats -ea");
        assert!(!a.enabled("com/x/A", false));
        assert!(a.enabled("com/x/y/z/B", false));
        assert!(a.enabled("org/C", false));
        assert!(!a.enabled("java/lang/String", true));
        a.add("Main$Quiet", true);
        assert!(a.enabled("Main$Quiet", false), "the last option for a class wins");
    }
}
