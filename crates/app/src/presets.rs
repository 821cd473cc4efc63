//! The preset gallery (SPEC section 6). Ids are stable: they appear in shared links.

pub struct Preset {
    /// Stable id, used in `data-preset` and in links (`#preset=`).
    pub id: &'static str,
    pub title: &'static str,
    /// One line: what it teaches.
    pub blurb: &'static str,
    pub source: &'static str,
}

macro_rules! preset {
    ($id:literal, $title:literal, $blurb:literal) => {
        Preset { id: $id, title: $title, blurb: $blurb, source: include_str!(concat!("../presets/", $id, ".py")) }
    };
}

/// The tutorial's three examples first, then one preset per lesson.
pub const PRESETS: &[Preset] = &[
    preset!(
        "01_seed_simple_count",
        "Simple countdown",
        "One coroutine awaited directly: its sleeps add up, nothing overlaps."
    ),
    preset!("02_seed_create_task", "create_task", "Two tasks scheduled with create_task count down while main sleeps."),
    preset!("03_seed_gather", "gather", "gather runs two countdowns at once and waits for both to finish."),
    preset!("04_sync_vs_async", "Sync vs async", "Three 1 s waits cost 3 s with time.sleep, 1 s with gather."),
    preset!("05_forgotten_await", "Forgotten await", "Calling a coroutine function without await never runs its body."),
    preset!(
        "06_blocking_sleep",
        "Blocking time.sleep",
        "time.sleep holds the whole loop: every other task has to wait."
    ),
    preset!("07_sleep0_ping_pong", "sleep(0)", "sleep(0) yields once: tasks take turns while no time passes."),
    preset!("08_cancel_finally", "Cancellation", "cancel() raises CancelledError at the await; finally still runs."),
    preset!("09_wait_for_timeout", "wait_for timeout", "wait_for gives up after its timeout and cancels the slow job."),
    preset!(
        "10_gather_exception",
        "Exception in gather",
        "The first error reaches the awaiting task; the others run on."
    ),
    preset!(
        "11_gather_return_exceptions",
        "return_exceptions",
        "gather can return exceptions as results instead of raising them."
    ),
    preset!("12_many_tasks", "Many tasks", "200 tasks sleeping 1 to 1.75 s all finish after 1.75 s."),
    preset!(
        "13_queue_producer_consumer",
        "Queue: producer/consumer",
        "A bounded queue: put waits while it is full, get while it is empty, join until all is done."
    ),
    preset!("14_semaphore_limit", "Semaphore", "A Semaphore(3) lets at most 3 downloads run at once; the rest wait."),
    preset!(
        "15_taskgroup_failure",
        "TaskGroup failure",
        "One task fails: the group cancels the others and except* catches the error."
    ),
    preset!(
        "16_timeout",
        "asyncio.timeout",
        "A deadline around a block cancels the slow call and raises TimeoutError."
    ),
    preset!(
        "17_wait_first_completed",
        "wait: first completed",
        "asyncio.wait returns when the first of two racing tasks is done; the other is cancelled."
    ),
    preset!("18_event_starting_gun", "Event", "An Event as a starting gun: every runner waits until it is set."),
    preset!(
        "19_class_worker",
        "Class-based workers",
        "Two Worker objects with their own pace run their job lists at once; gather collects their counts."
    ),
    preset!(
        "20_generator_pipeline",
        "Generator pipeline",
        "Two async-generator stages pull from one plain generator: whoever is ready takes the next line."
    ),
    preset!(
        "21_retry_with_jitter",
        "Retry with jitter",
        "Flaky calls retried with exponential backoff plus random jitter (random starts at seed 0)."
    ),
];

/// The scenario shown when nothing else is asked for.
pub const DEFAULT: &str = "01_seed_simple_count";

pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The default preset's source.
pub fn default_source() -> &'static str {
    find(DEFAULT).map_or("", |p| p.source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn seeds_come_first_and_ids_are_unique() {
        let ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
        assert_eq!(&ids[..3], ["01_seed_simple_count", "02_seed_create_task", "03_seed_gather"]);
        let mut sorted = ids.clone();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        assert!(default_source().contains("countdown(\"simple count\", 4)"));
    }
}
