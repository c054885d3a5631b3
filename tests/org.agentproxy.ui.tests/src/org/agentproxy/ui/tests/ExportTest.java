package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.transfer.ImportedPolicy;
import org.agentproxy.policy.store.transfer.PolicyTransfer;
import org.agentproxy.testing.bot.Bot;
import org.junit.jupiter.api.Test;

/** File → Export Policy: without secrets by default; with secrets only encrypted with a passphrase. */
class ExportTest extends EditorTestSupport {

    private static final String SECRET = "S3rver-Pr0xy-Pass";

    @Test
    void theDefaultExportHasNoSecret() throws Exception {
        storeAPassword();
        Path export = dir.resolve("plain-export.json");
        Bot dialog = openExportDialog();

        chooser.answer(export);
        dialog.button("OK").click();
        studio.bot().shell("Policy Exported").bot().button("OK").click();

        String text = Files.readString(export);
        assertFalse(text.contains(SECRET));
        assertEquals(onDisk(), PolicyCodec.read(export));
    }

    @Test
    void anExportWithSecretsIsEncryptedWithThePassphrase() throws Exception {
        storeAPassword();
        Path export = dir.resolve("secret-export.json");
        Bot dialog = openExportDialog();
        dialog.radio("With secrets, encrypted with a passphrase").click();
        dialog.textWithId("export.passphrase").setText("correct horse battery");
        assertFalse(dialog.button("OK").isEnabled(), "OK before the passphrase is confirmed");
        dialog.textWithId("export.confirm").setText("correct horse battery");

        chooser.answer(export);
        dialog.button("OK").click();
        studio.bot().shell("Policy Exported").bot().button("OK").click();

        byte[] content = Files.readAllBytes(export);
        assertFalse(new String(content).contains(SECRET), "the password is in the export in plain text");
        assertTrue(PolicyTransfer.hasSecrets(content));
        try (ImportedPolicy imported = new PolicyTransfer(SECRETS).read(content,
                "correct horse battery".toCharArray())) {
            assertArrayEquals(SECRET.toCharArray(),
                    imported.secrets().get(new SecretRef("internalAgents.server.password")));
        }
    }

    private void storeAPassword() {
        editor.page("Internal Agents").set("internalAgents.server.password", SECRET);
        editor.save();
    }

    private Bot openExportDialog() {
        studio.bot().menu("File").menu("Export Policy...").click();
        return studio.bot().shell("Export Policy").bot();
    }
}
