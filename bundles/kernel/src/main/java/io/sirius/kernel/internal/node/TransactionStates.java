package io.sirius.kernel.internal.node;

import io.sirius.api.model.Hash256;
import io.sirius.kernel.chain.TransactionState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The recent states of transactions this node has seen (unconfirmed, confirmed, failed), for
 * {@code /transactionStatus}. Bounded: the oldest are forgotten; confirmed ones stay findable through the chain.
 * When a hash has both a failure and a success, the success wins (as js-xpx-chain-rest reports it).
 */
final class TransactionStates {
    private final Map<Hash256, TransactionState> states;

    TransactionStates(int capacity) {
        this.states = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash256, TransactionState> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(TransactionState state) {
        TransactionState known = states.get(state.hash());
        if (known != null && "failed".equals(state.group()) && "confirmed".equals(known.group())) {
            return;
        }
        states.put(state.hash(), state);
    }

    synchronized Optional<TransactionState> get(Hash256 hash) {
        return Optional.ofNullable(states.get(hash));
    }
}
