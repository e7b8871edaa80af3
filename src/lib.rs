//! factdb: turn news articles into a fact database you query with SQL.
//!
//! Data flows one way, and the modules show it:
//! [`ingest`] (files, directories, stdin -> [`ingest::Document`]) ->
//! [`extract`] (`Document` -> [`extract::Facts`], pure) ->
//! [`store`] (`Facts` -> SQLite) ->
//! [`link`] (decisions over many articles: entities, quote and claim groups) ->
//! [`report`] (saved SQL -> rows -> table, CSV, JSON, Markdown).
//! [`cli`] is the command line over them.
//!
//! Every span factdb stores or prints is in Unicode code points into the stored article body.

pub mod cli;
pub mod export;
pub mod extract;
pub mod import;
pub mod ingest;
pub mod link;
pub mod merge;
pub mod records;
pub mod report;
pub mod store;
