package io.sirius.api.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Write access to an index while a block is applied or rolled back. Like cache changes, index changes belong to the
 * transaction being processed: dropped with it if it fails. Observers must undo in ROLLBACK exactly what they did in
 * COMMIT.
 *
 * @since 1.1
 */
@ProviderType
public interface IndexDelta extends IndexView {

    /**
     * @param key the key
     * @param value the new value (may be empty)
     */
    void put(byte[] key, byte[] value);

    /**
     * @param key the key to remove, if present
     */
    void remove(byte[] key);
}
