# Sourced by agentproxy-studio and agentproxy: picks a JDK >= 21 and sets JAVA, or exits with a clear message;
# defines start_equinox, which starts the product's Equinox.
# Order: $JAVA_HOME when it holds Java >= 21, then the Temurin 25 JDK, then `java` on the PATH.
# The version is read from the JDK's `release` file (no JVM is started for it); a java without one is asked.
# Every command starts through here: the shell's own parameter expansion and `read` do the work, without a process
# per step (each one, sed or cut or dirname, cost milliseconds of CPU: issue 15, docs/architecture.md "Start-up").
java_release() { # sets RELEASE to the JAVA_RUNTIME_VERSION of the JDK of a java binary, or to nothing
  RELEASE=""
  bin="$1"
  if [ -L "$bin" ]; then bin=$(readlink -f "$bin"); fi
  release="${bin%/*}"
  release="${release%/*}/release"
  [ -f "$release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      JAVA_RUNTIME_VERSION=\"*\") line="${line#JAVA_RUNTIME_VERSION=\"}"; RELEASE="${line%\"}" ;;
    esac
  done < "$release"
}
java_major() { # sets MAJOR to the feature version of a java binary (8 for 1.8), or to nothing
  java_release "$1"
  if [ -n "$RELEASE" ]; then
    MAJOR="${RELEASE#1.}"; MAJOR="${MAJOR%%.*}"; MAJOR="${MAJOR%%+*}"; MAJOR="${MAJOR%%-*}"
  else
    MAJOR=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
  fi
}
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java 2>/dev/null)"; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  java_major "$candidate"
  if [ -n "$MAJOR" ] && [ "$MAJOR" -ge 21 ] 2>/dev/null; then JAVA="$candidate"; JAVA_RELEASE="$RELEASE"; break; fi
done
if [ -z "$JAVA" ]; then
  echo "Agent Proxy Studio needs Java 21 or newer (Eclipse 4.39)." >&2
  echo "Set JAVA_HOME to a JDK >= 21, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi
LAUNCHER=""
for jar in "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar; do
  if [ -f "$jar" ]; then LAUNCHER="$jar"; break; fi
done
if [ -z "$LAUNCHER" ]; then
  echo "No org.eclipse.equinox.launcher in $HERE/plugins: is this an unpacked Agent Proxy Studio?" >&2
  exit 1
fi

# framework_extensions: sets EXTENSIONS to config.ini's osgi.framework.extensions (p2 writes them), unescaped, with
# the unsigned copy of compatibility.state in place of the signed one
framework_extensions() {
  EXTENSIONS=""
  [ -f "$HERE/configuration/config.ini" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in osgi.framework.extensions=*) EXTENSIONS="${line#osgi.framework.extensions=}" ;; esac
  done < "$HERE/configuration/config.ini"
  rest="$EXTENSIONS"; EXTENSIONS=""
  while :; do # \: is an escaped colon in a properties file
    case "$rest" in
      *'\:'*) EXTENSIONS="$EXTENSIONS${rest%%'\:'*}:"; rest="${rest#*'\:'}" ;;
      *) EXTENSIONS="$EXTENSIONS$rest"; break ;;
    esac
  done
  case "$EXTENSIONS" in
    *org.eclipse.osgi.compatibility.state_*)
      before="${EXTENSIONS%%org.eclipse.osgi.compatibility.state_*}"
      after="${EXTENSIONS#*org.eclipse.osgi.compatibility.state_}"
      jar="${after%%,*}"
      case "$jar" in
        *.jar) EXTENSIONS="${before}org.eclipse.osgi.compatibility.state.unsigned.jar${after#"$jar"}" ;;
      esac ;;
  esac
}

