//! The handlers the command list writes: one for each line of `twinge_app::rpc_schema!`
//! that names its Journal method (`=> method`, or `=> async method` to run it off the
//! main thread). Each reads its arguments as `Input<T>` — bounded, and refused in words
//! when malformed — and answers `journal.method(&arg, …)`. The commands that need more
//! (dialogs, progress, the passcode, the lock screen) are written out in commands.rs,
//! dialogs.rs and peer.rs and re-exported here, so `handlers::name` is every command.

use tauri::State;
use twinge_app::*;

use crate::spoken::Spoken;
use crate::AppState;

pub use crate::commands::*;
pub use crate::dialogs::*;
pub use crate::peer::*;

/// Every line of the schema, one at a time.
macro_rules! thin_handlers {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $(=> $($how:ident)+)?;)*) => {
        $(thin_handler!($name($($arg: $ty),*) -> $ret $(=> $($how)+)?);)*
    };
}

/// A line without `=>` is written out by hand; with it, the handler is made here.
macro_rules! thin_handler {
    ($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty) => {};
    ($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty => async $method:ident) => {
        #[tauri::command]
        pub async fn $name(
            state: State<'_, AppState>,
            $($arg: Input<$ty>),*
        ) -> Result<$ret, Spoken> {
            $(let $arg = $arg.into_inner()?;)*
            state.with(|j| j.$method($(&$arg),*))
        }
    };
    ($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty => $method:ident) => {
        #[tauri::command]
        pub fn $name(state: State<'_, AppState>, $($arg: Input<$ty>),*) -> Result<$ret, Spoken> {
            $(let $arg = $arg.into_inner()?;)*
            state.with(|j| j.$method($(&$arg),*))
        }
    };
}

twinge_app::rpc_schema!(thin_handlers);
