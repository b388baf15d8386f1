# Helpers shared by the bench scripts: source it, never run it. Every figure is wall-clock time
# on this machine; nothing here asserts a speed.
# shellcheck shell=bash

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_JAR="$BENCH_ROOT/target/dockertutor.jar"
BENCH_TMP=""

bench_say() { printf '%s\n' "$*" >&2; }

# Stops the script with exit code 2: the figure could not be measured (not "slow").
bench_cannot() {
  bench_say "bench: cannot measure: $*"
  exit 2
}

# Makes BENCH_TMP, a scratch folder removed when the script exits, whatever happens. Call it in
# the script itself, not in $(...): a subshell's variable and exit trap would die with it.
bench_init_tmp() {
  BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/dt-bench.XXXXXX")"
  trap 'bench_cleanup' EXIT
}

# Scripts that make more than files append commands to this array; they run at exit.
BENCH_CLEANUP=()
bench_cleanup() {
  local step
  bench_tutor_quit >/dev/null 2>&1 || true   # first: it writes its progress under BENCH_TMP
  for step in "${BENCH_CLEANUP[@]}"; do
    eval "$step" >/dev/null 2>&1 || true
  done
  [ -n "$BENCH_TMP" ] && rm -rf "$BENCH_TMP"
}

# Runs Maven quietly, offline first (a machine that built once has every dependency), then online;
# only the last attempt's words are shown, so a fallback that works prints no offline [ERROR].
# Debian's Maven 3.8 prints bare colour resets (ESC[0m) even with -q -B and no terminal, and no
# switch of its own turns them off; they are removed so a bench's output stays plain text.
bench_mvn() {
  local out status=0
  out=$(cd "$BENCH_ROOT" && mvn -q -B -o "$@" 2>&1) || out=$(cd "$BENCH_ROOT" && mvn -q -B -ntp "$@" 2>&1) || status=$?
  printf '%s\n' "$out" | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2
  return "$status"
}

# Builds the jar when it is missing (as after a fresh clone).
bench_jar() {
  if [ ! -f "$BENCH_JAR" ]; then
    bench_say "bench: building target/dockertutor.jar (mvn package -DskipTests) ..."
    bench_mvn package -DskipTests || bench_cannot "the build failed"
  fi
}

# The JVM flags the launcher ./dockertutor starts the shell with on this machine, asked of it so
# they never drift (pack and load get others). For Java mains run from the test classes.
bench_java_flags() {
  DOCKERTUTOR_JAR="${BENCH_JAR:-unused}" "$BENCH_ROOT/dockertutor" --java-flags
}

# The command that starts the tutor as a learner starts it: the launcher, on the jar measured here,
# so its flags and its class-data archive (made by its first run) count as they do for a learner.
bench_launcher() {
  printf "DOCKERTUTOR_JAR='%s' '%s'" "$BENCH_JAR" "$BENCH_ROOT/dockertutor"
}

# Microseconds since the epoch, without starting a process when bash can (bash 5: EPOCHREALTIME).
bench_now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t="${EPOCHREALTIME/[.,]/}"
    printf '%s\n' "$t"
  else
    echo $(( $(date +%s%N) / 1000 ))
  fi
}

# hyperfine when installed; installed here (Debian package) only when missing and we are root.
# Returns non-zero when there is none: callers fall back to a bash loop.
bench_hyperfine() {
  command -v hyperfine >/dev/null 2>&1 && return 0
  [ "${BENCH_NO_INSTALL:-}" = 1 ] && return 1
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    bench_say "bench: installing hyperfine (apt-get) ..."
    { apt-get install -y -qq hyperfine || { apt-get update -qq && apt-get install -y -qq hyperfine; }; } \
      >/dev/null 2>&1
  fi
  command -v hyperfine >/dev/null 2>&1
}

