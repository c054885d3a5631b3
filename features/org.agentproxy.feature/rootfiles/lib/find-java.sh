# Sourced by agentproxy-studio and agentproxy: picks a JDK >= 21 and sets JAVA, or exits with a clear message.
# Order: $JAVA_HOME when it holds Java >= 21, then the Temurin 25 JDK, then `java` on the PATH.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java 2>/dev/null)"; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then JAVA="$candidate"; break; fi
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
