package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.QuestionDialogBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/**
 * Nothing is saved that the screen does not show: a field with refused text ("80a" in a port) keeps the editor
 * dirty, and Save and closing the editor ask (Discard my text / Go to the field / Cancel); saving a policy with
 * errors asks (Save anyway / Cancel), and afterwards the studio still shows the errors.
 */
class SaveIntegrityTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String PAGE_ID = "org.agentproxy.scope.internal.page";
    private static final String PORT = "internalAgents.server.port";
    private static final String HOST = "internalAgents.server.host";
    private static final String PLACE = "Internal Agents › Proxy to the OfficeScan server › Port";
    private static final String PLACE_OF_HOST = "Internal Agents › Proxy to the OfficeScan server › Host";

    @Test
    void refusedTextKeepsTheEditorDirtyAndSaveAsksGoToTheFieldSavesNothing() throws Exception {
        byte[] before = Files.readAllBytes(file);
        ScopePageBot page = editor.page(PAGE);

        page.set(PORT, "80a");
        page.text(HOST).setFocus();
        assertTrue(editor.isDirty(), "the field shows what the policy does not hold: the editor is dirty");
        assertFalse(studio.bot().syncExec(() -> Studio.activePolicy().isDirty()), "the policy itself is unchanged");
        QuestionDialogBot question = editor.saveExpecting(QuestionDialogBot.REFUSED_TEXT);
        String message = question.message();
        docshot("dialog-text-not-applied.png");
        question.goToTheField();

        assertTrue(message.contains(PLACE + ": \"80a\" — Port must be a whole number, not \"80a\". "
                + "The policy holds 8080."), message);
        studio.waitForFocus(PORT, "the field with the refused text");
        assertEquals("80a", page.text(PORT).getText(), "the text stays for the user to correct");
        assertArrayEquals(before, Files.readAllBytes(file), "nothing was saved");
        assertTrue(editor.isDirty());

        editor.saveExpecting(QuestionDialogBot.REFUSED_TEXT).cancel();
        assertArrayEquals(before, Files.readAllBytes(file), "Cancel saves nothing");
        assertEquals("80a", page.text(PORT).getText());
    }

    @Test
    void theFieldGoneToKeepsTheFocusUntilTheUserMovesIt() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        page.set(PORT, "80a");
        page.text(HOST).setFocus();
        editor.saveExpecting(QuestionDialogBot.REFUSED_TEXT).goToTheField();
        studio.waitForFocus(PORT, "the field with the refused text");

        // what an activation of the window may do after the question closed: the focus goes elsewhere on the page
        // with no key pressed and no click; the field gone to takes it back
        page.text(HOST).setFocus();
        studio.waitForFocus(PORT, "the field with the refused text, after an activation moved the focus");

        // the user's own act moves it: typing into another field keeps the focus there
        page.text(HOST).typeText("x");
        studio.waitForFocus(HOST, "the field the user typed into");
        assertEquals("80a", page.text(PORT).getText(), "the refused text stays for the user to correct");
    }

    @Test
    void discardMyTextShowsThePolicysValueAgainAndSavesWhatTheScreenShows() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        page.set(HOST, "proxy2.corp.example").set(PORT, "80a");

        editor.saveExpecting(QuestionDialogBot.REFUSED_TEXT).discardMyText();

        studio.bot().waitUntil(Condition.of("the policy saved", () -> !editor.isDirty()));
        assertEquals("8080", page.text(PORT).getText(), "the field shows the value the policy holds and saved");
        assertFalse(page.status(PAGE_ID).startsWith("Not applied"), page.status(PAGE_ID));
        assertEquals("proxy2.corp.example", onDisk().internalAgents().server().host());
        assertEquals(8080, onDisk().internalAgents().server().port());
    }

    @Test
    void fixingTheTextMakesTheEditorCleanAgain() {
        ScopePageBot page = editor.page(PAGE);

        page.set(PORT, "80a");
        assertTrue(editor.isDirty());
        page.set(PORT, "8080");

        assertFalse(editor.isDirty(), "the field shows what the policy holds again");
    }

    @Test
    void closingTheEditorWithRefusedTextAsks() throws Exception {
        byte[] before = Files.readAllBytes(file);
        ScopePageBot page = editor.page(PAGE);
        page.set(PORT, "80a");

        QuestionDialogBot question = editor.closeExpecting(QuestionDialogBot.REFUSED_TEXT);
        assertTrue(question.message().contains(PLACE), question.message());
        question.cancel();
        assertTrue(editor.isOpen(), "Cancel keeps the editor open");
        assertEquals("80a", page.text(PORT).getText());

        editor.closeExpecting(QuestionDialogBot.REFUSED_TEXT).discardMyText();
        studio.bot().waitUntil(Condition.of("the editor to close", () -> !editor.isOpen()));
        assertArrayEquals(before, Files.readAllBytes(file), "closing saved nothing");

        editor = closeAndReopenClosed();
        assertEquals("8080", editor.page(PAGE).text(PORT).getText());
    }

    @Test
    void savingAPolicyWithErrorsAsksListingThemAndTheStudioKeepsShowingThem() throws Exception {
        byte[] before = Files.readAllBytes(file);
        ScopePageBot page = editor.page(PAGE);
        page.set(HOST, "proxy corp.example").set(PORT, "70000");
        studio.bot().waitUntil(Condition.of("two errors in the status line",
                () -> studio.statusLine().endsWith("2 errors, 1 warning")));

        QuestionDialogBot question = editor.saveExpecting(QuestionDialogBot.SAVE_WITH_ERRORS);
        String message = question.message();
        docshot("dialog-save-with-errors.png");
        question.cancel();
        assertArrayEquals(before, Files.readAllBytes(file), "Cancel saves nothing");
        assertTrue(editor.isDirty());
        assertTrue(message.contains("The policy has 2 errors:"), message);
        assertTrue(message.contains("• " + PLACE_OF_HOST + ": contains a space"), message);
        assertTrue(message.contains("• " + PLACE + ": must be 1–65535, not 70000"), message);
        assertTrue(message.contains("cannot be deployed"), message);

        editor.saveExpecting(QuestionDialogBot.SAVE_WITH_ERRORS).saveAnyway();

        studio.bot().waitUntil(Condition.of("the draft saved", () -> !editor.isDirty()));
        assertEquals("proxy corp.example", onDisk().internalAgents().server().host());
        assertEquals(70000, onDisk().internalAgents().server().port());
        assertTrue(studio.statusLine().endsWith("2 errors, 1 warning"), studio.statusLine());
        assertTrue(studio.explorer().row("Problems").contains("2 errors"), studio.explorer().row("Problems"));
        assertTrue(studio.problems().fields().containsAll(java.util.List.of(HOST, PORT)));
    }

    /** With {@code -Dagentproxy.docshots=DIR}, a screenshot for the user guide (the question in front). */
    private void docshot(String name) {
        String dir = System.getProperty("agentproxy.docshots");
        if (dir != null && !dir.isBlank() && !dir.startsWith("$") && !"null".equals(dir)) {
            studio.bot().captureScreenshot(java.nio.file.Path.of(dir, name));
        }
    }

    /** Opens the file again after its editor was closed. */
    private org.agentproxy.ui.tests.bots.PolicyEditorBot closeAndReopenClosed() {
        chooser.answer(file);
        studio.openPolicy(file.getFileName().toString());
        return studio.editor();
    }
}
