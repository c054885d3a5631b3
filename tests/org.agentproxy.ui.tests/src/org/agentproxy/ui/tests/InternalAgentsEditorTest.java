package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.ui.tests.bots.QuestionDialogBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** Internal Agents page: both proxy sections, the source lists, web reputation. */
class InternalAgentsEditorTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String PAGE_ID = "org.agentproxy.scope.internal.page";

    @Test
    void everyFieldIsSavedAndBackAfterReopening() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        page.set("internalAgents.server.host", "proxy2.corp.example").set("internalAgents.server.port", "3128")
                .set("internalAgents.server.user", "agent2");
        page.check("internalAgents.smartProtection.enabled").click();
        page.set("internalAgents.smartProtection.host", "sps-proxy.corp.example")
                .set("internalAgents.smartProtection.port", "8081")
                .set("internalAgents.smartProtection.user", "sps-agent");
        page.check("webReputation.sendQueriesToSps").click();
        assertTrue(editor.isDirty());

        // a user without a password on the SPS proxy is an error: the draft is saved after the question
        editor.saveExpecting(QuestionDialogBot.SAVE_WITH_ERRORS).saveAnyway();
        ScopePageBot reopened = closeAndReopen().page(PAGE);

        assertEquals("proxy2.corp.example", reopened.text("internalAgents.server.host").getText());
        assertEquals("3128", reopened.text("internalAgents.server.port").getText());
        assertEquals("agent2", reopened.text("internalAgents.server.user").getText());
        assertFalse(reopened.check("internalAgents.smartProtection.enabled").isChecked());
        assertEquals("sps-proxy.corp.example", reopened.text("internalAgents.smartProtection.host").getText());
        assertEquals("8081", reopened.text("internalAgents.smartProtection.port").getText());
        assertFalse(reopened.check("webReputation.sendQueriesToSps").isChecked());
        Policy saved = onDisk();
        assertEquals(3128, saved.internalAgents().server().port());
        assertEquals("sps-agent", saved.internalAgents().smartProtection().user());
        assertFalse(fileText().matches("(?s).*\"password\"\\s*:\\s*\".*"), "a password written as a string");
    }

    @Test
    void aPasswordGoesToTheSecretStoreAndNeverIntoTheFile() throws Exception {
        ScopePageBot page = editor.page(PAGE);

        page.set("internalAgents.smartProtection.user", "sps-agent")
                .set("internalAgents.smartProtection.password", "Pr0xy-S3cret!");
        editor.save();

        assertFalse(fileText().contains("Pr0xy-S3cret!"), "the password is in the policy file");
        assertEquals(new SecretRef("internalAgents.smartProtection.password"),
                onDisk().internalAgents().smartProtection().password());
        char[] stored = SECRETS.get(PolicyId.of(file), new SecretRef("internalAgents.smartProtection.password"))
                .orElseThrow();
        assertEquals("Pr0xy-S3cret!", new String(stored));
        assertEquals("", closeAndReopen().page(PAGE).text("internalAgents.smartProtection.password").getText());
    }

    @Test
    void aPortWithLettersIsRefusedWithItsReasonAndNeverReachesThePolicy() throws Exception {
        ScopePageBot page = editor.page(PAGE);

        page.set("internalAgents.server.port", "80a");

        assertEquals("Not applied: Port must be a whole number, not \"80a\"", page.status(PAGE_ID));
        assertFalse(studio.bot().syncExec(() -> org.agentproxy.ui.Studio.activePolicy().isDirty()),
                "the refused value must not change the policy");
        assertTrue(editor.isDirty(), "the editor shows text the policy does not hold: dirty until fixed or reverted");
        assertEquals(8080, onDisk().internalAgents().server().port());
    }

    @Test
    void aPortOutOfRangeIsAppliedAndReportedAsAProblem() {
        ScopePageBot page = editor.page(PAGE);

        page.set("internalAgents.server.port", "70000");

        assertTrue(page.status(PAGE_ID).contains(
                "Internal Agents \u203A Proxy to the OfficeScan server \u203A Port: must be 1\u201365535, not 70000"),
                page.status(PAGE_ID));
        assertTrue(studio.problems().fields().contains("internalAgents.server.port"));
        assertTrue(studio.statusLine().endsWith("1 error, 1 warning"), studio.statusLine());
    }

    @Test
    void anEditIsUndoneAndRedone() {
        ScopePageBot page = editor.page(PAGE);
        page.set("internalAgents.server.host", "undo.corp.example");

        editor.undo();
        assertEquals("proxy.corp.example", page.text("internalAgents.server.host").getText());
        assertFalse(editor.isDirty());

        editor.redo();
        assertEquals("undo.corp.example", page.text("internalAgents.server.host").getText());
    }

    @Test
    void theStandardListGrowsShrinksAndReorders() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        String list = "smartProtectionSources.standardList";
        assertEquals(3, page.table(list).rowCount());

        page.button(list, "add");
        assertEquals(4, page.table(list).rowCount());
        page.table(list).select(3);
        page.button(list, "up");
        assertEquals("sps.example.com", page.table(list).cell(2, 0));
        page.table(list).select(0);
        page.button(list, "remove");
        editor.save();

        var saved = onDisk().smartProtectionSources().standardList();
        assertEquals(3, saved.size());
        assertEquals("sps.example.com", saved.get(1).host());
        assertEquals("sps2.corp.example", saved.get(2).host());
    }

    @Test
    void aCellTextTheColumnRefusesIsNotAppliedAndTheStatusLineSaysWhereAndWhy() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        String list = "smartProtectionSources.standardList";
        String status = "org.agentproxy.scope.internal.page";
        String port = page.table(list).cell(0, 1);
        var before = onDisk().smartProtectionSources().standardList();

        page.table(list).editCell(0, 1, "80a");
        assertEquals("Not applied: Standard list, row 1: Port must be a whole number, not \"80a\"",
                page.status(status));
        assertEquals(port, page.table(list).cell(0, 1), "the cell shows what the policy holds");
        page.table(list).editCell(0, 2, "ftp");
        assertEquals("Not applied: Standard list, row 1: Protocol must be HTTP or HTTPS, not \"ftp\"",
                page.status(status));
        page.table(list).editCell(0, 3, "maybe");
        assertTrue(page.status(status).endsWith("Integrated must be yes or no, not \"maybe\""), page.status(status));
        assertFalse(editor.isDirty(), "nothing was applied");

        page.table(list).editCell(0, 1, "8443");
        assertEquals("8443", page.table(list).cell(0, 1));
        assertFalse(page.status(status).startsWith("Not applied"), "a text applied clears the refusal");
        editor.save();
        var saved = onDisk().smartProtectionSources().standardList();
        assertEquals(8443, saved.get(0).port());
        assertEquals(before.get(0).protocol(), saved.get(0).protocol());
        assertEquals(before.get(0).integrated(), saved.get(0).integrated());
    }

    @Test
    void anIntegratedSpsOfACustomListIsMarkedAndKeptWhenItsCellIsEdited() throws Exception {
        Policy policy = onDisk();
        var sources = policy.smartProtectionSources();
        var lyon = sources.customLists().get(0);
        var servers = new java.util.ArrayList<>(lyon.sources());
        servers.add(new SpsSource("osce-lyon.corp.example", 4343, SpsProtocol.HTTPS, true));
        java.nio.file.Files.writeString(file, PolicyCodec.write(policy.withSmartProtectionSources(sources
                .withCustomLists(java.util.List.of(new CustomSourceList(lyon.name(), lyon.range(), servers))))));
        editor = closeAndReopen();
        ScopePageBot page = editor.page(PAGE);
        String list = "smartProtectionSources.customLists";
        String cell = page.table(list).cell(0, 3);
        assertTrue(cell.endsWith("https://osce-lyon.corp.example:4343 (integrated)"), cell);
        assertTrue(cell.startsWith("https://sps-lyon.corp.example:5275, https://sps1.corp.example:5275, "),
                "a standalone SPS has no mark: " + cell);

        page.table(list).editCell(0, 3, cell.replace("sps1.corp.example", "sps3.corp.example"));
        editor.save();

        var saved = onDisk().smartProtectionSources().customLists().get(0).sources();
        assertEquals(java.util.List.of("sps-lyon.corp.example", "sps3.corp.example", "osce-lyon.corp.example"),
                saved.stream().map(SpsSource::host).toList());
        assertEquals(java.util.List.of(false, false, true), saved.stream().map(SpsSource::integrated).toList(),
                "editing the cell keeps the integrated SPS integrated");

        page.table(list).editCell(0, 3, "https://osce-lyon.corp.example:4343");
        editor.save();
        assertFalse(onDisk().smartProtectionSources().customLists().get(0).sources().get(0).integrated(),
                "without the mark it is a standalone SPS");
    }
}
