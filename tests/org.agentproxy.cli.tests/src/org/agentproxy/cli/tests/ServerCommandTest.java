package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.cli.ServerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agentproxy server}, {@code server init-tls} and {@code server migrate} on picocli: a bad value names the
 * option and the reason (exit 2) before anything is written; passwords are refused on the command line without
 * being printed; the help lists every option with its default.
 */
class ServerCommandTest {

    @TempDir
    Path dir;

    private static DeploymentCliRun server(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "server";
        System.arraycopy(args, 0, all, 1, args.length);
        return DeploymentCliRun.run(List.of(new ServerCommand()), null, all);
    }

    /** The reason of a usage error of {@code agentproxy server}, between the prefix and the pointer to the help. */
    private static String reason(String command, DeploymentCliRun run) {
        assertEquals(2, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        String prefix = "agentproxy " + command + ": ";
        String suffix = " (see agentproxy " + command + " --help)";
        assertTrue(first.startsWith(prefix) && first.endsWith(suffix), first);
        return first.substring(prefix.length(), first.length() - suffix.length());
    }

    @Test
    void aBadNumberNamesTheOptionAndItsRange() {
        String data = dir.resolve("data").toString();

        assertEquals("--port must be a whole number between 0 and 65535, not \"http\"",
                reason("server", server("--data", data, "--port", "http")));
        assertEquals("--port must be a whole number between 0 and 65535, not \"70000\"",
                reason("server", server("--data", data, "--port", "70000")));
        assertEquals("--max-body must be a whole number between 1024 and 2147483646, not \"10\"",
                reason("server", server("--data", data, "--max-body", "10")));
        assertEquals("--auth-failures must be a whole number between 0 and 1000000, not \"-1\"",
                reason("server", server("--data", data, "--auth-failures=-1")));
        assertFalse(Files.exists(dir.resolve("data")), "refused before anything is written");
    }

    @Test
    void optionsThatDoNotGoTogetherAreNamed() {
        String data = dir.resolve("data").toString();

        assertEquals("--data DIR is required", reason("server", server("--port", "0")));
        assertEquals("--tls-key needs --tls-cert", reason("server", server("--data", data, "--tls-key", "k.pem")));
        assertEquals("--tls-password-file needs --tls-keystore",
                reason("server", server("--data", data, "--tls-password-file", "p")));
        assertEquals("--tls-hostname belongs to --tls-self-signed (or init-tls)",
                reason("server", server("--data", data, "--tls-hostname", "a.example")));
        assertEquals("give one of --tls-cert/--tls-key, --tls-keystore or --tls-self-signed, not several",
                reason("server", server("--data", data, "--tls-self-signed", "--tls-keystore", "k.p12")));
        assertEquals("--tls-client-ca needs TLS (--tls-cert and --tls-key, --tls-keystore or --tls-self-signed)",
                reason("server", server("--data", data, "--tls-client-ca", "ca.pem")));
        assertEquals("--insecure-http contradicts the TLS options given",
                reason("server", server("--data", data, "--tls-self-signed", "--insecure-http")));
        assertEquals("--db-user and --db-password-file belong to --store postgresql://\u2026",
                reason("server", server("--data", data, "--db-user", "ap")));
        assertTrue(reason("server", server("--data", data, "--store", "mysql://db/x"))
                .startsWith("--store \"mysql://db/x\": must be postgresql://HOST[:PORT]/DATABASE"));
        assertTrue(reason("server", server("--data", data, "--tls-self-signed", "--tls-hostname", "not a name"))
                .contains("not a name"));
        assertFalse(Files.exists(dir.resolve("data")), "refused before anything is written");
    }

    @Test
    void aRepeatedSingleValuedOptionIsRefusedAndTlsHostnameRepeats() {
        String data = dir.resolve("data").toString();

        assertEquals("--port is given twice", reason("server", server("--data", data, "--port", "1", "--port", "2")));
        assertEquals("--tls-cert is given twice",
                reason("server", server("--data", data, "--tls-cert", "a", "--tls-cert", "b")));
        assertEquals("--data is given twice", reason("server", server("--data", data, "--data", data)));
        // repeatable (documented so): two names refused together for one reason, not as given twice
        assertEquals("--tls-hostname belongs to --tls-self-signed (or init-tls)",
                reason("server", server("--data", data, "--tls-hostname", "a", "--tls-hostname", "b")));
    }

    @Test
    void passwordsAreRefusedOnTheCommandLineWithoutPrintingThem() {
        String data = dir.resolve("data").toString();
        for (String[] option : List.of(new String[] { "--tls-password", "--tls-password-file" },
                new String[] { "--password", "--tls-password-file" },
                new String[] { "--db-password", "--db-password-file" })) {
            DeploymentCliRun run = server("--data", data, option[0], "s3cr3t-value");

            assertEquals(option[0] + ": a password is never taken on the command line (other users see it in the "
                    + "process list): put it in a file only you can read and give " + option[1] + " FILE",
                    reason("server", run));
            assertFalse(run.err().contains("s3cr3t-value") || run.out().contains("s3cr3t-value"), option[0]);
        }
        DeploymentCliRun migrate = server("migrate", "--from", data, "--to", "postgresql://h/db", "--db-password",
                "s3cr3t-value");
        assertTrue(reason("server migrate", migrate).startsWith("--db-password: a password is never taken"));
        assertFalse(migrate.err().contains("s3cr3t-value"));
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        DeploymentCliRun run = server("--data", dir.toString(), "--tls-keystor", "k.p12");

        assertEquals("unknown option \"--tls-keystor\"", reason("server", run));
        // picocli's suggestions: every option close enough, the one meant among them
        String suggestion = run.err().lines().filter(l -> l.startsWith("did you mean ")).findFirst().orElse("");
        assertTrue(suggestion.contains(" --tls-keystore ") || suggestion.endsWith(" --tls-keystore?"), run.err());
    }

    @Test
    void initTlsAndMigrateCheckTheirArguments() {
        assertEquals("give the folder to write the certificate and key to", reason("server init-tls",
                server("init-tls")));
        assertEquals("unexpected argument \"b\"", reason("server init-tls", server("init-tls", "a", "b")));
        assertEquals("give --from and --to (a data directory and a postgresql:// URL)",
                reason("server migrate", server("migrate", "--from", "d")));
        assertEquals("one of --from and --to is a data directory, the other a postgresql:// URL",
                reason("server migrate", server("migrate", "--from", "d", "--to", "e")));
        assertEquals("--from is given twice",
                reason("server migrate", server("migrate", "--from", "d", "--from", "e", "--to", "postgresql://h/x")));
    }

    @Test
    void initTlsWritesTheCertificateAndPrintsItsFingerprint() {
        DeploymentCliRun run = server("init-tls", dir.resolve("certs").toString(), "--tls-hostname", "a.example");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("SHA-256 fingerprint "), run.out());
        assertTrue(Files.exists(dir.resolve("certs/server-key.pem")));
    }

    @Test
    void theHelpListsEveryOptionWithItsDefaultInSections() {
        DeploymentCliRun run = server("--help");

        assertEquals(0, run.exitCode());
        String help = run.out();
        for (String option : List.of("--data DIR", "--bind ADDRESS", "--port N", "--max-body BYTES",
                "--auth-failures N", "--store postgresql://HOST[:PORT]/DB", "--db-user USER",
                "--db-password-file FILE", "--tls-cert FILE", "--tls-key FILE", "--tls-keystore FILE",
                "--tls-password-file FILE", "--tls-self-signed", "--tls-hostname NAME", "--tls-client-ca FILE",
                "--insecure-http", "init-tls", "migrate")) {
            assertTrue(help.contains(option), option + " in\n" + help);
        }
        assertTrue(help.contains("default 127.0.0.1") && help.contains("default 8470") && help.contains(
                "default 1048576") && help.contains("default 30"), help);
        assertTrue(help.contains("database (replicas") && help.contains("TLS (HTTPS"), help);
        assertFalse(help.contains("--tls-password ") || help.contains("--db-password "), "hidden: " + help);
        assertTrue(help.contains("DIR/admin-token"), help);
    }
}
