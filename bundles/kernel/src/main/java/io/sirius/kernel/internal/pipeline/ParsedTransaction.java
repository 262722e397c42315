package io.sirius.kernel.internal.pipeline;

import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Hash256;
import io.sirius.api.plugin.TransactionDescriptor;

/**
 * A top-level transaction decoded by its plugin's codec, with its hashes. Immutable; the payload must not be
 * changed.
 *
 * @param payload the signed bytes as received
 * @param header the header
 * @param body the body record the plugin's codec produced
 * @param descriptor the plugin's description of the type
 * @param hash the transaction hash
 * @param merkleHash the leaf of the block's transactions Merkle tree (the hash, or for aggregates the hash with
 *     the cosigners' keys)
 * @param signingBytes the bytes the signature covers (generation hash and data)
 */
public record ParsedTransaction(byte[] payload, TransactionHeader header, Object body, TransactionDescriptor<?> descriptor,
        Hash256 hash, Hash256 merkleHash, byte[] signingBytes) {

    /** @return the size in bytes */
    public int size() {
        return payload.length;
    }
}