# Times a shell command RUNS times after WARMUP runs, one duration in milliseconds a line on
# stdout. PREPARE (may be empty) runs before each run, untimed. Uses hyperfine when there is one.
#   bench_time RUNS WARMUP PREPARE COMMAND
bench_time() {
  local runs="$1" warmup="$2" prepare="$3" command="$4"
  if bench_hyperfine; then
    local json
    json="${BENCH_TMP:?call bench_init_tmp}/hyperfine.$RANDOM.json"
    local args=(--style none --runs "$runs" --warmup "$warmup" --export-json "$json")
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" "$command" >/dev/null 2>&1 || return 1
    # hyperfine writes "times": [ one number a line ]; seconds to milliseconds
    awk '/"times"/ {on=1; next} on && /\]/ {exit} on {gsub(/[ ,]/, ""); if ($0 != "") printf "%.1f\n", $0 * 1000}' \
      "$json"
  else
    local i start end
    for ((i = 0; i < warmup + runs; i++)); do
      [ -n "$prepare" ] && bash -c "$prepare" >/dev/null 2>&1
      start=$(bench_now_us)
      bash -c "$command" >/dev/null 2>&1 || return 1
      end=$(bench_now_us)
      ((i >= warmup)) && awk -v d=$((end - start)) 'BEGIN { printf "%.1f\n", d / 1000 }'
    done
  fi
  return 0
}

# Reads numbers, one a line, and prints "median p90 p95 min max count" (nearest-rank percentiles).
bench_stats() {
  sort -g | awk '{ v[NR] = $1 }
    function rank(p,  r) { r = int(p * NR + 0.999999); if (r < 1) r = 1; return v[r] }
    END {
      if (NR == 0) { print "- - - - - 0"; exit }
      median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.1f %.1f %.1f %.1f %.1f %d\n", median, rank(0.90), rank(0.95), v[1], v[NR], NR
    }'
}

# One table row from a file of durations: what, then median p90 p95 min max in ms and the count.
# bench_cpu RUNS WARMUP COMMAND: the CPU time (user + system, in ms) COMMAND and everything it
# starts use, one line a run, from bash's own clock of its children: what a start costs a machine
# that thirty learners share, whatever else keeps it busy.
bench_cpu() {
  local runs="$1" warmup="$2" command="$3" i cpu TIMEFORMAT='%3U %3S'
  for ((i = 0; i < warmup + runs; i++)); do
    cpu=$({ time bash -c "$command" >/dev/null 2>&1; } 2>&1) || return 1
    ((i >= warmup)) && awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%.1f\n", (u + s) * 1000 }'
  done
  return 0
}

bench_row() {
  local what="$1" file="$2"
  # shellcheck disable=SC2046
  printf '%-44s %8s %8s %8s %8s %8s %4s\n' "$what" $(bench_stats <"$file")
}

bench_header() {
  printf '%-44s %8s %8s %8s %8s %8s %4s\n' "${1:-what}" "median" "p90" "p95" "min" "max" "n"
  printf '%-44s %8s %8s %8s %8s %8s %4s\n' "" "ms" "ms" "ms" "ms" "ms" ""
}

# The median of a file of durations, alone.
bench_median() { bench_stats <"$1" | cut -d' ' -f1; }

# A line saying where and when, for the tables pasted into bench/README.md.
bench_machine() {
  local cpu
  cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)"
  printf '%s, %s cores%s, %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc 2>/dev/null || echo '?')" \
    "${cpu:+ ($cpu)}" "$(java -version 2>&1 | head -1)"
}

