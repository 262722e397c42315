package io.sirius.api.state;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to an index ({@link IndexDescriptor}) at one height. Keys are ordered as unsigned bytes, so big-endian
 * numbers sort numerically: lay keys out so that the listing a route needs is a prefix scan.
 *
 * @since 1.1
 */
@ProviderType
public interface IndexView {

    /**
     * @param key a key
     * @return its value, if present (a copy)
     */
    Optional<byte[]> get(byte[] key);

    /**
     * Visits the entries whose keys start with {@code prefix}, in ascending unsigned key order, until the visitor
     * returns false. The index must not be changed from the visitor.
     *
     * @param prefix the common prefix (empty for all)
     * @param visitor called for each entry
     */
    void scan(byte[] prefix, EntryVisitor visitor);

    /** Receives index entries. */
    @FunctionalInterface
    interface EntryVisitor {

        /**
         * @param key the entry's key
         * @param value the entry's value
         * @return true to continue
         */
        boolean visit(byte[] key, byte[] value);
    }
}
