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
    let screen = screen_size(app);
    WebviewWindowBuilder::new(app, PROJECTOR, WebviewUrl::App("index.html#/projector".into()))
        .title("Convene — projector")
        .inner_size(screen.0, screen.1)
        .build()?;
    Ok(())
}

/// The kiosk fills the screen and stays on top; the facilitator's window hides behind it (see
/// [`hide_main`]) until the PIN closes the kiosk, so an attendee can reach nothing else.
pub fn open_kiosk(app: &AppHandle) -> tauri::Result<()> {
    if let Some(w) = app.get_webview_window(KIOSK) {
        w.show()?;
        return w.set_focus();
    }
    let screen = screen_size(app);
    WebviewWindowBuilder::new(app, KIOSK, WebviewUrl::App("index.html#/kiosk".into()))
        .title("Convene — sign in")
        // Where no window manager honours full screen, the window is still the screen's size.
        .inner_size(screen.0, screen.1)
        .fullscreen(true)
        .always_on_top(true)
        .build()?;
    Ok(())
}

/// Hides the facilitator's window once the kiosk has drawn itself (not before, so there is
/// never a moment with no window, and the click that opened the kiosk gets its answer).
pub fn hide_main(app: &AppHandle) -> tauri::Result<()> {
    match app.get_webview_window(MAIN) {
        Some(main) if main.is_visible()? => main.hide(),
        _ => Ok(()),
    }
}

/// The primary screen in logical pixels (a projector when one is the only screen).
fn screen_size(app: &AppHandle) -> (f64, f64) {
    app.primary_monitor()
        .ok()
        .flatten()
        .map(|m| {
            let size = m.size().to_logical::<f64>(m.scale_factor());
            (size.width, size.height)
        })
        .unwrap_or((1366.0, 768.0))
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
