#!/usr/bin/env python3
"""CPU budget of a command: the user+sys CPU seconds of it and of every process it starts, per phase.

    releng/bench/cpu-budget.py [--marks REGEX] [--log FILE] [--json FILE] -- COMMAND ARGS...

How it counts (Linux /proc accounting, no cgroup needed): this process makes itself a child subreaper
(prctl PR_SET_CHILD_SUBREAPER), so every process the command starts stays below it, daemons that detach from their
parent (pg_ctl's postgres, Xvfb under xvfb-run) included: when their parent exits they are re-parented here and reaped
here. The CPU used so far is then
    getrusage(RUSAGE_CHILDREN)          every descendant already reaped (the kernel adds a process's CPU and its reaped
                                         children's to its parent when the parent reaps it)
  + utime+stime+cutime+cstime of every live descendant (/proc/PID/stat)
which is exact at any moment, not sampled. Idle time (sleeps, polls, waits on a timeout) costs wall time but no CPU,
so wall minus CPU/cores shows what waiting cost.

Phases: the command's output (stdout and stderr, passed through, and copied to --log) is matched line by line against
--marks; a line that matches starts a new phase named by the regex's first group (or the whole match). For the Maven
reactor: --marks '^\\[INFO\\] Building (\\S+) \\S+ +\\[\\d+/\\d+\\]'. Prints a table of phases: wall s, CPU s, CPU/wall.
After the command exits, descendants still running (a daemon it left) are waited for up to 30 s, then reported.
"""
import argparse
import ctypes
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time

PR_SET_CHILD_SUBREAPER = 36
TICK = os.sysconf("SC_CLK_TCK")


