package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agentproxy.cli.UsageError;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.policy.SecretRef;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code --secrets-file F}: the values of the secrets a policy refers to, for {@code agentproxy deploy}. A JSON
 * object of secret keys to values, {@code {"internalAgents.server.password": "…"}}, readable by its owner only
 * (a file other users may read is refused). Values are read into {@code char[]} without a {@code String}, the file's
 * bytes are wiped, and no message ever quotes the file's content: errors name the file, the key and the line.
 */
public final class SecretsFile {

    private static final JsonFactory JSON = new JsonFactory();

    private SecretsFile() {
    }

    /** The values in the file; {@link SecretValues#NONE} when no file is given. */
    public static SecretValues read(String file) throws UsageError {
        if (file == null) {
            return SecretValues.NONE;
        }
        String option = NLS.bind(Messages.SecretsFile_secretsFile0, file);
        Path path = Path.of(file);
        byte[] bytes;
        try {
            OwnerOnlyFile.check(path, option, "passwords"); //$NON-NLS-1$
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageError(NLS.bind(Messages.SecretsFile_0NoSuchFile, option));
        } catch (IOException e) {
            throw new UsageError(NLS.bind(Messages.SecretsFile_0CannotRead1, option, e.getClass().getSimpleName()));
        }
        Map<SecretRef, char[]> values = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UsageError(NLS.bind(Messages.SecretsFile_0MustBeAJSON, option));
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                SecretRef ref;
                try {
                    ref = new SecretRef(key);
                } catch (IllegalArgumentException e) {
                    throw new UsageError(NLS.bind(Messages.SecretsFile_0AKeyIsNot, new Object[] { option, line(p), e.getMessage() }));
                }
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new UsageError(NLS.bind(Messages.SecretsFile_01MustBeA, new Object[] { option, key, line(p) }));
                }
                char[] value = Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(),
                        p.getTextOffset() + p.getTextLength());
                char[] old = values.put(ref, value);
                if (old != null) {
                    Arrays.fill(old, '\0');
                    throw new UsageError(NLS.bind(Messages.SecretsFile_01IsGivenTwice, new Object[] { option, key, line(p) }));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new UsageError(NLS.bind(Messages.SecretsFile_0MustBeOneJSON, option, line(p)));
            }
            return SecretValues.of(values);
        } catch (JsonProcessingException e) {
            // the parser's own message may quote the content: only the place is reported
            JsonLocation at = e.getLocation();
            throw new UsageError(NLS.bind(Messages.SecretsFile_0IsNotValidJSON, option, (at == null ? "" //$NON-NLS-1$
                    : NLS.bind(Messages.SecretsFile_line0Column1, at.getLineNr(), at.getColumnNr()))));
        } catch (IOException e) {
            throw new UsageError(NLS.bind(Messages.SecretsFile_0CannotRead1, option, e.getClass().getSimpleName()));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            values.values().forEach(v -> Arrays.fill(v, '\0'));
        }
    }

    private static int line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }
}
