package io.sirius.kernel.internal.history;

import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.state.StateChanges;
import io.sirius.state.StateChanges.IndexWriter;
import io.sirius.state.StateStore.IndexReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two indexes of confirmed transactions, never pruned (unlike the duplicate-check hashes, which expire with their
 * deadlines), so REST finds a transaction of any age:
 * <ul>
 * <li>{@value #BY_HASH}: hash (32) → height (8) ‖ index in block (4) ‖ type (2) ‖ account count (2) ‖ per account:
 * address (25) ‖ roles (1); all little-endian. The accounts are kept here so undoing a block removes exactly the
 * account entries it added, whatever the state says by then.</li>
 * <li>{@value #BY_ACCOUNT}: address (25) ‖ height (8, big-endian) ‖ index (4, big-endian) → type (2) ‖ roles (1), so
 * an account's transactions come out of one prefix scan in chain order.</li>
 * </ul>
 */
public final class TransactionIndex {
    /** Hash to place, type and accounts. */
    public static final String BY_HASH = "history_tx";
    /** Account and place to type and roles. */
    public static final String BY_ACCOUNT = "history_account";

    /** The account signed the transaction. */
    public static final int SIGNER = 1;
    /** The account receives something from it (a transfer's recipient, a credited account). */
    public static final int RECIPIENT = 2;
    /** The account takes part in another way (a key or address named in it, a cosigner). */
    public static final int PARTICIPANT = 4;

    private static final int ACCOUNT_KEY = Address.SIZE + 12;

    private TransactionIndex() {
    }

    /**
     * Where a confirmed transaction is.
     *
     * @param height its block
     * @param index its position in the block
     * @param type its entity type
     */
    public record Place(long height, int index, EntityType type) {
    }

    /**
     * One transaction of an account, as the account index holds it.
     *
     * @param height its block
     * @param index its position in the block
     * @param type its entity type
     * @param roles the account's roles in it ({@link #SIGNER}, {@link #RECIPIENT}, {@link #PARTICIPANT})
     */
    public record AccountEntry(long height, int index, EntityType type, int roles) {
    }

    /**
     * Records a confirmed transaction.
     *
     * @param changes the block's delta
     * @param hash the transaction's hash
     * @param place where it is
     * @param accounts the accounts it concerns, with their roles
     */
    public static void add(StateChanges changes, Hash256 hash, Place place, Map<Address, Integer> accounts) {
        IndexWriter byHash = changes.index(BY_HASH);
        IndexWriter byAccount = changes.index(BY_ACCOUNT);
        ByteBuffer value = ByteBuffer.allocate(16 + accounts.size() * (Address.SIZE + 1)).order(ByteOrder.LITTLE_ENDIAN);
        value.putLong(place.height()).putInt(place.index()).putShort((short) place.type().value())
                .putShort((short) accounts.size());
        for (Map.Entry<Address, Integer> account : accounts.entrySet()) {
            value.put(account.getKey().bytes()).put((byte) account.getValue().intValue());
            byAccount.put(accountKey(account.getKey(), place.height(), place.index()),
                    accountValue(place.type(), account.getValue()));
        }
        byHash.put(hash.bytes(), value.array());
    }

    /**
     * Forgets a transaction whose block is undone.
     *
     * @param changes the rollback delta
     * @param hash the transaction's hash
     */
    public static void remove(StateChanges changes, Hash256 hash) {
        IndexWriter byHash = changes.index(BY_HASH);
        IndexWriter byAccount = changes.index(BY_ACCOUNT);
        byHash.get(hash.bytes()).ifPresent(stored -> {
            ByteBuffer value = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
            long height = value.getLong();
            int index = value.getInt();
            value.getShort();
            int count = value.getShort() & 0xFFFF;
            byte[] address = new byte[Address.SIZE];
            for (int i = 0; i < count; i++) {
                value.get(address);
                value.get();
                byAccount.remove(accountKey(Address.of(address), height, index));
            }
            byHash.remove(hash.bytes());
        });
    }

    /**
     * @param byHash the {@value #BY_HASH} index
     * @param hash a transaction hash
     * @return where it was confirmed, if it was
     */
    public static Optional<Place> find(IndexReader byHash, Hash256 hash) {
        return byHash.get(hash.bytes()).map(stored -> {
            ByteBuffer value = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
            return new Place(value.getLong(), value.getInt(), new EntityType(value.getShort() & 0xFFFF));
        });
    }

    /**
     * @param byHash the {@value #BY_HASH} index
     * @param hash a transaction hash
     * @return the accounts recorded for it with their roles, in recording order; empty if unknown
     */
    public static List<Map.Entry<Address, Integer>> accounts(IndexReader byHash, Hash256 hash) {
        return byHash.get(hash.bytes()).map(stored -> {
            ByteBuffer value = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
            value.position(14);
            int count = value.getShort() & 0xFFFF;
            List<Map.Entry<Address, Integer>> out = new ArrayList<>(count);
            byte[] address = new byte[Address.SIZE];
            for (int i = 0; i < count; i++) {
                value.get(address);
                out.add(Map.entry(Address.of(address), value.get() & 0xFF));
            }
            return out;
        }).orElse(Collections.emptyList());
    }

    /**
     * Visits an account's transactions in chain order (height, then position in the block).
     *
     * @param byAccount the {@value #BY_ACCOUNT} index
     * @param address the account
     * @param visitor gets each entry; returns false to stop
     */
    public static void scan(IndexReader byAccount, Address address, java.util.function.Predicate<AccountEntry> visitor) {
        byAccount.scan(address.bytes(), (key, value) -> {
            if (key.length != ACCOUNT_KEY) {
                return true;
            }
            ByteBuffer k = ByteBuffer.wrap(key, Address.SIZE, 12);
            ByteBuffer v = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
            return visitor.test(new AccountEntry(k.getLong(), k.getInt(), new EntityType(v.getShort() & 0xFFFF), v.get() & 0xFF));
        });
    }

    private static byte[] accountKey(Address address, long height, int index) {
        return ByteBuffer.allocate(ACCOUNT_KEY).put(address.bytes()).putLong(height).putInt(index).array();
    }

    private static byte[] accountValue(EntityType type, int roles) {
        return ByteBuffer.allocate(3).order(ByteOrder.LITTLE_ENDIAN).putShort((short) type.value()).put((byte) roles).array();
    }
}
