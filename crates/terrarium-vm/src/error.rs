//! Python errors as Rust values.

use crate::object::PyRef;

/// A raised Python exception (an instance of `BaseException`).
#[derive(Clone, Debug)]
pub struct PyErr(pub PyRef);

pub type PyResult<T = PyRef> = Result<T, PyErr>;

impl PyErr {
    pub fn exc(&self) -> &PyRef {
        &self.0
    }
}
