package org.agentproxy.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.PolicyEditorBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** Editor tests work on a fresh copy of the sample policy, opened through File → Open Policy. */
abstract class EditorTestSupport extends StudioTestSupport {

    @TempDir
    Path dir;
    Path file;
    PolicyEditorBot editor;

    @BeforeEach
    void openAFreshCopy(TestInfo test) throws Exception {
        file = dir.resolve(test.getTestMethod().orElseThrow().getName() + ".json");
        Files.copy(samplePath(), file);
        chooser.answer(file);
        studio.openPolicy(file.getFileName().toString());
        editor = studio.editor();
    }

    @AfterEach
    void dropUnsavedEdits() {
        if (editor.isDirty()) {
            studio.revert();
        }
    }

    /** Closes the editor, opens the file again, and returns the editor. */
    PolicyEditorBot closeAndReopen() {
        editor.close();
        chooser.answer(file);
        studio.openPolicy(file.getFileName().toString());
        return studio.editor();
    }

    Policy onDisk() throws Exception {
        return PolicyCodec.read(file);
    }

    String fileText() throws Exception {
        return Files.readString(file);
    }

    /** Replaces the edited policy (when {@code policy} is given) and saves it: the history keeps a version. */
    void saveVersion(Policy policy) {
        studio.bot().syncExec(() -> {
            if (policy != null) {
                Studio.activePolicy().change("Replace the policy", p -> policy);
            }
            try {
                Studio.activePolicy().save();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
