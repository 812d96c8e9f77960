#!/usr/bin/env bash
# Answer quality on every evaluation set, in one table.
#
#   eval/run.sh                 build (debug) and score the dev set and the held-out sets
#   HELPDESK_BIN=path eval/run.sh   use a prebuilt binary instead of building
#   SCORE_PY=path DEV_SET=path      override ../shared/eval/score.py and its dev set
#   JUDGE=1 eval/run.sh             also the judge, eval/heldout14 (run it once, at the end of a round)
#
# Embeddings are used when EMBEDDINGS_BASE_URL (and EMBEDDINGS_MODEL) are set in the environment,
# exactly as `helpdesk ask` uses them. The held-out sets are a judge, not training data: see
# eval/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ../shared next to the repository; in a git worktree, next to the main checkout.
shared="$repo/../shared"
if [[ ! -d "$shared" ]]; then
    common="$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
    [[ -n "$common" && -d "$(dirname "$common")/../shared" ]] && shared="$(dirname "$common")/../shared"
fi
score_py="${SCORE_PY:-$shared/eval/score.py}"
dev_set="${DEV_SET:-$shared/eval/dev-questions.jsonl}"
heldout="$repo/eval/heldout"
heldout2="$repo/eval/heldout2"
heldout3="$repo/eval/heldout3"
heldout4="$repo/eval/heldout4"
heldout5="$repo/eval/heldout5"
heldout6="$repo/eval/heldout6"
heldout7="$repo/eval/heldout7"
heldout8="$repo/eval/heldout8"
heldout9="$repo/eval/heldout9"
heldout10="$repo/eval/heldout10"
heldout11="$repo/eval/heldout11"
heldout12="$repo/eval/heldout12"
heldout13="$repo/eval/heldout13"
heldout14="$repo/eval/heldout14"
train_faqs="$repo/eval/train/faqs"

if [[ ! -f "$score_py" ]]; then
    echo "error: score.py not found at $score_py (set SCORE_PY)" >&2
    exit 2
fi
if [[ -z "${HELPDESK_BIN:-}" ]]; then
    cargo build --quiet --manifest-path "$repo/Cargo.toml" -p helpdesk
    target_dir="${CARGO_TARGET_DIR:-$repo/target}"
    HELPDESK_BIN="$target_dir/debug/helpdesk"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name | questions | extra args for `helpdesk ask`
sets=()
if [[ -f "$dev_set" ]]; then
    sets+=("dev|$dev_set|")
else
    echo "note: dev set not found at $dev_set (set DEV_SET); skipping it" >&2
