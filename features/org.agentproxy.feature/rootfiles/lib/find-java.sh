# Sourced by agentproxy-studio and agentproxy: picks a JDK >= 21 and sets JAVA, or exits with a clear message;
# defines start_equinox, which starts the product's Equinox.
# Order: $JAVA_HOME when it holds Java >= 21, then the Temurin 25 JDK, then `java` on the PATH.
# The version is read from the JDK's `release` file (no JVM is started for it); a java without one is asked.
java_release() { # the JAVA_RUNTIME_VERSION of the JDK of a java binary, or nothing
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  [ -f "$release" ] && sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release"
}
java_major() {
  version=$(java_release "$1")
  if [ -n "$version" ]; then
    echo "$version" | sed 's/^1\.//' | cut -d. -f1 | cut -d+ -f1 | cut -d- -f1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
  fi
}
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java 2>/dev/null)"; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then JAVA="$candidate"; break; fi
done
if [ -z "$JAVA" ]; then
  echo "Agent Proxy Studio needs Java 21 or newer (Eclipse 4.39)." >&2
  echo "Set JAVA_HOME to a JDK >= 21, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi
LAUNCHER=$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$LAUNCHER" ]; then
  echo "No org.eclipse.equinox.launcher in $HERE/plugins: is this an unpacked Agent Proxy Studio?" >&2
  exit 1
fi

# start_equinox AOT JVM_OPTIONS ARGS...: execs the JVM with JVM_OPTIONS (split into words) and the launcher's ARGS.
# run_equinox: the same, as a child process (returns its exit code).
# Equinox starts from unsigned copies of the launcher (lib/boot), the framework and its extension
# compatibility.state (plugins/, beside the signed ones), made by the build, when they are there, else from the
# signed launcher in plugins/. AOT names a cache in lib/aot (the build's training run, docs/architecture.md
# "Start-up"): used when it exists, was made by this very JDK, and JVM_OPTIONS choose no class-data sharing of
# their own.
start_equinox() { equinox exec "$@"; }
run_equinox() { equinox run "$@"; }
equinox() {
  mode="$1"
  aot="$HERE/lib/aot/$2.aot"
  opts="$3"
  shift 3
  if [ -f "$HERE/lib/boot/launcher.jar" ] && [ -f "$HERE/plugins/org.eclipse.osgi.unsigned.jar" ]; then
    set -- -cp "$HERE/lib/boot/launcher.jar" "-Dosgi.framework=file:$HERE/plugins/org.eclipse.osgi.unsigned.jar" \
      org.eclipse.equinox.launcher.Main -install "$HERE/" "$@"
    # config.ini's framework extensions (p2 writes them), with the unsigned copy for compatibility.state
    extensions=$(sed -n '/^osgi\.framework\.extensions=/{s///; s/\\:/:/g
      s/org\.eclipse\.osgi\.compatibility\.state_[^,]*\.jar/org.eclipse.osgi.compatibility.state.unsigned.jar/; p; }' \
      "$HERE/configuration/config.ini" 2>/dev/null)
    case "$extensions" in
      *org.eclipse.osgi.compatibility.state.unsigned.jar*)
        [ -f "$HERE/plugins/org.eclipse.osgi.compatibility.state.unsigned.jar" ] \
          && set -- "-Dosgi.framework.extensions=$extensions" "$@" ;;
    esac
  else
    set -- -jar "$LAUNCHER" "$@"
  fi
  case "$opts" in
    *-Xshare*|*AOTCache*|*AOTMode*|*SharedArchiveFile*) ;;
    *) if [ -f "$aot" ] && [ "$(cat "$HERE/lib/aot/jdk" 2>/dev/null)" = "$(java_release "$JAVA")" ]; then
         set -- "-XX:AOTCache=$aot" -Xlog:aot=off -Xlog:cds=off "$@"
       fi ;;
  esac
  # shellcheck disable=SC2086
  if [ "$mode" = exec ]; then
    exec "$JAVA" ${HOME:+"-Duser.home=$HOME"} $opts "$@"
  fi
  "$JAVA" ${HOME:+"-Duser.home=$HOME"} $opts "$@"
}
