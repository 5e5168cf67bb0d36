//! The room-facing windows: the projector for the back row and the kiosk attendees use
//! themselves. Both load the same front end at their own route.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};

pub const MAIN: &str = "main";
pub const PROJECTOR: &str = "projector";
pub const KIOSK: &str = "kiosk";

pub fn open_projector(app: &AppHandle) -> tauri::Result<()> {
    if let Some(w) = app.get_webview_window(PROJECTOR) {
        w.show()?;
        return w.set_focus();
    }
    WebviewWindowBuilder::new(app, PROJECTOR, WebviewUrl::App("index.html#/projector".into()))
        .title("Convene — projector")
        .inner_size(1280.0, 720.0)
        .build()?;
    Ok(())
}

/// The kiosk fills the screen and stays on top; the facilitator's window hides behind it until
/// the PIN closes the kiosk, so an attendee can reach nothing else.
pub fn open_kiosk(app: &AppHandle) -> tauri::Result<()> {
    if let Some(w) = app.get_webview_window(KIOSK) {
        w.show()?;
        return w.set_focus();
    }
    WebviewWindowBuilder::new(app, KIOSK, WebviewUrl::App("index.html#/kiosk".into()))
        .title("Convene — sign in")
        .fullscreen(true)
        .always_on_top(true)
        .build()?;
    if let Some(main) = app.get_webview_window(MAIN) {
        main.hide()?;
    }
    Ok(())
}

pub fn close_kiosk(app: &AppHandle) -> tauri::Result<()> {
    if let Some(main) = app.get_webview_window(MAIN) {
        main.show()?;
        main.set_focus()?;
    }
    if let Some(w) = app.get_webview_window(KIOSK) {
        // destroy() skips CloseRequested, which refuses while the kiosk is locked.
        w.destroy()?;
    }
    Ok(())
}
