package io.sirius.crypto;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mosaic and namespace id derivation (spec section 2.5).
 *
 * <p>Mosaic id: the first 8 bytes (little-endian uint64) of SHA3-256(nonce u32 | owner public key), bit 63
 * cleared. Namespace id: the first 8 bytes of SHA3-256(parent id u64 | name), bit 63 set; a root's parent
 * is 0. Names are 1 to {@value #MAX_NAME_LENGTH} characters of {@code a-z 0-9 _ -} starting with a letter
 * or digit, and a path has at most {@value #MAX_DEPTH} parts.
 */
public final class Ids {
    /** The longest namespace name part (the default {@code maxNameSize} of the namespace plugin). */
    public static final int MAX_NAME_LENGTH = 64;
    /** The most parts of a namespace path ({@code a.b.c}). */
    public static final int MAX_DEPTH = 3;

    private Ids() {
    }

    /**
     * @param nonce the nonce of the mosaic definition
     * @param owner the mosaic's owner
     * @return the mosaic id
     */
    public static MosaicId mosaicId(int nonce, PublicKey owner) {
        Objects.requireNonNull(owner, "owner");
        byte[] nonceBytes = {(byte) nonce, (byte) (nonce >>> 8), (byte) (nonce >>> 16), (byte) (nonce >>> 24)};
        return new MosaicId(firstLong(Hashes.sha3_256(nonceBytes, owner.bytes())) & Long.MAX_VALUE);
    }

    /**
     * @param parent the parent namespace, or {@code null} for a root namespace
     * @param name one part of a name (no dots)
     * @return the namespace id
     * @throws IllegalArgumentException if the name is not valid, saying why
     */
    public static NamespaceId namespaceId(NamespaceId parent, String name) {
        checkNamePart(name);
        long parentId = parent == null ? 0 : parent.value();
        byte[] parentBytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            parentBytes[i] = (byte) (parentId >>> (8 * i));
        }
        long id = firstLong(Hashes.sha3_256(parentBytes, name.getBytes(StandardCharsets.US_ASCII)));
        return new NamespaceId(id | Long.MIN_VALUE);
    }

    /**
     * @param fullName a dotted path such as {@code prx.xpx}
     * @return the ids of the path's namespaces, root first
     * @throws IllegalArgumentException if the path or a part is not valid
     */
    public static List<NamespaceId> namespacePath(String fullName) {
        Objects.requireNonNull(fullName, "fullName");
        String[] parts = fullName.split("\\.", -1);
        if (parts.length > MAX_DEPTH) {
            throw new IllegalArgumentException("namespace '" + fullName + "' has " + parts.length
                    + " parts; at most " + MAX_DEPTH + " are allowed");
        }
        List<NamespaceId> ids = new ArrayList<>(parts.length);
        NamespaceId parent = null;
        for (String part : parts) {
            try {
                parent = namespaceId(parent, part);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("namespace '" + fullName + "': " + e.getMessage(), e);
            }
            ids.add(parent);
        }
        return ids;
    }

    /**
     * @param fullName a dotted path such as {@code prx.xpx}
     * @return the id of its last namespace
     */
    public static NamespaceId namespaceId(String fullName) {
        List<NamespaceId> path = namespacePath(fullName);
        return path.get(path.size() - 1);
    }

    /**
     * Checks one part of a namespace name.
     *
     * @param name the part
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkNamePart(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a namespace name cannot be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("namespace name '" + name + "' has " + name.length()
                    + " characters; at most " + MAX_NAME_LENGTH + " are allowed");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (i == 0 && !alphanumeric) {
                throw new IllegalArgumentException("namespace name '" + name
                        + "' must start with a lower-case letter or a digit");
            }
            if (!alphanumeric && c != '_' && c != '-') {
                throw new IllegalArgumentException("namespace name '" + name + "' has '" + c + "' at position " + i
                        + "; only a-z, 0-9, '_' and '-' are allowed");
            }
        }
    }

    private static long firstLong(byte[] hash) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (hash[i] & 0xFF);
        }
        return value;
    }
}
