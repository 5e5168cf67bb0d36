//! The TypeScript the UI compiles against must be what the Rust side generates now.

#[test]
fn bindings_ts_is_current() {
    let path = convene_app::bindings::path();
    let generated = convene_app::bindings::Bindings::default().render();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: run `cargo run -p convene-app --example convene-bindings` and commit the result",
        path.display()
    );
}

#[test]
fn every_command_is_typed() {
    let generated = convene_app::bindings::Bindings::default().render();
    for command in ["addConcern", "castBallot", "openKiosk", "setProjectorView", "board"] {
        assert!(generated.contains(&format!("  {command}: (")), "{command} is in the generated commands");
    }
}
