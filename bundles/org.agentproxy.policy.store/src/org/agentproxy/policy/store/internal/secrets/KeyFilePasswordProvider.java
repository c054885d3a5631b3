package org.agentproxy.policy.store.internal.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage when the desktop offers no keyring to the studio (no GNOME
 * keyring, no secure-storage UI): a random 256-bit key in a file only the user can read
 * ({@code ~/.agentproxy-studio/secure-storage.key}, mode 0600, where {@code ~} is the JVM's {@code user.home}, as for
 * Equinox's own default store; the start scripts set it from {@code $HOME}), created on first use. Secure storage stays
 * encrypted at rest; reading it needs the user's own account. Registered with the lowest priority, so a platform
 * keyring provider wins wherever one is installed.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    /** System property that moves the key file (tests, portable installs). */
    public static final String KEY_FILE_PROPERTY = "agentproxy.secureStorageKey";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            byte[] key = readOrCreate(keyFile());
            char[] password = new String(key, StandardCharsets.US_ASCII).strip().toCharArray();
            Arrays.fill(key, (byte) 0);
            PBEKeySpec spec = new PBEKeySpec(password);
            Arrays.fill(password, '\0');
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secure-storage key file " + keyFile(), e);
        }
    }

    static Path keyFile() {
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".agentproxy-studio", "secure-storage.key");
    }

    static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            byte[] text = Base64.getEncoder().encode(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(file, text);
            } catch (FileAlreadyExistsException raced) {
                // another studio created it first: use theirs
            } finally {
                Arrays.fill(random, (byte) 0);
                Arrays.fill(text, (byte) 0);
            }
        }
        return Files.readAllBytes(file);
    }
}
