package io.sirius.kernel.chain;

/**
 * Hears about the chain, for the websocket and operators. Called on the kernel's threads: keep it short and never
 * block.
 */
public interface ChainEvents {

    /**
     * @param block a block now on the chain
     */
    default void blockAdded(BlockInfo block) {
    }

    /**
     * @param state a transaction's new state (unconfirmed, confirmed or failed)
     */
    default void transactionChanged(TransactionState state) {
    }

    /**
     * @param transaction a transaction a new block confirmed
     */
    default void confirmedAdded(TransactionEvent transaction) {
    }

    /**
     * @param transaction a transaction now unconfirmed
     */
    default void unconfirmedAdded(TransactionEvent transaction) {
    }

    /**
     * @param transaction a transaction no longer unconfirmed (confirmed, expired or invalid)
     */
    default void unconfirmedRemoved(TransactionEvent transaction) {
    }

    /**
     * @param transaction a bonded aggregate now waiting for cosignatures
     */
    default void partialAdded(TransactionEvent transaction) {
    }

    /**
     * @param transaction a bonded aggregate no longer waiting (complete, confirmed, expired or invalid)
     */
    default void partialRemoved(TransactionEvent transaction) {
    }

    /**
     * @param cosignature a cosignature a waiting bonded aggregate gained
     */
    default void cosignatureAdded(CosignatureEvent cosignature) {
    }
}
