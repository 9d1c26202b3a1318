#!/bin/sh
# Build the one-folder app on Linux: dist/commune-point/commune-point
# Usage: build/build.sh [extra PyInstaller options, e.g. --distpath /tmp/out]
# Needs the build extra: pip install -e '.[build]'
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] && [ "$PYTHON" = python3 ] && PYTHON=.venv/bin/python
exec "$PYTHON" -m PyInstaller --noconfirm --clean \
    --workpath .pyinstaller/work --distpath dist "$@" build/commune-point.spec
