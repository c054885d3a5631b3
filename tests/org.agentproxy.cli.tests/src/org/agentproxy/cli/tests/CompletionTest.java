package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.Cli;
import org.agentproxy.cli.Command;
import org.agentproxy.cli.DeployCommand;
import org.agentproxy.cli.FeaturesCommand;
import org.agentproxy.cli.GroupsCommand;
import org.agentproxy.cli.ServerCommand;
import org.agentproxy.cli.SimulateCommand;
import org.agentproxy.cli.StatusCommand;
import org.agentproxy.cli.ValidateCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agentproxy completion bash|zsh}: the script, sourced into a real bash, completes commands, options, an
 * option's choices and file names (bash's programmable completion driven as readline would: COMP_WORDS, COMP_CWORD,
 * the function {@code complete -p} names).
 */
class CompletionTest {

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeScript() throws IOException {
        script = dir.resolve("agentproxy-completion.bash");
        Files.writeString(script, run("completion", "bash"));
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Command> commands = List.of(new ValidateCommand(), new SimulateCommand(), new FeaturesCommand(),
                new DeployCommand(), new GroupsCommand(), new AgentsCommand(name -> null), new StatusCommand(), new ServerCommand());
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = new Cli("9.9.9.test", commands).run(List.of(args), o, System.err);
        }
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What bash offers for the command line {@code words} (the last one being completed), one per line. */
    private List<String> complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w.replace("'", "'\\''")).append('\'');
        }
        String bash = """
                source "$1"
                spec=$(complete -p agentproxy) || exit 3
                function=$(sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p' <<<"$spec")
                COMP_WORDS=(%s)
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}
                "$function" agentproxy "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%%s\\n' "${COMPREPLY[@]}"
                """.formatted(array.toString().strip());
        // compopt complains outside of readline's completion; what it would set (no space after a directory) is not
        // what is tested here
        Process p = new ProcessBuilder("bash", "-c", bash, "bash", script.toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theScriptRegistersACompletionFunctionForAgentproxy() throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p agentproxy", "bash",
                script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("complete ") && out.strip().endsWith(" agentproxy") && out.contains(" -F "), out);
    }

    @Test
    void commandsAreCompleted() throws Exception {
        assertEquals(List.of("validate"), complete("agentproxy", "val"));
        List<String> all = complete("agentproxy", "");
        assertTrue(all.containsAll(List.of("validate", "simulate", "deploy", "groups", "status", "completion",
                "help")), all.toString());
        assertEquals(List.of("issue-token"), complete("agentproxy", "groups", "iss"));
        // help COMMAND: the commands registered, which this command line has (no impact here)
        assertEquals(List.of("server", "simulate", "status"), complete("agentproxy", "help", "s").stream().sorted()
                .toList());
        assertEquals(List.of(), complete("agentproxy", "help", "imp"));
    }

    @Test
    void optionsAndTheirChoicesAreCompleted() throws Exception {
        assertEquals(List.of("--policy"), complete("agentproxy", "simulate", "--pol"));
        assertEquals(List.of("--plan-only"), complete("agentproxy", "deploy", "--plan"));
        assertEquals(List.of("json", "text"), complete("agentproxy", "simulate", "--format", "").stream().sorted()
                .toList());
        assertEquals(List.of("not-seen"), complete("agentproxy", "status", "--state", "not"));
    }

    @Test
    void fileArgumentsAreCompletedWithFileNames() throws Exception {
        Files.writeString(dir.resolve("sample-policy.json"), "{}");
        Files.createDirectories(dir.resolve("samples"));

        assertEquals(List.of("sample-policy.json", "samples"), complete("agentproxy", "simulate", "--policy", "sam")
                .stream().sorted().toList());
        assertTrue(complete("agentproxy", "validate", "sample-p").contains("sample-policy.json"));
    }

    @Test
    void serverOptionsAndSubcommandsAreCompletedAndItsFileOptionsWithFileNames() throws Exception {
        Files.writeString(dir.resolve("server-cert.pem"), "");
        Files.writeString(dir.resolve("server-key.pem"), "");

        assertEquals(List.of("--tls-cert", "--tls-client-ca"), complete("agentproxy", "server", "--tls-c").stream()
                .sorted().toList());
        assertEquals(List.of("--db-password-file", "--db-user"), complete("agentproxy", "server", "--db-").stream()
                .sorted().toList());
        List<String> all = complete("agentproxy", "server", "-");
        assertTrue(all.containsAll(List.of("--data", "--bind", "--port", "--max-body", "--auth-failures", "--store",
                "--tls-keystore", "--tls-password-file", "--tls-self-signed", "--tls-hostname", "--insecure-http")),
                all.toString());
        assertTrue(all.stream().noneMatch(o -> o.equals("--tls-password") || o.equals("--db-password")),
                "no password option is offered: " + all);
        assertEquals(List.of("init-tls"), complete("agentproxy", "server", "ini"));
        assertEquals(List.of("server-cert.pem", "server-key.pem"), complete("agentproxy", "server", "--tls-key",
                "server-").stream().sorted().toList());
        assertEquals(List.of("--key"), complete("agentproxy", "server", "migrate", "--ke"));
    }

    @Test
    void theZshScriptIsTheBashScriptBehindBashcompinit() {
        String zsh = run("completion", "zsh");

        assertTrue(zsh.contains("autoload -U +X bashcompinit && bashcompinit"), zsh);
        assertTrue(zsh.contains("complete -F"), zsh);
    }
}
