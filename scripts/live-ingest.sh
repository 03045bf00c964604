#!/usr/bin/env bash
# Runs the live-webinar ingest (nginx + RTMP module, see live-ingest/) in the
# foreground, with its configuration, pid, logs, temporary files, HLS output
# and recordings under one folder.
#
#   scripts/live-ingest.sh [folder]      (default: $DATA_DIR/live-ingest, i.e. ./data/live-ingest)
#
# LIVE_RTMP_PORT (1935): where hosts publish; LIVE_HLS_PORT (8080): where
# viewers fetch HLS; APP_URL (http://127.0.0.1:$PORT or :3000): the app the
# ingest asks about each publish; LIVE_INGEST_SECRET: shared with the app (by
# default the secret the app generated in $DATA_DIR/live-ingest-secret);
# LIVE_RECORDINGS_DIR (<folder>/recordings): where recordings go, the folder
# the app accepts recordings from.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data_dir="${DATA_DIR:-$root/data}"
dir="$(mkdir -p "${1:-$data_dir/live-ingest}" && cd "${1:-$data_dir/live-ingest}" && pwd)"
secret="${LIVE_INGEST_SECRET:-}"
if [ -z "$secret" ] && [ -f "$data_dir/live-ingest-secret" ]; then secret="$(cat "$data_dir/live-ingest-secret")"; fi
if [ -z "$secret" ]; then
  echo "live-ingest: set LIVE_INGEST_SECRET, or start the app once so it writes $data_dir/live-ingest-secret" >&2
  exit 2
fi
if ! [[ "$secret" =~ ^[A-Za-z0-9_-]{16,}$ ]]; then
  echo "live-ingest: LIVE_INGEST_SECRET must be 16 or more letters, digits, - or _" >&2
  exit 2
fi
module=/usr/lib/nginx/modules/ngx_rtmp_module.so
command -v nginx >/dev/null && [ -f "$module" ] || { echo "live-ingest: install nginx and libnginx-mod-rtmp" >&2; exit 2; }
app_url="${APP_URL:-http://127.0.0.1:${PORT:-3000}}"
# nginx's workers run as nobody unless told otherwise; as root they would
# then be refused the folder, so they run as the user who starts this.
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi

recordings="${LIVE_RECORDINGS_DIR:-$dir/recordings}"
mkdir -p "$dir/hls" "$recordings" "$dir/temp"
recordings="$(cd "$recordings" && pwd)"
sed -e "s#@RTMP_MODULE@#$module#g" -e "s#@USER_LINE@#$user_line#g" -e "s#@DIR@#$dir#g" -e "s#@RECORDINGS@#$recordings#g" \
  -e "s#@RTMP_PORT@#${LIVE_RTMP_PORT:-1935}#g" -e "s#@HLS_PORT@#${LIVE_HLS_PORT:-8080}#g" \
  -e "s#@APP_URL@#${app_url%/}#g" -e "s#@SECRET@#$secret#g" \
  "$root/live-ingest/nginx.conf.template" > "$dir/nginx.conf"
exec nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;'