# start_equinox AOT JVM_OPTIONS ARGS...: execs the JVM with JVM_OPTIONS (split into words) and the launcher's ARGS.
# run_equinox: the same, as a child process (returns its exit code).
# Equinox starts from unsigned copies of the launcher (lib/boot), the framework and its extension
# compatibility.state (plugins/, beside the signed ones), made by the build, when they are there, else from the
# signed launcher in plugins/. AOT names a cache in lib/aot (the build's training run, docs/architecture.md
# "Start-up"): used when it exists, was made by this very JDK, and JVM_OPTIONS choose no class-data sharing of
# their own.
start_equinox() { equinox exec "$@"; }
run_equinox() { equinox run "$@"; }
# start_commands CONFIGURATION JVM_OPTIONS ARGS...: execs the command line in CONFIGURATION (a folder without framework
# extensions: configuration/cli) from lib/boot/commands.jar, which calls EclipseStarter itself with the framework on
# the class path (boot/Commands.java in the build: the launcher's work cost a sixth of a command's start), with the
# AOT cache lib/aot/cli.aot; without lib/boot/commands.jar (a product made without the build's start-up step), through
# the launcher.
start_commands() {
  config="$1"
  opts="$2"
  shift 2
  if ! [ -f "$HERE/lib/boot/commands.jar" ] || ! [ -f "$HERE/plugins/org.eclipse.osgi.unsigned.jar" ]; then
    start_equinox cli "$opts" -configuration "$config" "$@"
  fi
  set -- -cp "$HERE/plugins/org.eclipse.osgi.unsigned.jar:$HERE/lib/boot/commands.jar" "-Dosgi.install.area=$HERE/" \
    org.agentproxy.boot.Commands -configuration "$config" "$@"
  aot_cache "$HERE/lib/aot/cli.aot" "$opts"
  if [ -n "$AOT_CACHE" ]; then set -- "-XX:AOTCache=$AOT_CACHE" -Xlog:aot=off -Xlog:cds=off "$@"; fi
  # shellcheck disable=SC2086
  exec "$JAVA" ${HOME:+"-Duser.home=$HOME"} $opts "$@"
}
# aot_cache FILE JVM_OPTIONS: sets AOT_CACHE to FILE when it exists, was made by this very JDK (lib/aot/jdk), and
# JVM_OPTIONS choose no class-data sharing of their own; else to nothing
aot_cache() {
  AOT_CACHE=""
  case "$2" in
    *-Xshare*|*AOTCache*|*AOTMode*|*SharedArchiveFile*) return 0 ;;
  esac
  aot_jdk=""
  if [ -f "$1" ] && [ -f "$HERE/lib/aot/jdk" ]; then read -r aot_jdk < "$HERE/lib/aot/jdk" || true; fi
  if [ -n "$aot_jdk" ] && [ "$aot_jdk" = "$JAVA_RELEASE" ]; then AOT_CACHE="$1"; fi
}
equinox() {
  mode="$1"
  aot="$HERE/lib/aot/$2.aot"
  opts="$3"
  shift 3
  if [ -f "$HERE/lib/boot/launcher.jar" ] && [ -f "$HERE/plugins/org.eclipse.osgi.unsigned.jar" ]; then
    set -- -cp "$HERE/lib/boot/launcher.jar" "-Dosgi.framework=file:$HERE/plugins/org.eclipse.osgi.unsigned.jar" \
      org.eclipse.equinox.launcher.Main -install "$HERE/" "$@"
    framework_extensions
    case "$EXTENSIONS" in
      *org.eclipse.osgi.compatibility.state.unsigned.jar*)
        [ -f "$HERE/plugins/org.eclipse.osgi.compatibility.state.unsigned.jar" ] \
          && set -- "-Dosgi.framework.extensions=$EXTENSIONS" "$@" ;;
    esac
  else
    set -- -jar "$LAUNCHER" "$@"
  fi
  aot_cache "$aot" "$opts"
  if [ -n "$AOT_CACHE" ]; then set -- "-XX:AOTCache=$AOT_CACHE" -Xlog:aot=off -Xlog:cds=off "$@"; fi
  # shellcheck disable=SC2086
  if [ "$mode" = exec ]; then
    exec "$JAVA" ${HOME:+"-Duser.home=$HOME"} $opts "$@"
  fi
  "$JAVA" ${HOME:+"-Duser.home=$HOME"} $opts "$@"
}
