#!/bin/sh
# The container's start: make the image's built site a release of this environment, write
# sites/<env>/env.json (who serves it, where) and serve it. The environment comes from APP_ENV, else
# "PROD (Docker)". MANGETAMAIN_PUBLISH_WHEN=always (preprod) serves each new image's build;
# if-empty (prod) only seeds an empty volume, since npm run promote decides what production serves.
set -eu
cd "$(dirname "$0")/.."
exec node --import tsx scripts/serve.ts \
  --host "${HOST:-0.0.0.0}" \
  --port "${PORT:-8080}" \
  --publish "${MANGETAMAIN_IMAGE_SITE:-/app/image-site}" \
  --publish-when "${MANGETAMAIN_PUBLISH_WHEN:-if-empty}"
