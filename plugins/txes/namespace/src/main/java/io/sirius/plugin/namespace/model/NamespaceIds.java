package io.sirius.plugin.namespace.model;

import io.sirius.api.model.NamespaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Namespace ids as Sirius derives them: the first 8 bytes (little endian) of SHA3-256 over the parent's id (a
 * little-endian uint64, 0 for a root) followed by the name's bytes, with bit 63 set. Bit 63 is what tells a namespace
 * id from a mosaic id wherever a transaction may name either.
 *
 * <p>Names are handled as bytes: a {@code String} here stands for its ISO-8859-1 bytes, one character per byte, which
 * is how the codecs read names off the wire, so any byte sequence has exactly one id. Valid names are ASCII
 * ({@link NamespaceNames}), for which this is the same as UTF-8.
 */
public final class NamespaceIds {
    /** The parent id of a root namespace. */
    public static final NamespaceId ROOT_PARENT = new NamespaceId(0);

    private static final long NAMESPACE_FLAG = 1L << 63;

    private NamespaceIds() {
    }

    /**
     * @param name a root namespace's name
     * @return its id
     */
    public static NamespaceId root(String name) {
        return child(ROOT_PARENT, name);
    }

    /**
     * @param parent the parent's id ({@link #ROOT_PARENT} for a root)
     * @param name the last part of the namespace's name
     * @return its id
     */
    public static NamespaceId child(NamespaceId parent, String name) {
        MessageDigest sha3 = sha3();
        long parentId = parent.value();
        for (int i = 0; i < 8; i++) {
            sha3.update((byte) (parentId >>> (8 * i)));
        }
        sha3.update(name.getBytes(StandardCharsets.ISO_8859_1));
        byte[] hash = sha3.digest();
        long id = 0;
        for (int i = 7; i >= 0; i--) {
            id = id << 8 | (hash[i] & 0xFF);
        }
        return new NamespaceId(id | NAMESPACE_FLAG);
    }

    /**
     * @param fullName a dotted name such as {@code prx.xpx}
     * @return the ids of its parts, root first; the last is the namespace's id
     * @throws IllegalArgumentException if a part is empty or there are more than {@link NamespaceTypes#MAX_DEPTH}
     */
    public static List<NamespaceId> path(String fullName) {
        String[] parts = fullName.split("\\.", -1);
        if (parts.length > NamespaceTypes.MAX_DEPTH) {
            throw new IllegalArgumentException("'" + fullName + "' has more than " + NamespaceTypes.MAX_DEPTH + " parts");
        }
        List<NamespaceId> path = new ArrayList<>(parts.length);
        NamespaceId parent = ROOT_PARENT;
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("'" + fullName + "' has an empty part");
            }
            parent = child(parent, part);
            path.add(parent);
        }
        return List.copyOf(path);
    }

    /**
     * @param fullName a dotted name such as {@code prx.xpx}
     * @return the namespace's id
     */
    public static NamespaceId of(String fullName) {
        List<NamespaceId> path = path(fullName);
        return path.get(path.size() - 1);
    }

    private static MessageDigest sha3() {
        try {
            return MessageDigest.getInstance("SHA3-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA3-256", e);
        }
    }
}
