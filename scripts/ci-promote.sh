#!/usr/bin/env bash
# CI: the preprod → production pipeline on a small sample, with the commands an operator types:
# build preprod, check it, promote it to production (checked, backed up, rolled back on failure),
# then show both environments side by side. Run by .ci/run after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export SAMPLE_SCALE="${SAMPLE_SCALE:-0.01}" # about 2,300 recipes: the pipeline, not the data, is on trial
export MANGETAMAIN_KEEP="${MANGETAMAIN_KEEP:-3}"

APP_ENV=preprod npm run -s env
APP_ENV=preprod npm run -s build
npm run -s promote
npm run -s status
# Production now serves preprod's build: the same build id on both sides.
npm run -s status -- --json | node -e '
  const s = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const ids = ["preprod", "prod"].map((e) => s[e].release?.build_id);
  if (!ids[0] || ids[0] !== ids[1]) { console.error("after promote, prod does not serve the preprod build:", ids); process.exit(1); }
  console.log("prod serves preprod build", ids[1]);'
