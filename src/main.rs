//! Mounts the app into the page. Only meaningful on wasm32; the native binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    second_opinion_navigator::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Second Opinion Navigator runs in a browser: use scripts/run.sh");
}