# Whether a Docker engine answers the docker CLI (DOCKER_HOST, docker context, as usual).
bench_engine() {
  command -v docker >/dev/null 2>&1 && docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# --- a tutor process driven through pipes, one command at a time -------------------------------
# With stdin piped the tutor prints each prompt together with the line it read (a transcript), so
# the end of a command shows as the echo of the next line read. Each timed command is therefore
# sent with a comment line after it ("# dt-bench N", a no-op for the tutor), and the clock stops
# when "docker> # dt-bench N" comes back: the command's whole time, without the JVM's start.
# bench_tutor_start ARGS... starts the tutor; bench_tutor_run LINE sets BENCH_TUTOR_MS to the
# line's time in milliseconds (call it directly, not in $(...), so the marks keep counting).

BENCH_TUTOR_IN=""
BENCH_TUTOR_OUT=""
BENCH_TUTOR_PID=""
BENCH_TUTOR_MARKS=0
BENCH_TUTOR_MS=""

bench_tutor_start() {
  local fifo
  fifo="${BENCH_TMP:?call bench_init_tmp}/tutor.in"
  rm -f "$fifo" && mkfifo "$fifo"
  exec {BENCH_TUTOR_OUT}< <(DOCKERTUTOR_JAR="$BENCH_JAR" exec "$BENCH_ROOT/dockertutor" "$@" <"$fifo" 2>&1)
  BENCH_TUTOR_PID=$!
  exec {BENCH_TUTOR_IN}>"$fifo"
  bench_tutor_run "" || bench_cannot "the tutor gave no prompt"
}

# Sends LINE (none when empty) and a mark, and waits for the mark's echo. With BENCH_TUTOR_LOG
# set, keeps the tutor's output there.
bench_tutor_run() {
  local start end line mark
  BENCH_TUTOR_MARKS=$((BENCH_TUTOR_MARKS + 1))
  mark="# dt-bench $BENCH_TUTOR_MARKS"
  start=$(bench_now_us)
  if [ -n "$1" ]; then
    printf '%s\n%s\n' "$1" "$mark" >&"$BENCH_TUTOR_IN"
  else
    printf '%s\n' "$mark" >&"$BENCH_TUTOR_IN"
  fi
  while IFS= read -r -t "${BENCH_TIMEOUT:-300}" line <&"$BENCH_TUTOR_OUT"; do
    [ -n "${BENCH_TUTOR_LOG:-}" ] && printf '%s\n' "$line" >>"$BENCH_TUTOR_LOG"
    if [[ "$line" == *"docker> $mark" ]]; then
      end=$(bench_now_us)
      BENCH_TUTOR_MS="$(awk -v d=$((end - start)) 'BEGIN { printf "%.1f", d / 1000 }')"
      return 0
    fi
  done
  return 1
}

bench_tutor_quit() {
  [ -n "$BENCH_TUTOR_PID" ] || return 0
  printf 'quit\n' >&"$BENCH_TUTOR_IN" 2>/dev/null || true
  exec {BENCH_TUTOR_IN}>&-
  cat <&"$BENCH_TUTOR_OUT" >/dev/null 2>&1 || true
  exec {BENCH_TUTOR_OUT}<&-
  wait "$BENCH_TUTOR_PID" 2>/dev/null || true
  BENCH_TUTOR_PID=""
}

# --- Java mains in src/test/java -------------------------------------------------------------------
# Prints the classpath to run a test-source main with: the classes, the test classes and every
# dependency. Compiles the tests when they are missing or older than a source.
bench_test_classpath() {
  local cp_file="$BENCH_ROOT/target/bench-classpath.txt"
  if [ ! -d "$BENCH_ROOT/target/test-classes" ] \
     || [ -n "$(find "$BENCH_ROOT/src" "$BENCH_ROOT/pom.xml" -newer "$BENCH_ROOT/target/test-classes" -type f -print -quit)" ]; then
    bench_say "bench: compiling the tests (mvn test-compile) ..."
    bench_mvn test-compile || bench_cannot "the tests do not compile"
    touch "$BENCH_ROOT/target/test-classes"
  fi
  if [ ! -s "$cp_file" ] || [ "$BENCH_ROOT/pom.xml" -nt "$cp_file" ]; then
    bench_mvn dependency:build-classpath -Dmdep.outputFile="$cp_file" \
      || bench_cannot "mvn dependency:build-classpath failed"
  fi
  printf '%s\n' "$BENCH_ROOT/target/classes:$BENCH_ROOT/target/test-classes:$(cat "$cp_file")"
}
