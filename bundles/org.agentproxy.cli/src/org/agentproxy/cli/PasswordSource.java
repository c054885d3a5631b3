package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where {@code test-connection} takes the proxy password from: the first line of a file, or an environment
 * variable. Never from the command line itself (it would show in the process list and the shell history).
 */
final class PasswordSource {

    /** Bad input: the message names the option and the reason, never the password. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private PasswordSource() {
    }

    /** The first line of the file, without its line end. */
    static char[] fromFile(String file) throws Invalid {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new Invalid(NLS.bind(Messages.PasswordSource_passwordFile0NoSuch, file));
        } catch (IOException e) {
            throw new Invalid(NLS.bind(Messages.PasswordSource_passwordFile0CannotRead, file, e.getMessage()));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] password = new char[end];
            chars.get(0, password);
            Arrays.fill(chars.array(), '\0');
            return nonEmpty(password, NLS.bind(Messages.PasswordSource_passwordFile0, file));
        } catch (CharacterCodingException e) {
            throw new Invalid(NLS.bind(Messages.PasswordSource_passwordFile0IsNot, file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static char[] fromEnvironment(String variable, Function<String, String> environment) throws Invalid {
        String value = environment.apply(variable);
        if (value == null) {
            throw new Invalid(NLS.bind(Messages.PasswordSource_passwordEnv0TheEnvironment, variable));
        }
        return nonEmpty(value.toCharArray(), NLS.bind(Messages.PasswordSource_passwordEnv0, variable));
    }

    private static char[] nonEmpty(char[] password, String option) throws Invalid {
        if (password.length == 0) {
            throw new Invalid(NLS.bind(Messages.PasswordSource_0ThePasswordIsEmpty, option));
        }
        return password;
    }
}
