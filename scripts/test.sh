#!/usr/bin/env bash
# Runs every test of Chronicle on a fresh machine: installs what the tests need (each step is
# skipped when already done), builds, and runs the xunit suites. CI calls this through .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

"$root/scripts/setup.sh"

dotnet build Chronicle.slnx -c Release --nologo -v q
# The console logger prints the closing "Passed! - Failed: 0, Passed: N" line per test project.
# The TRX files give the skipped tests' reasons (a clone without ../shared skips the tests that read it).
results="$root/TestResults/trx"
rm -rf "$results"
status=0
dotnet test Chronicle.slnx -c Release --no-build --nologo --logger "console;verbosity=minimal" \
  --logger trx --results-directory "$results" "$@" || status=$?
python3 "$root/scripts/skipped-tests.py" "$results"
exit "$status"
