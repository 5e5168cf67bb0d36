//! Rewrites `ui/src/bindings.ts` from the Rust side of the boundary.

fn main() -> std::io::Result<()> {
    let path = convene_app::bindings::path();
    std::fs::write(&path, convene_app::bindings::Bindings::default().render())?;
    println!("wrote {}", path.display());
    Ok(())
}
