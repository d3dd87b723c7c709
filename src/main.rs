//! Mounts the app into the page. Only meaningful on wasm32; the native binary does nothing.

/// Talc instead of the default dlmalloc: smaller and faster on single-threaded wasm.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    second_opinion_navigator::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Second Opinion Navigator runs in a browser: use scripts/run.sh");
}
