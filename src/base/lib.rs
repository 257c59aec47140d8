//! What every layer of ChatWise shares: findings with file, line and column (`diagnostic`),
//! pack files as bytes and as text (`source`), and how each language is written, with the
//! fonts that draw it (`script`). Depends on no other ChatWise crate.

pub mod diagnostic;
pub mod script;
pub mod source;