fi
sets+=(
    "heldout/clean|$heldout/clean.jsonl|"
    "heldout/chat|$heldout/chat.jsonl|"
    "heldout/requests|$heldout/requests.jsonl|"
    "heldout/second-faq|$heldout/second-faq-questions.jsonl|--faq-dir $heldout/second-faq"
    "heldout2/clean|$heldout2/clean.jsonl|"
    "heldout2/chat|$heldout2/chat.jsonl|"
    "heldout2/requests|$heldout2/requests.jsonl|"
)
sets+=(
    "heldout3/clean|$heldout3/clean.jsonl|"
    "heldout3/chat|$heldout3/chat.jsonl|"
    "heldout3/requests|$heldout3/requests.jsonl|"
    "heldout3/third-faq|$heldout3/third-faq-questions.jsonl|--faq-dir $heldout3/third-faq"
)
# The retired judges eval/heldout4, eval/heldout5 and eval/heldout6 (each run once as the judge,
# at the end of sessions 5, 6 and 7; since then rows like the other held-out sets, never tuned
# on) and the vocabulary-less tuning FAQs.
sets+=(
    "heldout4/clean|$heldout4/clean.jsonl|"
    "heldout4/chat|$heldout4/chat.jsonl|"
    "heldout4/requests|$heldout4/requests.jsonl|"
    "heldout4/fourth-faq|$heldout4/fourth-faq-questions.jsonl|--faq-dir $heldout4/fourth-faq"
    "heldout5/clean|$heldout5/clean.jsonl|"
    "heldout5/chat|$heldout5/chat.jsonl|"
    "heldout5/requests|$heldout5/requests.jsonl|"
    "heldout5/fifth-faq|$heldout5/fifth-faq-questions.jsonl|--faq-dir $heldout5/fifth-faq"
    "heldout6/clean|$heldout6/clean.jsonl|"
    "heldout6/chat|$heldout6/chat.jsonl|"
    "heldout6/requests|$heldout6/requests.jsonl|"
    "heldout6/sixth-faq|$heldout6/sixth-faq-questions.jsonl|--faq-dir $heldout6/sixth-faq"
)
for faq in "$train_faqs"/*/; do
    faq="${faq%/}"
    [[ -f "$faq/sections.toml" && -f "$faq-questions.jsonl" ]] || continue
    sets+=("train/faqs/$(basename "$faq")|$faq-questions.jsonl|--faq-dir $faq")
done
# The retired judge eval/heldout7 (run once as the judge at the end of session 8; since then a
# row like the others, never tuned on).
sets+=(
    "heldout7/clean|$heldout7/clean.jsonl|"
    "heldout7/chat|$heldout7/chat.jsonl|"
    "heldout7/requests|$heldout7/requests.jsonl|"
    "heldout7/seventh-faq|$heldout7/seventh-faq-questions.jsonl|--faq-dir $heldout7/seventh-faq"
)
# The spent judge eval/heldout8 (run once as the judge at the end of session 9; a tuning set since
# session 10, like train5).
sets+=(
    "heldout8/clean|$heldout8/clean.jsonl|"
    "heldout8/chat|$heldout8/chat.jsonl|"
    "heldout8/requests|$heldout8/requests.jsonl|"
    "heldout8/eighth-faq|$heldout8/eighth-faq-questions.jsonl|--faq-dir $heldout8/eighth-faq"
)
# The spent judge eval/heldout9 (run once as the judge in session 10; its intent misses were read
# after that run, so it is a tuning set now).
sets+=(
    "heldout9/clean|$heldout9/clean.jsonl|"
    "heldout9/chat|$heldout9/chat.jsonl|"
    "heldout9/requests|$heldout9/requests.jsonl|"
    "heldout9/ninth-faq|$heldout9/ninth-faq-questions.jsonl|--faq-dir $heldout9/ninth-faq"
)
# The judge of session 11 (eval/heldout10, run once at the end of session 11's round; a row like
# the others since; its lexical side not tuned on, the semantic model of session 12 fitted on it).
sets+=(
    "heldout10/clean|$heldout10/clean.jsonl|"
    "heldout10/chat|$heldout10/chat.jsonl|"
    "heldout10/requests|$heldout10/requests.jsonl|"
    "heldout10/tenth-faq|$heldout10/tenth-faq-questions.jsonl|--faq-dir $heldout10/tenth-faq"
)
# The judge of session 12 (eval/heldout11, run once at the end of session 12's round; a row like
# the others since; its intent misses worked on in session 13, its lexical side not tuned on).
sets+=(
    "heldout11/clean|$heldout11/clean.jsonl|"
    "heldout11/chat|$heldout11/chat.jsonl|"
    "heldout11/requests|$heldout11/requests.jsonl|"
    "heldout11/eleventh-faq|$heldout11/eleventh-faq-questions.jsonl|--faq-dir $heldout11/eleventh-faq"
)
# The judge of session 13 (eval/heldout12, run once at the end of session 13's round; a row like
# the others since; its intent misses worked on right after, its lexical side not tuned on).
sets+=(
    "heldout12/clean|$heldout12/clean.jsonl|"
    "heldout12/chat|$heldout12/chat.jsonl|"
    "heldout12/requests|$heldout12/requests.jsonl|"
    "heldout12/twelfth-faq|$heldout12/twelfth-faq-questions.jsonl|--faq-dir $heldout12/twelfth-faq"
)
# The judge of session 14 (eval/heldout13, run once at the end of session 13's round, at the start
# of session 14; a row like the others since; its intent misses worked on right after, its lexical
# side not tuned on).
sets+=(
    "heldout13/clean|$heldout13/clean.jsonl|"
    "heldout13/chat|$heldout13/chat.jsonl|"
    "heldout13/requests|$heldout13/requests.jsonl|"
    "heldout13/thirteenth-faq|$heldout13/thirteenth-faq-questions.jsonl|--faq-dir $heldout13/thirteenth-faq"
)
# The judge (eval/heldout14, written in session 13, not run yet): only with JUDGE=1, so a round of
# development does not look at it by accident. (eval/heldout15, written in session 14, is the one
# after it.)
if [[ "${JUDGE:-0}" == "1" ]]; then
    sets+=(
        "heldout14/clean|$heldout14/clean.jsonl|"
        "heldout14/chat|$heldout14/chat.jsonl|"
        "heldout14/requests|$heldout14/requests.jsonl|"
        "heldout14/fourteenth-faq|$heldout14/fourteenth-faq-questions.jsonl|--faq-dir $heldout14/fourteenth-faq"
    )
fi

rows="$work/rows.tsv"
: >"$rows"
failed=0
for entry in "${sets[@]}"; do
    IFS='|' read -r name questions extra <<<"$entry"
    pred="$work/pred.jsonl"
    # Only the question text goes to the bot; labels stay with the scorer.
    python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip(): print(json.dumps({"q": json.loads(line)["q"]}, ensure_ascii=False))' \
        <"$questions" >"$work/in.jsonl"
    # One set that cannot be answered (e.g. an invalid FAQ folder) is reported, not fatal.
    if "$HELPDESK_BIN" ask --jsonl $extra <"$work/in.jsonl" >"$pred" 2>"$work/err"; then
        metrics="$(python3 "$score_py" "$questions" "$pred" --json)"
        # Notes such as embeddings falling back to lexical-only.
        sed "s|^|$name: |" "$work/err" >&2
    else
        echo "$name: helpdesk ask failed:" >&2
        sed 's/^/  /' "$work/err" >&2
        failed=1
        metrics='{"error": true}'
    fi
    printf '%s\t%s\t%s\n' "$name" "$questions" "$metrics" >>"$rows"
done

python3 - "$rows" <<'PY'
import json, sys

embeddings = "on" if __import__("os").environ.get("EMBEDDINGS_BASE_URL") else "off"
print(f"embeddings: {embeddings}")
head = ["set", "n", "score", "top1", "r@3", "false_abst", "abstain_ok", "oos_answered",
        "intent_rec", "intent_prec"]
table = [head]
for line in open(sys.argv[1], encoding="utf-8"):
    name, path, metrics = line.rstrip("\n").split("\t")
    m = json.loads(metrics)
    if m.get("error"):
        table.append([name, "error"] + [""] * (len(head) - 2))
        continue
    qs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    labelled = sum(1 for q in qs if q.get("intent"))
    oos = m["out_of_scope"]
    answered = round(oos * (1 - m["abstain_ok"]))
    table.append([
        name, str(m["questions"]), f'{m["score"]:.3f}', f'{m["top1"]:.3f}',
        f'{m["recall@3"]:.3f}', f'{m["false_abstain"]:.3f}',
        f'{m["abstain_ok"]:.3f}' if oos else "-",
        f"{answered}/{oos}" if oos else "-",
        f'{m["intent_recall"]:.3f}' if labelled else "-",
        f'{m["intent_precision"]:.3f}' if labelled else "-",
    ])
widths = [max(len(r[i]) for r in table) for i in range(len(head))]
for r in table:
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
PY

exit "$failed"
