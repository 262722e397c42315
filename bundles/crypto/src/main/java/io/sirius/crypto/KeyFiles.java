package io.sirius.crypto;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Key files: a small text file of {@code name=value} lines, written readable and writable by its owner
 * only ({@code rw-------}) and refused on reading when a POSIX file system shows it readable by anyone
 * else, as ssh does:
 *
 * <pre>
 * # Sirius key file. Keep it secret: the private key controls the account.
 * format=sirius-key-1
 * scheme=ED25519_SHA3
 * privateKey=&lt;64 hex digits&gt;
 * publicKey=&lt;64 hex digits&gt;
 * </pre>
 *
 * {@code scheme} is a {@link DerivationScheme} name; {@code publicKey} is optional on reading and, when
 * present, must match the key derived from {@code privateKey} (a guard against a wrong scheme).
 */
public final class KeyFiles {
    /** The value of the {@code format} line. */
    public static final String FORMAT = "sirius-key-1";

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFiles() {
    }

    /**
     * Writes a new key file; never overwrites one.
     *
     * @param file where to write it
     * @param keyPair the key pair
     * @throws FileAlreadyExistsException if the file exists
     * @throws IOException if it cannot be written
     */
    public static void write(Path file, KeyPair keyPair) throws IOException {
        String text = "# Sirius key file. Keep it secret: the private key controls the account.\n"
                + "format=" + FORMAT + "\n"
                + "scheme=" + keyPair.scheme().name() + "\n"
                + "privateKey=" + keyPair.privateKey().toHex() + "\n"
                + "publicKey=" + keyPair.publicKey().toHex() + "\n";
        boolean posix = Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(
                PosixFileAttributeView.class);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        if (!posix) {
            java.io.File f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        }
        Files.write(file, text.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Reads a key file.
     *
     * @param file the file
     * @return the key pair
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException if it is readable by others, malformed, or its keys disagree
     */
    public static KeyPair read(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> !OWNER_ONLY.contains(p) && p != PosixFilePermission.OWNER_EXECUTE)) {
                throw new IllegalArgumentException("key file " + file + " is accessible by others ("
                        + PosixFilePermissions.toString(permissions) + "); make it owner-only: chmod 600 " + file);
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("key file " + file + " line " + (i + 1) + " is not name=value");
            }
            values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        if (!FORMAT.equals(values.get("format"))) {
            throw new IllegalArgumentException("key file " + file + " is not in format " + FORMAT + " (format="
                    + values.get("format") + ")");
        }
        String schemeName = require(values, "scheme", file);
        DerivationScheme scheme;
        try {
            scheme = DerivationScheme.valueOf(schemeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key file " + file + ": scheme '" + schemeName
                    + "' is not one of UNSET, ED25519_SHA3, ED25519_SHA2", e);
        }
        PrivateKey privateKey;
        try {
            privateKey = PrivateKey.fromHex(require(values, "privateKey", file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key file " + file + ": privateKey: " + e.getMessage(), e);
        }
        KeyPair keyPair = KeyPair.of(privateKey, scheme);
        String expected = values.get("publicKey");
        if (expected != null && !PublicKey.fromHex(expected).equals(keyPair.publicKey())) {
            throw new IllegalArgumentException("key file " + file + ": publicKey " + expected
                    + " does not match the private key in scheme " + scheme + " (" + keyPair.publicKey() + ")");
        }
        return keyPair;
    }

    private static String require(Map<String, String> values, String name, Path file) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("key file " + file + " has no " + name + " line");
        }
        return value;
    }
}
