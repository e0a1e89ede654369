fn main() {
    // limber-tray is linked as a position-dependent executable: see README, "Why limber-tray is not PIE".
    // chrono-tz's zone tables hold about 32,000 pointers; in a PIE every one is relocated at start-up, which
    // makes 1.1 MB of private, dirty pages plus the 0.8 MB relocation table resident in a process that otherwise
    // only waits. At a fixed address the linker resolves them, and the kernel maps only the pages that are read.
    println!("cargo:rustc-link-arg-bin=limber-tray=-no-pie");
    tauri_build::build();
}
