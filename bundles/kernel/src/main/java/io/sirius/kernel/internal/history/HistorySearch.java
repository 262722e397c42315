package io.sirius.kernel.internal.history;

import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.crypto.EntityHasher;
import io.sirius.kernel.chain.TransactionPage;
import io.sirius.kernel.chain.TransactionQuery;
import io.sirius.kernel.chain.TransactionRecord;
import io.sirius.state.BlockStore;
import io.sirius.state.StateStore.StateReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Answers searches of confirmed transactions from the {@link TransactionIndex} and the block store.
 *
 * <p>With an account, one prefix scan of the account index counts the matches and a second collects the page
 * (memory stays at one page whatever the account's history). Without one, the {@link TransactionCounts} index gives
 * the number of matches in the range and the blocks holding the page, so only those blocks are read, however long
 * the chain. A chain whose state predates that index (its first recorded height is not 1) is searched by reading the
 * blocks of the range instead, and a range wider than {@link #MAX_SCANNED_BLOCKS} is then refused with a message
 * asking for a narrower range or an account, so one request cannot make the node read its whole chain.
 */
public final class HistorySearch {
    /** The most blocks a search without an account may read. */
    public static final long MAX_SCANNED_BLOCKS = 100_000;

    private final StateReader view;
    private final LongFunction<Optional<BlockStore.StoredBlock>> blocks;
    private final Hash256 generationHash;
    private final long maxScannedBlocks;

    /**
     * @param view the state the search sees (its height bounds the results)
     * @param blocks reads a block by height
     * @param generationHash the network's generation hash, for transaction hashes
     */
    public HistorySearch(StateReader view, LongFunction<Optional<BlockStore.StoredBlock>> blocks, Hash256 generationHash) {
        this(view, blocks, generationHash, MAX_SCANNED_BLOCKS);
    }

    /**
     * @param view the state the search sees (its height bounds the results)
     * @param blocks reads a block by height
     * @param generationHash the network's generation hash, for transaction hashes
     * @param maxScannedBlocks the most blocks a search without an account may read
     */
    public HistorySearch(StateReader view, LongFunction<Optional<BlockStore.StoredBlock>> blocks, Hash256 generationHash,
            long maxScannedBlocks) {
        this.view = view;
        this.blocks = blocks;
        this.generationHash = generationHash;
        this.maxScannedBlocks = maxScannedBlocks;
    }

    /**
     * @param hash a transaction hash
     * @return the confirmed transaction, if it is in the chain the view sees
     */
    public Optional<TransactionRecord> find(Hash256 hash) {
        return TransactionIndex.find(view.index(TransactionIndex.BY_HASH), hash)
                .flatMap(place -> load(place.height(), List.of(place.index())).stream().findFirst());
    }

    /**
     * @param query a search of the confirmed group
     * @return the page asked for
     */
    public TransactionPage confirmed(TransactionQuery query) {
        long top = view.height();
        long from = Math.max(1, query.fromHeight());
        long to = Math.min(top, query.toHeight());
        if (from > to) {
            return new TransactionPage(List.of(), 0, query.pageNumber(), query.pageSize());
        }
        return query.account().isPresent() ? byAccount(query, from, to) : byBlocks(query, from, to);
    }

    private TransactionPage byAccount(TransactionQuery query, long from, long to) {
        int mask = switch (query.role()) {
            case ANY -> TransactionIndex.SIGNER | TransactionIndex.RECIPIENT | TransactionIndex.PARTICIPANT;
            case SIGNER -> TransactionIndex.SIGNER;
            case RECIPIENT -> TransactionIndex.RECIPIENT;
        };
        var index = view.index(TransactionIndex.BY_ACCOUNT);
        long[] total = {0};
        TransactionIndex.scan(index, query.account().get(), e -> {
            if (e.height() > to) {
                return false;
            }
            if (matches(e, query, mask, from)) {
                total[0]++;
            }
            return true;
        });
        long[] window = window(total[0], query);
        List<long[]> places = new ArrayList<>();
        long[] position = {0};
        if (window[1] > window[0]) {
            TransactionIndex.scan(index, query.account().get(), e -> {
                if (e.height() > to || position[0] >= window[1]) {
                    return false;
                }
                if (matches(e, query, mask, from)) {
                    if (position[0] >= window[0]) {
                        places.add(new long[] {e.height(), e.index()});
                    }
                    position[0]++;
                }
                return true;
            });
        }
        if (query.descending()) {
            Collections.reverse(places);
        }
        List<TransactionRecord> data = new ArrayList<>(places.size());
        int i = 0;
        while (i < places.size()) {
            long height = places.get(i)[0];
            List<Integer> indexes = new ArrayList<>();
            while (i < places.size() && places.get(i)[0] == height) {
                indexes.add((int) places.get(i)[1]);
                i++;
            }
            data.addAll(load(height, indexes));
        }
        return new TransactionPage(data, total[0], query.pageNumber(), query.pageSize());
    }

    private static boolean matches(TransactionIndex.AccountEntry e, TransactionQuery query, int mask, long from) {
        return e.height() >= from && (e.roles() & mask) != 0 && (query.types().isEmpty() || query.types().contains(e.type()));
    }

    /** @return [first, end) of the page in ascending order of the matches */
    private static long[] window(long total, TransactionQuery query) {
        long skip = (long) (query.pageNumber() - 1) * query.pageSize();
        if (skip >= total) {
            return new long[] {0, 0};
        }
        if (!query.descending()) {
            return new long[] {skip, Math.min(total, skip + query.pageSize())};
        }
        long end = total - skip;
        return new long[] {Math.max(0, end - query.pageSize()), end};
    }

    private TransactionPage byBlocks(TransactionQuery query, long from, long to) {
        TransactionCounts counts = new TransactionCounts(view.index(TransactionCounts.NAME));
        if (counts.firstHeight().orElse(0) == 1) {
            return byCounts(query, from, to, counts);
        }
        return byReading(query, from, to);
    }

    private TransactionPage byCounts(TransactionQuery query, long from, long to, TransactionCounts counts) {
        Set<EntityType> types = query.types();
        long base = counts.through(from - 1, types);
        long total = counts.through(to, types) - base;
        long[] window = window(total, query);
        if (window[1] <= window[0]) {
            return new TransactionPage(List.of(), total, query.pageNumber(), query.pageSize());
        }
        // The page is the matches with ordinals first..last in chain order (1-based over the whole chain).
        long first = base + window[0] + 1;
        long last = base + window[1];
        long start = counts.heightOf(first, types, to).orElseThrow(
                () -> new IllegalStateException("the transaction count index has no block for match " + first));
        long[] ordinal = {counts.through(start - 1, types)};
        List<TransactionRecord> data = new ArrayList<>((int) (last - first + 1));
        counts.heightsWithMatches(start, to, types, height -> {
            Block block = Block.decode(blocks.apply(height).orElseThrow().block());
            List<Transaction> transactions = block.transactions();
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < transactions.size() && ordinal[0] < last; i++) {
                if (types.isEmpty() || types.contains(transactions.get(i).header().type())) {
                    ordinal[0]++;
                    if (ordinal[0] >= first) {
                        matching.add(i);
                    }
                }
            }
            data.addAll(records(height, block, matching));
            return ordinal[0] < last;
        });
        if (query.descending()) {
            Collections.reverse(data);
        }
        return new TransactionPage(data, total, query.pageNumber(), query.pageSize());
    }

    private TransactionPage byReading(TransactionQuery query, long from, long to) {
        if (to - from + 1 > maxScannedBlocks) {
            throw new IllegalArgumentException("a search without an account may cover at most " + maxScannedBlocks
                    + " blocks, not " + (to - from + 1) + " (" + from + " to " + to + "); give fromHeight and toHeight, "
                    + "height, or an address");
        }
        long skip = (long) (query.pageNumber() - 1) * query.pageSize();
        long total = 0;
        List<TransactionRecord> data = new ArrayList<>();
        for (long n = 0; n <= to - from; n++) {
            long height = query.descending() ? to - n : from + n;
            Block block = Block.decode(blocks.apply(height).orElseThrow().block());
            List<Transaction> transactions = block.transactions();
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < transactions.size(); i++) {
                int at = query.descending() ? transactions.size() - 1 - i : i;
                if (query.types().isEmpty() || query.types().contains(transactions.get(at).header().type())) {
                    if (total >= skip && total < skip + query.pageSize()) {
                        matching.add(at);
                    }
                    total++;
                }
            }
            if (!matching.isEmpty()) {
                data.addAll(records(height, block, matching));
            }
        }
        return new TransactionPage(data, total, query.pageNumber(), query.pageSize());
    }

    private List<TransactionRecord> load(long height, List<Integer> indexes) {
        return blocks.apply(height).map(stored -> records(height, Block.decode(stored.block()), indexes)).orElse(List.of());
    }

    private List<TransactionRecord> records(long height, Block block, List<Integer> indexes) {
        List<Transaction> transactions = block.transactions();
        List<TransactionRecord> out = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            if (index < 0 || index >= transactions.size()) {
                continue;
            }
            byte[] payload = transactions.get(index).encode();
            Hash256 hash = EntityHasher.transactionHash(payload, generationHash);
            out.add(new TransactionRecord(payload, hash, merkleComponentHash(payload, hash), height, index));
        }
        return out;
    }

    /**
     * @param payload a transaction's bytes
     * @param hash its hash
     * @return its leaf in a block's transactions tree
     */
    public static Hash256 merkleComponentHash(byte[] payload, Hash256 hash) {
        EntityType type = Transaction.decode(payload).header().type();
        if (!EntityTypes.isAggregate(type)) {
            return hash;
        }
        return EntityHasher.merkleComponentHash(hash, AggregateTransaction.decode(payload).cosignatures().stream()
                .map(Cosignature::signer).toList());
    }
}
