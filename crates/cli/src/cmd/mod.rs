//! One module per subcommand: its arguments and what it does.

pub(crate) mod add;
pub(crate) mod appointment;
pub(crate) mod checkin;
pub(crate) mod demo;
pub(crate) mod files;
pub(crate) mod list;
pub(crate) mod passcode;
pub(crate) mod peer;
pub(crate) mod remind;
pub(crate) mod report;
pub(crate) mod stats;
pub(crate) mod transfer;
pub(crate) mod treatment;
pub(crate) mod trial;
