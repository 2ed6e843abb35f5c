"""The search benchmark: a synthetic multilingual corpus (bench.generate) and the measurements (bench.run).

`make bench` (or `QUOTES=20000 make bench`) runs both against a database of its own; see scripts/bench.sh.
"""