def stat_fields(pid):
    """The fields of /proc/PID/stat after the command name (fields[1]: the parent, fields[11..14]: utime stime cutime
    cstime in ticks), or None when the process has exited."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2:].split()


def descendants(root):
    """PIDs of the live processes below root (by their parent links in /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        fields = stat_fields(entry) if entry.isdigit() else None
        if fields:
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def live_cpu(pids):
    total = 0.0
    for pid in pids:
        fields = stat_fields(pid)
        if fields:   # else exited meanwhile: its CPU moves into its parent's cutime or our RUSAGE_CHILDREN
            total += sum(int(x) for x in fields[11:15]) / TICK
    return total


def kind(pid):
    """What a process is, for the breakdown by process: the Maven JVM, a forked test runtime, a database, ..."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return None
    if not argv:
        return None
    exe = os.path.basename(argv[0])
    line = " ".join(argv)
    if exe == "java" or exe.endswith("/java"):
        if "plexus.classworlds" in line:
            return "java: Maven"
        if "org.eclipse.equinox.launcher" in line or "surefire" in line or "-Dosgi." in line:
            return "java: OSGi test runtime / product" if "surefire" in line or "/work/data" in line else "java: product (Equinox)"
        if "jazzer" in line.lower() or "surefirebooter" in line:
            return "java: plain test JVM"
        return "java: other"
    if exe.startswith("postgres") or exe in ("initdb", "pg_ctl"):
        return "postgresql"
    if exe in ("Xvfb", "xvfb-run"):
        return "Xvfb"
    if exe == "node" or exe.startswith("node"):
        return "node (Prism, Redocly)"
    return exe


class Sampler(threading.Thread):
    """Every 0.5 s: each live descendant's own CPU (utime+stime), keyed by pid; its kind from its command line."""

    def __init__(self):
        super().__init__(daemon=True)
        self.cpu, self.kinds, self.stop = {}, {}, threading.Event()

    def run(self):
        me = os.getpid()
        while not self.stop.wait(0.5):
            for pid in descendants(me):
                fields = stat_fields(pid)
                if not fields:
                    continue
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / TICK
                if pid not in self.kinds or self.kinds[pid] in ("java: other", "bash", "sh"):
                    self.kinds[pid] = kind(pid) or self.kinds.get(pid, "?")

    def table(self):
        out = {}
        for pid, c in self.cpu.items():
            k = self.kinds.get(pid, "?")
            out[k] = out.get(k, 0.0) + c
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def reaped_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# what this process inherited: RUSAGE_CHILDREN survives exec, so a launcher that ran children before it exec'd
# python (pyenv's shim: about 0.4 s) would otherwise count as the command's
INHERITED = reaped_cpu()


def cpu_so_far():
    return reaped_cpu() - INHERITED + live_cpu(descendants(os.getpid()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--marks", help="regex: a matching output line starts a phase")
    parser.add_argument("--log", help="copy of the command's output")
    parser.add_argument("--json", help="the phases as JSON")
    parser.add_argument("--name", default="command", help="name of the first phase")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("cpu-budget: prctl(PR_SET_CHILD_SUBREAPER) failed")
    marks = re.compile(args.marks) if args.marks else None
    log = open(args.log, "w") if args.log else None
    load0 = os.getloadavg()
    start = time.monotonic()
    phases = [[args.name, start, 0.0]]
    sampler = Sampler()
    sampler.start()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=0)
    signal.signal(signal.SIGINT, lambda *_: proc.send_signal(signal.SIGINT))
    buf = b""
    while True:
        chunk = proc.stdout.read1(65536) if hasattr(proc.stdout, "read1") else os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()
        if log:
            log.write(chunk.decode(errors="replace"))
            log.flush()
        if marks:
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                m = marks.search(line.decode(errors="replace"))
                if m:
                    name = next((g for g in m.groups() if g), m.group(0))
                    phases.append([name, time.monotonic(), cpu_so_far()])
                    (prev, t0, c0), (_, t1, c1) = phases[-2], phases[-1]
                    # as it goes (a long run stopped early still tells what it measured)
                    print(f"cpu-budget: phase {prev}: {t1 - t0:.1f} s wall, {c1 - c0:.1f} s CPU", file=sys.stderr)
    rc = proc.wait()
    end_cmd = time.monotonic()
    # daemons the command left: wait for them (they are ours to reap), at most 30 s
    left = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except ChildProcessError:
            break
        left = descendants(os.getpid())
        if not left:
            break
        time.sleep(0.2)
    end_cpu = cpu_so_far()
    sampler.stop.set()
    phases.append(["(end)", end_cmd, end_cpu])
    load1 = os.getloadavg()
    rows = []
    for (name, t0, c0), (_, t1, c1) in zip(phases, phases[1:]):
        rows.append({"phase": name, "wall_s": round(t1 - t0, 1), "cpu_s": round(c1 - c0, 1)})
    out = sys.stderr
    print(f"\ncpu-budget: {' '.join(command)[:120]}", file=out)
    print(f"{'phase':<52} {'wall s':>8} {'CPU s':>8} {'CPU/wall':>8}", file=out)
    for r in rows:
        ratio = r["cpu_s"] / r["wall_s"] if r["wall_s"] > 0 else 0
        print(f"{r['phase'][:52]:<52} {r['wall_s']:>8.1f} {r['cpu_s']:>8.1f} {ratio:>8.2f}", file=out)
    total_wall, total_cpu = end_cmd - start, end_cpu
    print(f"{'total':<52} {total_wall:>8.1f} {total_cpu:>8.1f} {total_cpu / max(total_wall, 1e-9):>8.2f}", file=out)
    print(f"exit {rc}; load average at start {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}, "
          f"at end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}", file=out)
    by_kind = sampler.table()
    print("by process (own CPU, sampled every 0.5 s: a process shorter than that is missed):", file=out)
    for k, c in by_kind.items():
        if c >= 0.5:
            print(f"  {k[:50]:<50} {c:>8.1f}", file=out)
    if left:
        print(f"cpu-budget: still running 30 s after the command exited: {left}", file=out)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"command": command, "exit": rc, "wall_s": round(total_wall, 1), "cpu_s": round(total_cpu, 1),
                       "load_start": load0, "load_end": load1, "phases": rows,
                       "by_process": {k: round(c, 1) for k, c in by_kind.items()}}, f, indent=1)
    sys.exit(rc)


if __name__ == "__main__":
    main()
