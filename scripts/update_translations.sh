#!/usr/bin/env bash
# Extract the interface strings (tr / QCoreApplication.translate / QT_TRANSLATE_NOOP) from
# irm_app/ui into resources/translations/qt/irm_<lang>.ts, then compile each .ts to the .qm the
# app loads. Existing translations are kept; strings gone from the code become "obsolete" and
# are dropped (-no-obsolete). Run from anywhere; tools default to the project's venv.
#   scripts/update_translations.sh            # lupdate + lrelease
#   scripts/update_translations.sh --release  # lrelease only (after editing in Qt Linguist)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${PYSIDE_BIN:-$root/.venv/bin}"
lupdate="$bin/pyside6-lupdate"
lrelease="$bin/pyside6-lrelease"
langs=(es fr pt ar)
out="$root/resources/translations/qt"
mkdir -p "$out"
cd "$root"
if [[ "${1:-}" != "--release" ]]; then
    mapfile -t sources < <(find irm_app/ui -name '*.py' | LC_ALL=C sort)
    for lang in "${langs[@]}"; do
        "$lupdate" -no-obsolete -locations relative -target-language "$lang" \
            "${sources[@]}" -ts "$out/irm_$lang.ts"
    done
fi
for lang in "${langs[@]}"; do
    "$lrelease" -silent "$out/irm_$lang.ts" -qm "$out/irm_$lang.qm"
done
