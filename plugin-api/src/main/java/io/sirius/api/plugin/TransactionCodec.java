package io.sirius.api.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The binary form of a transaction body: everything after the 122-byte header of a top-level transaction,
 * or after the 42-byte header of an embedded one.
 *
 * @param <T> the body record
 */
@ConsumerType
public interface TransactionCodec<T> {

    /**
     * Decodes untrusted bytes. Must read every byte of {@code body} (the kernel checks), and must check
     * counts against the bytes remaining before allocating.
     *
     * @param body exactly the body's bytes
     * @param version the entity version from the header
     * @return the body
     * @throws io.sirius.api.codec.DecodeException naming what is wrong
     */
    T decode(BinaryReader body, int version);

    /**
     * @param body the body
     * @param out where its bytes go
     * @param version the entity version being written
     */
    void encode(T body, BinaryWriter out, int version);
}
