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
 * @param signaturesVerified whether every signature in it (the signer's, an aggregate's cosignatures) was verified
 *     by the kernel already: the unconfirmed pool verifies them on arrival, so a block built from the pool need not
 *     verify them again (a signature's validity depends on neither height nor time); Catapult skips the stateless
 *     checks of transactions its unconfirmed cache knows in the same way
 */
public record ParsedTransaction(byte[] payload, TransactionHeader header, Object body, TransactionDescriptor<?> descriptor,
        Hash256 hash, Hash256 merkleHash, byte[] signingBytes, boolean signaturesVerified) {

    /**
     * A transaction whose signatures are still to be verified.
     *
     * @param payload the signed bytes as received
     * @param header the header
     * @param body the decoded body
     * @param descriptor the plugin's description of the type
     * @param hash the transaction hash
     * @param merkleHash the Merkle leaf
     * @param signingBytes the bytes the signature covers
     */
    public ParsedTransaction(byte[] payload, TransactionHeader header, Object body, TransactionDescriptor<?> descriptor,
            Hash256 hash, Hash256 merkleHash, byte[] signingBytes) {
        this(payload, header, body, descriptor, hash, merkleHash, signingBytes, false);
    }

    /** @return the size in bytes */
    public int size() {
        return payload.length;
    }

    /** @return this transaction, marked as having passed the kernel's signature checks */
    public ParsedTransaction withSignaturesVerified() {
        return signaturesVerified ? this : new ParsedTransaction(payload, header, body, descriptor, hash, merkleHash,
                signingBytes, true);
    }
}
