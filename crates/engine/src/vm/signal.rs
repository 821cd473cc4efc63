//! Requests that module-level code makes of the driver, unwinding the dispatch loop
//! without running any handler: "run this event loop, then give me its result". The
//! VM does not know what the request is (asyncio defines it); it only keeps the stack
//! where it stands and resumes it with the result.

use std::any::Any;

#[derive(Debug)]
pub struct Signal(pub Box<dyn Any>);

impl Signal {
    pub fn new(request: impl Any) -> Signal {
        Signal(Box::new(request))
    }
}
