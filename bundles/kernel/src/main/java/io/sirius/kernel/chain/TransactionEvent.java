package io.sirius.kernel.chain;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import java.util.Set;

/**
 * A transaction entering or leaving a group (confirmed or unconfirmed), with the accounts it touches, for the
 * websocket's per-address channels.
 *
 * @param hash its hash
 * @param merkleComponentHash its leaf in the block's transactions tree (the hash, for non-aggregates)
 * @param payload its bytes
 * @param height the block that confirmed it, 0 while unconfirmed
 * @param index its position in that block
 * @param participants the signer and every account its notifications name
 */
public record TransactionEvent(Hash256 hash, Hash256 merkleComponentHash, byte[] payload, long height, int index,
        Set<Address> participants) {

    /** Freezes the participants. */
    public TransactionEvent {
        participants = Set.copyOf(participants);
    }
}
