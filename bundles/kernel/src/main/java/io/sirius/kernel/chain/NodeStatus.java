package io.sirius.kernel.chain;

import io.sirius.api.model.Hash256;
import java.time.Instant;
import java.util.Optional;

/**
 * What the node is doing.
 *
 * @param phase starting, running, paused or failed
 * @param height the chain's height (0 before the nemesis block)
 * @param tipHash the last block's hash (zero before it)
 * @param lastBlockTime the last block's time
 * @param unconfirmed the number of unconfirmed transactions
 * @param detail why the node is starting, paused or failed (with what it needs), empty when running
 */
public record NodeStatus(Phase phase, long height, Hash256 tipHash, Optional<Instant> lastBlockTime, int unconfirmed,
        Optional<String> detail) {

    /** The node's phase. */
    public enum Phase {
        /** Opening stores, generating the devnet or replaying blocks. */
        STARTING,
        /** Processing blocks and transactions. */
        RUNNING,
        /** Block processing is stopped until a missing plugin is back; data is kept. */
        PAUSED,
        /** Start failed; the detail says why and what to do. */
        FAILED
    }
}
