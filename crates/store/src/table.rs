//! Rows of the small tables (vocabularies, factors, appointments, medication changes)
//! read into their structs by column name, and removed by id: one way for each table.

use rusqlite::Connection;
use serde::de::DeserializeOwned;

use crate::{Result, StoreError};

/// Every row `sql` selects (it takes no parameters), each read into a `T` whose fields
/// are named as the columns.
pub(crate) fn all<T: DeserializeOwned>(conn: &Connection, sql: &str) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = serde_rusqlite::from_rows::<T>(stmt.query([])?);
    rows.collect::<std::result::Result<_, _>>()
        .map_err(|e| match e {
            serde_rusqlite::Error::Rusqlite(e) => StoreError::Sqlite(e),
            other => StoreError::Row(other.to_string()),
        })
}

/// Removes the row of `table` with `id`; [`StoreError::NotFound`] when there is none.
pub(crate) fn delete(conn: &Connection, table: &str, id: &str) -> Result<()> {
    let sql = format!("DELETE FROM {table} WHERE id = ?1");
    if conn.execute(&sql, [id])? == 0 {
        return Err(StoreError::NotFound(id.to_string()));
    }
    Ok(())
}
