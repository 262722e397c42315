package io.sirius.kernel.internal.chain;

/**
 * Hears about changes of the chain, after they are durable. Called on the chain's writer thread: keep it short.
 */
public interface ChainListener {

    /**
     * @param block a block now part of the chain
     */
    default void blockCommitted(BlockProcessor.Processed block) {
    }

    /**
     * @param height the chain's new height after blocks were undone
     */
    default void rolledBack(long height) {
    }
}
