package io.sirius.plugin.namespace.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a Register_Namespace (0x414E), version 2: {@code NamespaceType u8 | Duration-or-ParentId u64 |
 * NamespaceId u64 | NameSize u8 | Name}. For a root the u64 is its rental duration in blocks (0 = eternal); for a
 * child it is the parent's id.
 *
 * <p>The type is kept as the raw byte so that a body with an unknown type still decodes and re-encodes exactly; the
 * NamespaceTypeValidator rejects it. The name is kept as its ISO-8859-1 characters, one per byte, so any byte sequence
 * survives a round trip; NamespaceNameValidator rejects what Sirius rejects.
 *
 * @param namespaceType 0 root, 1 child (any byte on the wire)
 * @param durationOrParentId the raw u64 after the type
 * @param namespaceId the id the signer claims; must be derived from the parent and the name
 * @param name the last part of the name, at most 255 characters of ISO-8859-1
 */
public record RegisterNamespaceTransaction(int namespaceType, long durationOrParentId, NamespaceId namespaceId,
        String name) {

    /** Checks the arguments. */
    public RegisterNamespaceTransaction {
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(name, "name");
        if (namespaceType < 0 || namespaceType > 0xFF) {
            throw new IllegalArgumentException("a namespace type is one byte, not " + namespaceType);
        }
        if (name.length() > 0xFF) {
            throw new IllegalArgumentException("a namespace name has at most 255 bytes, not " + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("a namespace name is bytes; character " + i + " is not one");
            }
        }
    }

    /**
     * @param duration the rental duration in blocks (0 = eternal)
     * @param name the root's name
     * @return a root registration with the id derived from the name
     */
    public static RegisterNamespaceTransaction root(BlockDuration duration, String name) {
        return new RegisterNamespaceTransaction(NamespaceType.ROOT.code(), duration.value(), NamespaceIds.root(name), name);
    }

    /**
     * @param parent the parent's id
     * @param name the child's last name part
     * @return a child registration with the id derived from the parent and the name
     */
    public static RegisterNamespaceTransaction child(NamespaceId parent, String name) {
        return new RegisterNamespaceTransaction(NamespaceType.CHILD.code(), parent.value(), NamespaceIds.child(parent, name),
                name);
    }

    /** @return the type, if the byte names one */
    public Optional<NamespaceType> type() {
        return NamespaceType.fromCode(namespaceType);
    }

    /** @return whether this registers a root (Sirius treats every other type byte as a child) */
    public boolean isRoot() {
        return namespaceType == NamespaceType.ROOT.code();
    }

    /** @return the rental duration, meaningful for a root */
    public BlockDuration duration() {
        return new BlockDuration(durationOrParentId);
    }

    /** @return the parent's id for a child, {@link NamespaceIds#ROOT_PARENT} for a root */
    public NamespaceId parentId() {
        return isRoot() ? NamespaceIds.ROOT_PARENT : new NamespaceId(durationOrParentId);
    }
}
