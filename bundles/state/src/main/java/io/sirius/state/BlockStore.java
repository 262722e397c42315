package io.sirius.state;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only store of blocks, the chain's source of truth. A block counts as stored once
 * {@link #append} returns: its bytes are on disk (fsync'd). Blocks are numbered by height from 1 without gaps.
 */
@ProviderType
public interface BlockStore extends AutoCloseable {

    /** @return the height of the last stored block; 0 if none */
    long height();

    /**
     * Appends the next block, durably.
     *
     * @param height must be {@link #height()} + 1
     * @param block the block's bytes as on the wire
     * @param extra what the kernel keeps beside it (hash, generation hash, fees...), opaque here
     * @throws IllegalArgumentException if the height is not the next one
     * @throws io.sirius.api.StorageException if the write fails; the store is then unchanged
     */
    void append(long height, byte[] block, byte[] extra);

    /**
     * @param height a height
     * @return the block stored at it, if any
     */
    Optional<StoredBlock> read(long height);

    /**
     * Removes every block above {@code height}, durably (a fork switch).
     *
     * @param height the new last height
     */
    void truncate(long height);

    /** Closes the store; later calls fail. */
    @Override
    void close();

    /**
     * A stored block.
     *
     * @param height its height
     * @param block its bytes
     * @param extra what the kernel stored beside it
     */
    record StoredBlock(long height, byte[] block, byte[] extra) {
    }
}
