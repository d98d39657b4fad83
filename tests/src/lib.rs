//! Test helpers for Twinge's end-to-end tests (tests/e2e.rs holds only the scenarios):
//! [`harness`] starts the virtual display and the driver and ends them whole;
//! [`driver`] uses the real window as a person would.

pub mod driver;
pub mod harness;
