//! Test helpers for Twinge: see the `tests/` folder.
