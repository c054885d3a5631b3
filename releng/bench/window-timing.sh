# Shared by the start-up benchmarks (startup.sh, startup-layers.sh); sourced after releng/scripts/common.sh.

# One launch until its window is mapped: prints "<ms from start to the window being mapped> <CPU ms the process had
# used by then>", then stops the process. The command's output goes to $launch_log (default: discarded); the window
# must appear within $launch_timeout seconds (default 120).
measure() { # title, command...
  local title=$1; shift
  local t0 t1 pid cpu
  t0=$(date +%s%N)
  "$@" >>"${launch_log:-/dev/null}" 2>&1 & pid=$!
  wait_for_window "$title" "${launch_timeout:-120}" >/dev/null \
    || { kill $pid; echo "no window '$title'${launch_log:+ (log: $launch_log)}" >&2; return 1; }
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' /proc/$pid/stat)
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

# The median of the integers on standard input (the mean of the middle two, truncated, for an even count).
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
