#!/usr/bin/env bash
# Mutation testing of the core with mutmut (configured in pyproject.toml, [tool.mutmut]).
# Not run in CI: it is slow. Usage, from the repository root:
#
#   bash tools/mutation.sh                 # every core module listed in [tool.mutmut] only_mutate
#   bash tools/mutation.sh values fixing   # only these modules (offline_gui/values.py, offline_gui/fixing.py)
#   bash tools/mutation.sh reading.records # a module inside a package
#
# Needs the "mutation" extra: python3 -m venv .venv && .venv/bin/pip install -q ".[test,mutation]"
# MUTATION_JOBS sets the number of parallel workers (default 2); the run is niced so the machine
# stays usable. Results stay in mutants/ (git-ignored): `.venv/bin/mutmut results` lists the
# survivors, `.venv/bin/mutmut show NAME` shows one, and the per-module score is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
MUTMUT=${MUTMUT:-.venv/bin/mutmut}
PY=${PY:-.venv/bin/python}
jobs=${MUTATION_JOBS:-2}

patterns=()
for module in "$@"; do
  patterns+=("offline_gui.${module}.*")
done

nice -n 19 "$MUTMUT" run --max-children "$jobs" "${patterns[@]}"
"$PY" tools/mutation_score.py "$@"
