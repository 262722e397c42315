package io.sirius.plugin.namespace.internal.cache;

import io.sirius.api.state.IndexDescriptor;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The plugin's index of roots by the end of their grace period (the first height at which a root and its children
 * are no longer active, Sirius's {@code GracePeriodEnd}), outside the StateHash: key grace end u64 | root id u64, both
 * big-endian, empty value. The block observer that writes {@code Namespace_Expired} receipts reads the rows of its
 * height. {@link NamespaceDelta} keeps it exact as it puts and removes roots (a renewal moves the row; a rollback,
 * which puts back the root as it was, moves it back).
 */
public final class GraceEnds {
    /** The index. */
    public static final IndexDescriptor DESCRIPTOR = new IndexDescriptor("namespace_by_grace_end");

    private GraceEnds() {
    }

    /**
     * @param root a root
     * @return its row's key, none for an eternal root (it never ends)
     */
    static Optional<byte[]> key(RootNamespace root) {
        long end = root.lifetime().graceEnd().value();
        return end == -1L ? Optional.empty()
                : Optional.of(ByteBuffer.allocate(16).putLong(end).putLong(root.id().value()).array());
    }

    /**
     * @param height a height
     * @return the prefix of the rows of the roots whose grace period ends there
     */
    public static byte[] prefix(long height) {
        return ByteBuffer.allocate(8).putLong(height).array();
    }

    /**
     * @param key a row's key
     * @return the root's id
     */
    public static long rootId(byte[] key) {
        return ByteBuffer.wrap(key, 8, 8).getLong();
    }
}
