// refinery embeds migrations at compile time; without this, a new file in migrations/ is silently
// skipped until something else triggers a rebuild.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=queries");
    println!("cargo:rerun-if-changed=data");
}
