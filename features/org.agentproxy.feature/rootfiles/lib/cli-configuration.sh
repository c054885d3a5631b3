# Sourced by agentproxy: the command line's own OSGi configuration, configuration/cli (docs/architecture.md,
# "Start-up"). The commands need none of the workbench, SWT, EMF, E4 or p2 bundles, and p2's dropins reconciler
# need not run while dropins/ is as it was at the last start that reconciled it. The studio's configuration/ stays
# the one p2 manages (bundles.info, written again when plug-ins are installed from dropins/); configuration/cli is
# derived from it here, with the shell alone (no JVM):
#   config.ini          the simple configurator of configuration/config.ini and SCR's metadata cache
#                       (ds.cache.metadata); no framework extension: the commands start with the framework on the
#                       class path (lib/find-java.sh, start_commands), and p2's compatibility.state, the one
#                       extension, serves the whole configuration only
#   bundles.info        configuration/'s bundles.info without the bundles named by CLI_EXCLUDED (plug-ins installed
#                       from dropins/ included), made again whenever configuration/'s is newer
#   dropins.state       dropins/ and links/ (names, sizes, times) at the last start with the whole configuration
# cli_configuration returns 0 (use configuration/cli) when dropins/ and links/ are unchanged since then, else 1: that
# start then runs with the whole configuration, so that p2 installs or uninstalls what changed, and note_dropins
# records the state and derives configuration/cli again.

# bundles the command line never uses: the UI (workbench, E4, EMF, SWT, JFace, CSS, SVG, charts, graph layout), p2
# and its framework manipulator (the reconciler runs in the whole configuration only), the policy server (`agentproxy
# server` starts with the whole configuration; the cli bundle's import of it is optional) with Jetty, PostgreSQL's
# driver, HikariCP, Bouncy Castle, SPI Fly (its weaving hook sees every class loaded: a tenth of a command's CPU) and
# ASM, and their libraries
CLI_EXCLUDED='^(org\.eclipse\.(ui|jface|swt|e4|emf|help|urischeme|elk|swtchart|xtext|equinox\.p2|equinox\.frameworkadmin|equinox\.simpleconfigurator\.manipulator|osgi\.compatibility\.state|core\.databinding|core\.commands|core\.expressions|jetty)|org\.agentproxy\.(ui|simulation\.ui|deployment\.ui|scope\.[a-z.]*|server)|org\.apache\.batik|com\.github\.weisj|com\.sun\.jna|com\.ibm\.icu|wrapped\.xml-apis|org\.sat4j|org\.tukaani|bcpg|bcprov|bcpkix|bcutil|org\.postgresql|com\.zaxxer|org\.apache\.aries\.spifly|org\.objectweb\.asm|slf4j\.api)(\.[^,]*)?,'
CLI_CONFIG="$HERE/configuration/cli"

dropins_state() {
  # neither folder there (the usual case): nothing to list, and no process started for it
  if [ -e "$HERE/dropins" ] || [ -e "$HERE/links" ]; then
    find "$HERE/dropins" "$HERE/links" -printf '%p %s %T@\n' 2>/dev/null | LC_ALL=C sort
  fi
}

recorded_dropins_state() { # dropins.state as $(cat) would give it, read by the shell itself
  state=""
  while IFS= read -r line || [ -n "$line" ]; do
    state="$state$line
"
  done < "$CLI_CONFIG/dropins.state"
  printf '%s' "${state%
}"
}

cli_configuration() {
  [ -f "$CLI_CONFIG/dropins.state" ] && [ "$(dropins_state)" = "$(recorded_dropins_state)" ] || return 1
  main="$HERE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  [ -f "$CLI_CONFIG/config.ini" ] && [ -f "$CLI_CONFIG/org.eclipse.equinox.simpleconfigurator/bundles.info" ] \
    && ! [ "$main" -nt "$CLI_CONFIG/org.eclipse.equinox.simpleconfigurator/bundles.info" ] \
    && ! [ "$HERE/configuration/config.ini" -nt "$CLI_CONFIG/config.ini" ] \
    || derive_cli_configuration
}

derive_cli_configuration() { # writes configuration/cli's config.ini and bundles.info, each replaced in one step
  mkdir -p "$CLI_CONFIG/org.eclipse.equinox.simpleconfigurator" 2>/dev/null || return 1
  tmp="$CLI_CONFIG/.derive.$$"
  # not cascaded: configuration/ is no parent of this one (the launcher would compare config.ini's timestamps, and
  # the simple configurator could prefer the parent's bundles.info)
  { echo "# the command line's configuration: derived from ../config.ini by lib/cli-configuration.sh"
    echo "osgi.configuration.cascaded=false"
    # Felix SCR keeps the bundles' component descriptions in its data area instead of parsing their XML each start
    echo "ds.cache.metadata=true"
    grep -E '^(osgi\.bundles|osgi\.bundles\.defaultStartLevel|org\.eclipse\.equinox\.simpleconfigurator\.configUrl)=' \
      "$HERE/configuration/config.ini"
  } > "$tmp.ini" && mv -f "$tmp.ini" "$CLI_CONFIG/config.ini" \
    && grep -Ev "$CLI_EXCLUDED" "$HERE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" > "$tmp.info" \
    && mv -f "$tmp.info" "$CLI_CONFIG/org.eclipse.equinox.simpleconfigurator/bundles.info"
}

note_dropins() { # after a start with the whole configuration: what it reconciled, and configuration/cli anew
  mkdir -p "$CLI_CONFIG" && dropins_state > "$CLI_CONFIG/.dropins.$$" && mv -f "$CLI_CONFIG/.dropins.$$" "$CLI_CONFIG/dropins.state" \
    && derive_cli_configuration
}
