#!/usr/bin/env bash
# Regenerates crates/engine/tests/loop_oracle/*.loop.jsonl: what CPython's own loop holds
# (_ready, _scheduled, the primitives' waiters) at the start of every iteration of each
# listed public scenario and of each scenario kept beside the fixtures (NAME.py, whose
# expected output NAME.jsonl is regenerated too, with the oracle) and of the page's
# presets that teach the primitives (preset.ID.*).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
oracle=${1:-$root/../shared/oracle}
scenarios=$root/crates/engine/tests/scenarios
out=$root/crates/engine/tests/loop_oracle
for n in 01_seed_simple_count 02_seed_create_task 03_seed_gather 06_blocking_sleep 07_sleep0_ping_pong \
         08_cancel_finally 09_wait_for_timeout 10_gather_exception 11_gather_return_exceptions \
         13_nested_tasks 15_gather_of_gathers 24_leftover_tasks_cancelled; do
    python3 "$root/tests/loop_oracle/instrument.py" "$oracle" "$scenarios/$n.py" > "$out/$n.loop.jsonl" 2>/dev/null
done
for py in "$out"/*.py; do
    n=${py%.py}
    python3 "$root/tests/loop_oracle/instrument.py" "$oracle" "$py" > "$n.loop.jsonl" 2>/dev/null
    python3 "$oracle/oracle.py" "$py" > "$n.jsonl" 2>/dev/null || true
done
# The page's presets that teach the primitives and the language.
for id in 13_queue_producer_consumer 14_semaphore_limit 15_taskgroup_failure 16_timeout \
          17_wait_first_completed 18_event_starting_gun 19_class_worker 20_generator_pipeline \
          21_retry_with_jitter; do
    py=$root/crates/app/presets/$id.py
    python3 "$root/tests/loop_oracle/instrument.py" "$oracle" "$py" > "$out/preset.$id.loop.jsonl" 2>/dev/null
    python3 "$oracle/oracle.py" "$py" > "$out/preset.$id.jsonl" 2>/dev/null || true
done
echo "regenerated $(ls "$out"/*.loop.jsonl | wc -l) fixtures in $out"
