"""The load test's own arithmetic: percentiles and where the CPU went."""

from loadtest.run import cpu_seconds, percentile


def test_percentiles_of_latencies():
    latencies = [float(n) for n in range(1, 101)]
    assert percentile(latencies, 0.5) == 51.0  # the nearest rank of 99 × 0.5
    assert percentile(latencies, 0.95) == 95.0
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.5) == 0.0


def test_cpu_time_of_the_load_generator_is_counted_apart():
    before = cpu_seconds()
    sum(n * n for n in range(3_000_000))  # about a tenth of a second of this process's CPU
    after = cpu_seconds()
    assert after["load generator"] - before["load generator"] >= 0.05
    assert set(after) == {"app", "postgres", "load generator"}
