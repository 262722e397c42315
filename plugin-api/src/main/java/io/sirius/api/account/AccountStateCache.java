package io.sirius.api.account;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.KeyCodec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The AccountState cache (Sirius CacheId 1), keyed by address.
 *
 * <p>Entry version 1: address 25 | addressHeight u64 | publicKey flag u8 (0 or 1) [| publicKey 32 |
 * publicKeyHeight u64] | accountType u8 | linked flag u8 [| linkedAccountKey 32] | balance count u16 |
 * (mosaicId u64, amount u64) per balance in ascending unsigned id order.
 */
public final class AccountStateCache {
    /** The cache's name. */
    public static final String NAME = "account_state";
    /** Its position in Sirius's CacheId order. */
    public static final int CACHE_ID = 1;
    /** The descriptor. */
    public static final CacheDescriptor<Address, AccountState> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new Keys(), new Entries());

    /**
     * The kernel's index of every mosaic's holders, richest first (read-only to plugins): one entry per account and
     * mosaic with a balance above zero, the key
     *
     * <pre>
     * mosaicId u64 BE | ~amount u64 BE (the amount's bits inverted) | address 25
     * </pre>
     *
     * and an empty value. A scan with the mosaic id's 8 bytes as prefix lists its holders by amount descending, ties
     * by address ascending. Build keys with {@link #holderKey}.
     *
     * @since 1.1
     */
    public static final IndexDescriptor HOLDERS = new IndexDescriptor("core_holders");

    private AccountStateCache() {
    }

    /**
     * @param mosaicId a mosaic
     * @param amount a balance above zero
     * @param holder the account
     * @return the account's key in {@link #HOLDERS}
     * @since 1.1
     */
    public static byte[] holderKey(MosaicId mosaicId, Amount amount, Address holder) {
        return java.nio.ByteBuffer.allocate(16 + Address.SIZE).putLong(mosaicId.value()).putLong(~amount.value())
                .put(holder.bytes()).array();
    }

    /**
     * @param key a key of {@link #HOLDERS}
     * @return the holder's amount
     * @since 1.1
     */
    public static Amount holderAmount(byte[] key) {
        return new Amount(~java.nio.ByteBuffer.wrap(key, 8, 8).getLong());
    }

    /**
     * @param key a key of {@link #HOLDERS}
     * @return the holder
     * @since 1.1
     */
    public static Address holderAddress(byte[] key) {
        return Address.of(java.util.Arrays.copyOfRange(key, 16, 16 + Address.SIZE));
    }

    /** Addresses as their 25 bytes. */
    private static final class Keys implements KeyCodec<Address> {
        @Override
        public byte[] encode(Address key) {
            return key.bytes();
        }

        @Override
        public Address decode(byte[] bytes) {
            return Address.of(bytes);
        }
    }

    /** Version 1 of the entry. */
    private static final class Entries implements EntrySerializer<AccountState> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(AccountState a, BinaryWriter out) {
            out.writeBytes(a.address().bytes()).writeI64(a.addressHeight().value());
            out.writeU8(a.publicKey().isPresent() ? 1 : 0);
            a.publicKey().ifPresent(k -> out.writeBytes(k.bytes()).writeI64(a.publicKeyHeight().value()));
            out.writeU8(a.type().code());
            out.writeU8(a.linkedAccountKey().isPresent() ? 1 : 0);
            a.linkedAccountKey().ifPresent(k -> out.writeBytes(k.bytes()));
            out.writeU16(a.balances().size());
            for (Map.Entry<MosaicId, Amount> e : a.balances().entrySet()) {
                out.writeI64(e.getKey().value()).writeI64(e.getValue().value());
            }
        }

        @Override
        public AccountState read(BinaryReader in, int version) {
            if (version != 1) {
                throw new DecodeException("account state version " + version + " is unknown");
            }
            Address address = Address.of(in.readBytes(Address.SIZE, "address"));
            Height addressHeight = new Height(in.readI64("addressHeight"));
            Optional<PublicKey> key = Optional.empty();
            Height keyHeight = new Height(0);
            if (flag(in, "publicKey flag")) {
                key = Optional.of(PublicKey.of(in.readBytes(PublicKey.SIZE, "publicKey")));
                keyHeight = new Height(in.readI64("publicKeyHeight"));
            }
            AccountType type;
            try {
                type = AccountType.fromCode(in.readU8("accountType"));
            } catch (IllegalArgumentException e) {
                throw new DecodeException(e.getMessage());
            }
            Optional<PublicKey> linked = flag(in, "linked flag")
                    ? Optional.of(PublicKey.of(in.readBytes(PublicKey.SIZE, "linkedAccountKey")))
                    : Optional.empty();
            int balanceCount = in.checkCount(in.readU16("balance count"), 16, "balances");
            TreeMap<MosaicId, Amount> balances = new TreeMap<>();
            for (int i = 0; i < balanceCount; i++) {
                balances.put(new MosaicId(in.readI64("mosaicId")), new Amount(in.readI64("amount")));
            }
            return new AccountState(address, addressHeight, key, keyHeight, type, linked, balances);
        }

        private static boolean flag(BinaryReader in, String field) {
            int value = in.readU8(field);
            if (value > 1) {
                throw new DecodeException(field + " is " + value + ", not 0 or 1");
            }
            return value == 1;
        }
    }
}
