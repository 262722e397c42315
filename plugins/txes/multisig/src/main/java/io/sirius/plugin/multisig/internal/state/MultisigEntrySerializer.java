package io.sirius.plugin.multisig.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Multisig entries, version 1, little endian:
 *
 * <pre>
 * minApproval u8 | minRemoval u8 | account 32 | accountAddress 25
 * | cosignatoryCount u64 | cosignatory 32 * cosignatoryCount
 * | multisigAccountCount u64 | multisigAccount 32 * multisigAccountCount
 * </pre>
 *
 * <p>That is Sirius's {@code MultisigEntrySerializer} layout (which starts with its own u32 version, stored here by the
 * kernel) with the account's address after its key, which Sirius keeps in MongoDB for REST. Key lists are written in
 * ascending unsigned byte order; reading refuses a list that is not strictly ascending, a count larger than the
 * bytes left, and an address that is not one.
 */
public final class MultisigEntrySerializer implements EntrySerializer<MultisigEntry> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(MultisigEntry entry, BinaryWriter out) {
        out.writeU8(entry.minApproval()).writeU8(entry.minRemoval());
        out.writeBytes(entry.account().bytes()).writeBytes(entry.accountAddress().bytes());
        writeKeys(entry.cosignatories(), out);
        writeKeys(entry.multisigAccounts(), out);
    }

    @Override
    public MultisigEntry read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("multisig cache entry version " + version + " is unknown");
        }
        int minApproval = in.readU8("minApproval");
        int minRemoval = in.readU8("minRemoval");
        PublicKey account = PublicKey.of(in.readBytes(PublicKey.SIZE, "account"));
        Address address;
        byte[] addressBytes = in.readBytes(Address.SIZE, "accountAddress");
        try {
            address = Address.of(addressBytes);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("accountAddress is not an address: " + e.getMessage());
        }
        List<PublicKey> cosignatories = readKeys(in, "cosignatories");
        List<PublicKey> multisigAccounts = readKeys(in, "multisigAccounts");
        return new MultisigEntry(account, address, minApproval, minRemoval, cosignatories, multisigAccounts);
    }

    private static void writeKeys(List<PublicKey> keys, BinaryWriter out) {
        out.writeI64(keys.size());
        for (PublicKey key : keys) {
            out.writeBytes(key.bytes());
        }
    }

    private static List<PublicKey> readKeys(BinaryReader in, String field) {
        long declared = in.readI64(field + " count");
        int count = in.checkCount(declared, PublicKey.SIZE, field);
        List<PublicKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PublicKey key = PublicKey.of(in.readBytes(PublicKey.SIZE, field));
            if (!keys.isEmpty() && MultisigEntry.KEY_ORDER.compare(keys.get(keys.size() - 1), key) >= 0) {
                throw new DecodeException(field + " are not in strictly ascending order at index " + i);
            }
            keys.add(key);
        }
        return keys;
    }
}
