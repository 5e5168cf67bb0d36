//! Takes arbitrary bytes as a bundle's ops, signs them with a key the coordinator trusts and a
//! manifest that matches them, and imports them: the op parser, the op checks and the merge
//! (which a mutated bundle never reaches, since a fuzzer cannot forge a signature). It must never
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = convene::exchange::fuzz::merge_signed_ops(data);
});
