package io.sirius.rest.internal;

import io.sirius.api.entity.Block;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Hash256;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Running counts of the chain's confirmed top-level transactions, in all and by type, for
 * {@code POST /transactions/count} and {@code GET /diagnostic/storage}. They are brought up to the tip block by block,
 * so a request reads only the blocks added since the last one, whatever the chain's length (a search of the whole
 * history would read every block on each request, and the kernel refuses searches over more than 100,000 blocks).
 * When the block counted last is gone or has another hash, the chain was rolled back, and counting starts again.
 * Thread safe; the first request on a long chain reads it once.
 */
final class ConfirmedCounts {
    private final ChainService chain;
    private final Map<Integer, Long> byType = new HashMap<>();
    private long height;
    private Hash256 last;
    private long total;

    /** Counts at one height. */
    record Snapshot(long height, long total, Map<Integer, Long> byType) {
        /** Freezes the map. */
        Snapshot {
            byType = Map.copyOf(byType);
        }

        /**
         * @param type a transaction type
         * @return how many confirmed top-level transactions have it
         */
        long count(int type) {
            return byType.getOrDefault(type, 0L);
        }
    }

    ConfirmedCounts(ChainService chain) {
        this.chain = chain;
    }

    /** @return the counts up to the chain's tip */
    synchronized Snapshot current() {
        if (height > 0) {
            Optional<BlockInfo> counted = chain.block(height);
            if (counted.isEmpty() || !counted.get().hash().equals(last)) {
                byType.clear();
                height = 0;
                last = null;
                total = 0;
            }
        }
        long tip = chain.status().height();
        while (height < tip) {
            Optional<BlockInfo> block = chain.block(height + 1);
            if (block.isEmpty()) {
                break;
            }
            for (Transaction transaction : Block.decode(block.get().bytes()).transactions()) {
                byType.merge(transaction.header().type().value(), 1L, Long::sum);
                total++;
            }
            height++;
            last = block.get().hash();
        }
        return new Snapshot(height, total, byType);
    }
}
