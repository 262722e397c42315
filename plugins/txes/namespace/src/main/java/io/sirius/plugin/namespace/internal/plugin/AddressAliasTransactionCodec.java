package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Reads and writes the Alias_Address body, version 1: {@code AliasAction u8 | NamespaceId u64 | Address 25}. The
 * address must be a well-formed address (known network byte, right checksum; not itself an alias): anything else
 * cannot name an account and is refused as malformed.
 */
public final class AddressAliasTransactionCodec implements TransactionCodec<AddressAliasTransaction> {

    @Override
    public AddressAliasTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        int action = body.readU8("AliasAction");
        NamespaceId id = new NamespaceId(body.readI64("NamespaceId"));
        byte[] bytes = body.readBytes(Address.SIZE, "Address");
        try {
            return new AddressAliasTransaction(action, id, Address.of(bytes));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("Address at offset " + (body.position() - Address.SIZE) + " is not an address: "
                    + e.getMessage());
        }
    }

    @Override
    public void encode(AddressAliasTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        out.writeU8(transaction.aliasAction());
        out.writeI64(transaction.namespaceId().value());
        out.writeBytes(transaction.address().bytes());
    }

    private static void requireKnown(int version) {
        if (version != NamespaceTypes.ADDRESS_ALIAS_VERSION) {
            throw new DecodeException("Alias_Address version " + version + " has no known layout");
        }
    }
}
