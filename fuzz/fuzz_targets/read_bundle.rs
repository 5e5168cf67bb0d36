//! Reads arbitrary bytes as a bundle, the way an import does before merging: limits, zip
//! structure, canonical encoding, signature, hashes and the ops. It must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = convene::exchange::fuzz::read_bundle_untrusted(data);
});
